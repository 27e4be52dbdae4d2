// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ACTORS } from './actors';
import { CARDS } from './cards';
import { CALENDAR, HEADLINES } from './calendar';
import { OBJECTIVE_BY_ID } from './objectives';
import { RESOURCES } from './resources';
import { START_RESOURCES, newGame, newGameOrThrow } from './setup';
import { apply } from './apply';
import { legalActions } from './legal';
import { objectiveIn, OBJECTIVES, OBJECTIVES_DEALT, objectivesOf } from './objectives';
import { OBJECTIVES as OBJECTIVES_2_2 } from './v2_2/objectives';
import { READINGS } from './readings';
import { mustApply, startedGame } from './testkit';
import { HAND_SIZE, MAX_ROUNDS, RULES_VERSION, STANDARD_ROUNDS, type GameState } from './state';
import { TRACKS, TRACK_INFO } from './tracks';
import { toMove } from './turn';

const allCards = (s: GameState) => [...s.deck, ...s.discard, ...ACTORS.flatMap((id) => s.actors[id].hand)];

describe('newGame', () => {
  it('is deterministic per seed', () => {
    expect(newGameOrThrow({ seed: '42' })).toEqual(newGameOrThrow({ seed: '42' }));
  });

  it('shuffles differently for different seeds', () => {
    const decks = new Set([1, 2, 3, 4, 5].map((seed) => newGameOrThrow({ seed: String(seed) }).deck.join()));
    expect(decks.size).toBe(5);
  });

  it('defaults to the standard game, starting in the setup phase with the US to choose', () => {
    const s = newGameOrThrow();
    expect(s.options.rounds).toBe(STANDARD_ROUNDS);
    expect(s.round).toBe(1);
    expect(s.phase).toBe('setup');
    expect(s.turn).toBe(0);
    expect(toMove(s)).toBe('US');
    expect(s.chronicle).toEqual([]);
    expect(s.reading).toBeNull();
    expect(s.summitsHeld).toEqual([]);
    expect(s.step).toBe(0);
    expect(s.end).toBeNull();
    expect(s.apecResult).toBe('pending');
  });

  it('setup goes seat by seat in turn order: keep an objective, then forecast; then round 1 starts', () => {
    let s = newGameOrThrow({ seed: 'setup-order' });
    const order: string[] = [];
    while (s.phase === 'setup') {
      const seat = toMove(s)!;
      const legal = legalActions(s, seat);
      order.push(`${seat}:${legal[0]!.type}`);
      if (legal[0]!.type === 'keepObjective') expect(legal.map((a) => a.type === 'keepObjective' && a.objective)).toEqual(s.actors[seat].objectiveChoices);
      else expect(legal).toHaveLength(READINGS.length);
      expect(apply(s, { type: 'playOps', actor: seat, card: CARDS[0]!.id, op: 'lobby' })).toMatchObject({ ok: false, error: { code: 'ERR_WRONG_PHASE' } });
      s = mustApply(s, legal[legal.length - 1]!);
    }
    expect(order).toEqual(ACTORS.flatMap((id) => [`${id}:keepObjective`, `${id}:forecast`]));
    expect(s.phase).toBe('action');
    for (const id of ACTORS) {
      expect(s.actors[id].objective).toBe(s.actors[id].objectiveChoices[1]);
      expect(s.actors[id].forecast).toBe(READINGS[READINGS.length - 1]);
      expect(s.actors[id].hand).toHaveLength(HAND_SIZE);
    }
    // The chronicle says who chose, never what.
    for (const e of s.chronicle) for (const o of OBJECTIVE_BY_ID.keys()) expect(e.text).not.toContain(OBJECTIVE_BY_ID.get(o)!.name);
  });

  it('names an objective as its game\'s own rules scored it: an id kept across versions keeps each version\'s VP', () => {
    const kept = OBJECTIVES_2_2.filter((o) => OBJECTIVES.some((t) => t.id === o.id));
    expect(kept.length).toBeGreaterThan(0);
    for (const old of kept) {
      expect(objectiveIn('2.2.0', old.id)?.vp, old.id).toBe(old.vp);
      expect(objectiveIn(RULES_VERSION, old.id)?.vp, old.id).toBe(OBJECTIVES.find((o) => o.id === old.id)!.vp);
    }
    // Rules 2.3 doubled every award: the same id is worth twice as much or more today.
    expect(objectiveIn('2.2.0', 'us-handshake')!.vp).toBeLessThan(objectiveIn(RULES_VERSION, 'us-handshake')!.vp);
    // A version without its own list (1.0.0 saves) falls back to the latest meaning of the id; unknown ids stay unknown.
    expect(objectiveIn('1.0.0', 'us-handshake')).toBe(OBJECTIVE_BY_ID.get('us-handshake'));
    expect(objectiveIn(RULES_VERSION, 'no-such-objective')).toBeUndefined();
  });

  it('refuses an objective that was not dealt, and a forecast before the objective', () => {
    const s = newGameOrThrow({ seed: 'x' });
    const other = objectivesOf('US').find((o) => !s.actors.US.objectiveChoices.includes(o.id))!;
    expect(apply(s, { type: 'keepObjective', actor: 'US', objective: other.id })).toMatchObject({ ok: false, error: { code: 'ERR_BAD_OBJECTIVE' } });
    expect(apply(s, { type: 'forecast', actor: 'US', reading: 'noSummit' })).toMatchObject({ ok: false, error: { code: 'ERR_WRONG_PHASE' } });
    const kept = mustApply(s, { type: 'keepObjective', actor: 'US', objective: s.actors.US.objectiveChoices[0]! });
    expect(apply(kept, { type: 'forecast', actor: 'US', reading: 'maybe' as never })).toMatchObject({ ok: false, error: { code: 'ERR_BAD_READING' } });
  });

  it.each(['0', '7', '123456', 'a'.repeat(64), '0123456789abcdef0123456789abcdef'])('seed %s: deals full hands and keeps every card exactly once', (seed) => {
    const s = startedGame({ seed });
    for (const id of ACTORS) expect(s.actors[id].hand).toHaveLength(HAND_SIZE);
    const cards = allCards(s);
    // Round 1 plays with the September deck only.
    expect(cards.sort()).toEqual(CARDS.filter((c) => c.period === 'september').map((c) => c.id).sort());
    expect(s.discard).toEqual([]);
  });

  it('deals each actor two distinct objectives of its own, and every objective occurs across seeds', () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 60; seed++) {
      const s = newGameOrThrow({ seed: String(seed) });
      for (const id of ACTORS) {
        const [a, b] = s.actors[id].objectiveChoices;
        expect(s.actors[id].objectiveChoices).toHaveLength(OBJECTIVES_DEALT);
        expect(a).not.toBe(b);
        expect(OBJECTIVE_BY_ID.get(a!)?.actor).toBe(id);
        expect(OBJECTIVE_BY_ID.get(b!)?.actor).toBe(id);
        expect(s.actors[id].objective).toBe('');
        seen.add(a!).add(b!);
      }
    }
    expect(seen.size).toBe(OBJECTIVES.length);
  });

  it('starts every actor on its starting resources and 0 VP (plus round 1 world events)', () => {
    const s = startedGame({ seed: '9' });
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
    const s = startedGame({ seed: '3' });
    expect(s.history[0]!.round).toBe(0);
    for (const t of TRACKS) expect(s.history[0]!.tracks[t]).toBe(TRACK_INFO[t].start);
    const world = s.chronicle.filter((e) => e.kind === 'world' && e.actor === null).slice(1);
    expect(world).toHaveLength(2);
    expect(world[0]!.text).toContain(CALENDAR[0]!.scheduled!.name);
    expect(HEADLINES.some((h) => world[1]!.text.startsWith(h.name))).toBe(true);
  });

  it.each([
    [{ seed: '' }], [{ seed: 'x'.repeat(65) }], [{ seed: 'tab\there' }], [{ seed: 'é' }], [{ seed: 7 as unknown as string }], [{ rounds: 0 }], [{ rounds: MAX_ROUNDS + 1 }], [{ rounds: 2.5 }],
  ])('rejects bad options %j with ERR_SETUP', (opts) => {
    const r = newGame(opts);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('ERR_SETUP');
    expect(() => newGameOrThrow(opts)).toThrow();
  });
});
