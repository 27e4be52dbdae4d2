/**
 * Board positions for the harness and the tests: real games played by the random bot from a seed,
 * stopped at interesting moments. Nothing here is shipped in the app bundle.
 */
import { randomAction } from '../../ai/random';
import { apply, type GameState, type GameView, newGameOrThrow, seedRng, toMove, view } from '../../engine';

export interface Scenario {
  readonly state: GameState;
  readonly previous: GameState | null;
}

/** Plays random legal moves until `stop` holds (or the game ends), keeping the position before the last move. */
export function playUntil(seed: number, rounds: number, stop: (s: GameState) => boolean, maxSteps = 20000): Scenario {
  let s = newGameOrThrow({ seed: String(seed), rounds });
  let prev: GameState | null = null;
  let rng = seedRng(seed * 7919 + 1);
  for (let i = 0; i < maxSteps && !stop(s) && s.phase !== 'ended'; i++) {
    const seat = toMove(s)!;
    let a;
    [a, rng] = randomAction(s, seat, rng);
    const r = apply(s, a);
    if (!r.ok) throw new Error(r.error.message);
    prev = s;
    s = r.value;
  }
  return { state: s, previous: prev };
}

/** Tries seeds until one reaches the wanted moment. */
export function findGame(stop: (s: GameState) => boolean, rounds = 6, seeds = 200): Scenario | null {
  for (let seed = 1; seed <= seeds; seed++) {
    const g = playUntil(seed, rounds, stop);
    if (stop(g.state)) return g;
  }
  return null;
}

export const SCENARIOS: Readonly<Record<string, () => Scenario | null>> = {
  fresh: () => ({ state: newGameOrThrow({ seed: '1' }), previous: null }),
  mid: () => playUntil(3, 6, (s) => s.round === 3 && s.turn === 4),
  summit: () => findGame((s) => s.phase === 'summit' && !s.summit?.offer),
  offer: () => findGame((s) => s.phase === 'summit' && !!s.summit?.offer && s.summit.offer.terms.length >= 3),
  deals: () => findGame((s) => s.deals.length >= 3 && s.phase === 'action'),
  catastrophe: () => findGame((s) => s.end?.reason === 'catastrophe'),
  ended: () => findGame((s) => s.end?.reason === 'calendar'),
  r3: () => playUntil(5, 3, (s) => s.round === 3 && s.turn === 7),
  r100: () => playUntil(2, 100, (s) => s.round === 37),
};

export const asView = (s: GameState | null): GameView | undefined => (s ? view(s, null) : undefined);
