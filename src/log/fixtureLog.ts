import type { GameLog } from './format';
import { makeLog } from './make';
import { ALL_BOT_SEATS, randomGameActions } from './randomGame';

/**
 * A random-bot game log made by the current engine, for tests that need one (samples can lag behind a
 * rules change). With `maxActions`, the first seed from `seed` on whose game lasts that long, cut there
 * (random bots often end in catastrophe early).
 */
export function randomFixtureLog(seed: number, rounds: number, maxActions = Infinity): GameLog {
  let n = seed;
  let options = { seed: String(n), rounds };
  let actions = randomGameActions(options, n, maxActions);
  for (let tries = 0; maxActions !== Infinity && actions.length < maxActions && tries < 500; tries++) {
    n += 1;
    options = { ...options, seed: String(n) };
    actions = randomGameActions(options, n, maxActions);
  }
  if (maxActions !== Infinity && actions.length < maxActions) throw new Error(`No game of ${maxActions} actions found from seed ${seed}.`);
  return makeLog({ options, seats: ALL_BOT_SEATS, actions, source: 'summitry e2e fixture' });
}
