// @vitest-environment node
import { afterAll, expect, it } from 'vitest';
import { chooseAction } from '../ai/bot';
import { apply, newGameOrThrow, toMove } from '../engine';
import { BotPool } from './botPool';

const pool = new BotPool(1);
afterAll(() => pool.close());

it('chooses search moves on a worker thread, the same move as inline, while the event loop stays free', { timeout: 60_000 }, async () => {
  let s = newGameOrThrow({ seed: '5', rounds: 2 });
  // A few moves in, so the search has a real position to think about.
  for (let i = 0; i < 4; i++) {
    const r = apply(s, chooseAction(s, toMove(s)!, 'heuristic', { seed: i }));
    if (!r.ok) throw new Error(r.error.message);
    s = r.value;
  }
  const seat = toMove(s)!;
  const opts = { seed: 42, iterations: 200 };
  await pool.choose(s, seat, 'search', { seed: 1, iterations: 5 }); // the worker is started and warm

  // A 5 ms ticker counts how often the event loop got a turn while the bot thought.
  let ticks = 0;
  const ticker = setInterval(() => (ticks += 1), 5);
  const t0 = performance.now();
  const action = await pool.choose(s, seat, 'search', opts);
  const thought = performance.now() - t0;
  clearInterval(ticker);
  const inline = chooseAction(s, seat, 'search', opts);
  expect(action).toEqual(inline);
  // Inline, the loop would be blocked for the whole think (no tick at all); here it ticks throughout.
  expect(thought).toBeGreaterThan(20);
  expect(ticks).toBeGreaterThanOrEqual(Math.floor(thought / 5 / 4));
  expect(ticks).toBeGreaterThan(2);
  // Fast levels stay inline.
  expect(await pool.choose(s, seat, 'heuristic', { seed: 3 })).toEqual(chooseAction(s, seat, 'heuristic', { seed: 3 }));
});
