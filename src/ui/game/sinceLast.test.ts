import { describe, expect, it } from 'vitest';
import { ACTORS, apply, type GameOptions, type GameState, getCard, newGameOrThrow, OBJECTIVE_BY_ID, view } from '../../engine';
import { randomGameActions } from '../../log';
import { nothingSince, sinceLast } from './sinceLast';

/** The states of a random-bot game, one per action. */
function states(seed: number, rounds: number): GameState[] {
  // Cast: the seed's type changes with the rules version (a number in 1.0, a string in 2.0).
  const options: GameOptions = { seed: String(seed), rounds };
  let s = newGameOrThrow(options);
  const out = [s];
  for (const a of randomGameActions(options, seed)) {
    const r = apply(s, a);
    if (!r.ok) throw new Error(r.error.message);
    s = r.value;
    out.push(s);
  }
  return out;
}

describe('sinceLast', () => {
  const game = states(7, 3);

  it('is empty between a position and itself', () => {
    const v = view(game[5]!, null);
    expect(nothingSince(sinceLast(v, v))).toBe(true);
  });

  it('lists the chronicle lines, tracks and VP that changed, and each round scored, across a round end', () => {
    const i = game.findIndex((s) => s.round === 2);
    const before = view(game[i - 3]!, null);
    const now = view(game[i + 2]!, null);
    const s = sinceLast(before, now);
    expect(s.entries).toEqual(now.chronicle.slice(before.chronicle.length));
    expect(s.rounds.map((r) => r.round)).toEqual([1]);
    const r1 = s.rounds[0]!;
    expect(r1.rows).toHaveLength(5);
    for (const row of r1.rows) expect(row.total).toBe(now.history.find((h) => h.round === 1)!.vp[row.actor]);
    expect(r1.notes.some((n) => /Round 1 scoring/.test(n))).toBe(true);
    for (const t of s.tracks) expect([t.from, t.to]).toEqual([before.tracks[t.track], now.tracks[t.track]]);
  });

  it('never carries a hand or a hidden objective (before the game ends)', () => {
    const last = game.findLastIndex((s) => s.phase !== 'ended');
    const text = JSON.stringify(sinceLast(view(game[0]!, null), view(game[last]!, null)));
    for (const a of ACTORS) {
      for (const card of game[last]!.actors[a].hand) expect(text).not.toContain(getCard(card)!.name);
      expect(text).not.toContain(OBJECTIVE_BY_ID.get(game[last]!.actors[a].objective)!.name);
    }
  });
});
