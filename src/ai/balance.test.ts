import { describe, expect, it } from 'vitest';
import { ACTORS, type ActorId, apply, type GameState, newGameOrThrow, toMove, winner } from '../engine';
import { type BotLevel, chooseAction } from './bot';

/**
 * A guard on the balance, not the measurement: the full figures come from 2,000-game runs
 * (npm run sim). These small fixed-seed samples only catch a change that hands one actor the game.
 */
function shares(level: BotLevel, games: number): { share: Record<ActorId, number>; catastrophes: number } {
  const wins = Object.fromEntries(ACTORS.map((a) => [a, 0])) as Record<ActorId, number>;
  let catastrophes = 0;
  for (let g = 0; g < games; g++) {
    let s: GameState = newGameOrThrow({ seed: String(7000 + g) });
    while (s.phase !== 'ended') {
      const seat = toMove(s)!;
      const r = apply(s, chooseAction(s, seat, level, { seed: g * 977 + ACTORS.indexOf(seat) }));
      if (!r.ok) throw new Error(r.error.message);
      s = r.value;
    }
    const w = winner(s);
    if (w) wins[w]++;
    else catastrophes++;
  }
  const share = Object.fromEntries(ACTORS.map((a) => [a, wins[a] / games])) as Record<ActorId, number>;
  return { share, catastrophes: catastrophes / games };
}

describe('balance guard', () => {
  // Rules 2.1 (rules/analysis-2.1.0.json, 1,000 games): random US 30%, China 9%, the others 11–18%; catastrophes 19%.
  // The guard catches a runaway or a seat that cannot win, with room for a 400-game sample's noise (±5 points).
  it('random bots: no actor wins more than 40% of 400 games, every actor wins at least 3%, catastrophes under 25%', () => {
    const { share, catastrophes } = shares('random', 400);
    for (const a of ACTORS) {
      expect(share[a], a).toBeGreaterThan(0.03);
      expect(share[a], a).toBeLessThan(0.4);
    }
    expect(catastrophes).toBeLessThan(0.25);
  }, 60_000);

  // Rules 2.1: every heuristic seat wins 16–24% of 1,000 games; 60 games allow ±10 points of noise.
  it('heuristic bots: every actor wins some of 60 games and none runs away with them', () => {
    const { share } = shares('heuristic', 60);
    for (const a of ACTORS) {
      expect(share[a], a).toBeGreaterThan(0.04);
      expect(share[a], a).toBeLessThan(0.4);
    }
  }, 60_000);
});
