// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ACTORS } from './actors';
import { CARDS } from './cards';
import { CALENDAR, HEADLINES } from './calendar';
import { OBJECTIVE_BY_ID } from './objectives';
import { RESOURCES } from './resources';
import { START_RESOURCES, newGame, newGameOrThrow } from './setup';
import { HAND_SIZE, MAX_ROUNDS, STANDARD_ROUNDS, type GameState } from './state';
import { TRACKS, TRACK_INFO } from './tracks';
import { toMove } from './turn';

const allCards = (s: GameState) => [...s.deck, ...s.discard, ...ACTORS.flatMap((id) => s.actors[id].hand)];

describe('newGame', () => {
  it('is deterministic per seed', () => {
    expect(newGameOrThrow({ seed: 42 })).toEqual(newGameOrThrow({ seed: 42 }));
  });

  it('shuffles differently for different seeds', () => {
    const decks = new Set([1, 2, 3, 4, 5].map((seed) => newGameOrThrow({ seed }).deck.join()));
    expect(decks.size).toBe(5);
  });

  it('defaults to the standard game', () => {
    const s = newGameOrThrow();
    expect(s.options.rounds).toBe(STANDARD_ROUNDS);
    expect(s.round).toBe(1);
    expect(s.phase).toBe('action');
    expect(s.turn).toBe(0);
    expect(toMove(s)).toBe('US');
    expect(s.step).toBe(0);
    expect(s.end).toBeNull();
    expect(s.apecResult).toBe('pending');
  });

  it.each([0, 7, 123456, 0xffffffff])('seed %i: deals full hands and keeps every card exactly once', (seed) => {
    const s = newGameOrThrow({ seed });
    for (const id of ACTORS) expect(s.actors[id].hand).toHaveLength(HAND_SIZE);
    const cards = allCards(s);
    expect(cards).toHaveLength(CARDS.length);
    expect(new Set(cards)).toEqual(new Set(CARDS.map((c) => c.id)));
    expect(s.discard).toEqual([]);
  });

  it('gives each actor one of its own hidden objectives, and both objectives occur across seeds', () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 60; seed++) {
      const s = newGameOrThrow({ seed });
      for (const id of ACTORS) {
        const obj = OBJECTIVE_BY_ID.get(s.actors[id].objective);
        expect(obj?.actor).toBe(id);
        seen.add(s.actors[id].objective);
      }
    }
    expect(seen.size).toBe(OBJECTIVE_BY_ID.size);
  });

  it('starts every actor on its starting resources and 0 VP (plus round 1 world events)', () => {
    const s = newGameOrThrow({ seed: 9 });
    const texts = s.chronicle.filter((e) => e.kind === 'world').map((e) => e.text);
    const events = [CALENDAR[0]!.scheduled!, ...HEADLINES].filter((ev) => texts.some((t) => t.startsWith(`${ev.name}:`)));
    for (const id of ACTORS) {
      expect(s.actors[id].vp).toBe(0);
      for (const r of RESOURCES) {
        const delta = events.flatMap((ev) => ev.effects).reduce((n, e) => n + (e.kind === 'resource' && e.actor === id && e.resource === r ? e.delta : 0), 0);
        expect(s.actors[id].resources[r]).toBe(START_RESOURCES[id][r] + delta);
      }
    }
  });

  it('records the start as round 0 and applies round 1 world events (scheduled + one headline)', () => {
    const s = newGameOrThrow({ seed: 3 });
    expect(s.history[0]!.round).toBe(0);
    for (const t of TRACKS) expect(s.history[0]!.tracks[t]).toBe(TRACK_INFO[t].start);
    const world = s.chronicle.filter((e) => e.kind === 'world');
    expect(world).toHaveLength(2);
    expect(world[0]!.text).toContain(CALENDAR[0]!.scheduled!.name);
    expect(HEADLINES.some((h) => world[1]!.text.startsWith(h.name))).toBe(true);
  });

  it.each([
    [{ seed: -1 }], [{ seed: 1.5 }], [{ seed: 2 ** 32 }], [{ rounds: 0 }], [{ rounds: MAX_ROUNDS + 1 }], [{ rounds: 2.5 }],
  ])('rejects bad options %j with ERR_SETUP', (opts) => {
    const r = newGame(opts);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('ERR_SETUP');
    expect(() => newGameOrThrow(opts)).toThrow();
  });
});
