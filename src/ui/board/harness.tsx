/**
 * Development-only page to look at the board in a real browser (`npx vite`, then open
 * /src/ui/board/harness.html?s=fresh|mid|summit|offer|deals|catastrophe|ended|r3|r100, add &summary to show the tables,
 * or ?perf to time a whole game's re-renders). Not part of the app build.
 */
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { view } from '../../engine';
import { Board } from './Board';
import { asView, playUntil, SCENARIOS } from './scenarios';

const params = new URLSearchParams(location.search);
const root = createRoot(document.getElementById('root')!);
declare global { interface Window { __boardReady?: boolean; __perf?: unknown } }

if (params.has('perf')) {
  // Replay a full random game move by move, timing each synchronous render + layout.
  const frames: { state: ReturnType<typeof playUntil>['state'] }[] = [];
  let s = playUntil(4, 6, () => false, 0).state;
  for (let step = 1; step < 400; step++) {
    const g = playUntil(4, 6, (x) => x.step >= step);
    frames.push({ state: g.state });
    if (g.state.phase === 'ended') break;
    s = g.state;
  }
  const times: number[] = [];
  let prev = view(s, null);
  for (const f of frames) {
    const v = view(f.state, null);
    const t0 = performance.now();
    flushSync(() => root.render(<Board view={v} previous={prev} />));
    document.body.getBoundingClientRect();
    times.push(performance.now() - t0);
    prev = v;
  }
  times.sort((a, b) => a - b);
  const pick = (q: number) => Math.round(times[Math.floor(q * (times.length - 1))]! * 100) / 100;
  window.__perf = { moves: times.length, median: pick(0.5), p95: pick(0.95), max: pick(1) };
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
