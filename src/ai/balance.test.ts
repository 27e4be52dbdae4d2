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
  // Rules 2.0: random play is not yet balanced (the US wins ~45%, China and South Korea under 5%; see
  // rules/DESIGN-NOTES.md). The guard only catches a runaway worse than today's figures.
  it('random bots: no actor wins more than half of 400 games, and every actor wins some', () => {
    const { share, catastrophes } = shares('random', 400);
    for (const a of ACTORS) {
      expect(share[a], a).toBeGreaterThan(0);
      expect(share[a], a).toBeLessThan(0.5);
    }
    // The target is under 25%; the analysis run measures 20% (200 games), this sample ~26%: borderline.
    expect(catastrophes).toBeLessThan(0.3);
  }, 60_000);

  it('heuristic bots: every actor wins some of 60 games and none runs away with them', () => {
    const { share } = shares('heuristic', 60);
    for (const a of ACTORS) {
      expect(share[a], a).toBeGreaterThan(0.04);
      expect(share[a], a).toBeLessThan(0.45);
    }
  }, 60_000);
});
