/**
 * Development-only page to look at the board in a real browser (`npx vite`, then open
 * /src/ui/board/harness.html?s=fresh|mid|summit|offer|deals|catastrophe|ended|r3|r100, add &summary to show the tables,
 * or ?perf to time a whole game's re-renders). Not part of the app build.
 */
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { randomAction } from '../../ai/random';
import { apply, newGameOrThrow, seedRng, toMove, view } from '../../engine';
import { Board } from './Board';
import { asView, SCENARIOS } from './scenarios';

const params = new URLSearchParams(location.search);
const root = createRoot(document.getElementById('root')!);
declare global { interface Window { __boardReady?: boolean; __perf?: unknown } }

if (params.has('perf')) {
  // Replay a full random game move by move, timing each synchronous render and layout.
  const states = [newGameOrThrow({ seed: '4' })];
  let rng = seedRng(99);
  while (states[states.length - 1]!.phase !== 'ended') {
    const s = states[states.length - 1]!;
    let a;
    [a, rng] = randomAction(s, toMove(s)!, rng);
    const r = apply(s, a);
    if (!r.ok) throw new Error(r.error.message);
    states.push(r.value);
  }
  const times: number[] = [];
  const slow: string[] = [];
  let prev = view(states[0]!, null);
  flushSync(() => root.render(<Board view={prev} />));
  for (const s of states.slice(1)) {
    const v = view(s, null);
    const t0 = performance.now();
    flushSync(() => root.render(<Board view={v} previous={prev} />));
    document.body.getBoundingClientRect();
    const dt = performance.now() - t0;
    times.push(dt);
    if (dt > 16) slow.push(`step ${s.step} ${s.phase} ${Math.round(dt)}ms`);
    prev = v;
  }
  times.sort((a, b) => a - b);
  const pick = (q: number) => Math.round(times[Math.floor(q * (times.length - 1))]! * 100) / 100;
  window.__perf = { moves: times.length, median: pick(0.5), p95: pick(0.95), max: pick(1), slow };
  window.__boardReady = true;
} else {
  const name = params.get('s') ?? 'fresh';
  const sc = SCENARIOS[name]?.();
  if (!sc) {
    root.render(<p style={{ color: 'white' }}>No game reached scenario “{name}”.</p>);
  } else {
    root.render(
      <StrictMode>
        <Board view={view(sc.state, null)} previous={asView(sc.previous)} showSummary={params.has('summary')} />
      </StrictMode>,
    );
  }
  requestAnimationFrame(() => requestAnimationFrame(() => { window.__boardReady = true; }));
}
