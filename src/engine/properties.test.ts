// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTORS, type ActorId } from './actors';
import { ACTION_TYPES, ERROR_CODES, type Action } from './actions';
import { apply, check } from './apply';
import { CARDS } from './cards';
import { stateHash } from './hash';
import { legalActions } from './legal';
import { ACTOR_OPS, OPS } from './ops';
import { RESOURCES, RESOURCE_MAX, RESOURCE_MIN } from './resources';
import { newGameOrThrow } from './setup';
import { OBJECTIVES } from './objectives';
import { READINGS } from './readings';
import { HAND_SIZE, type GameState } from './state';
import { TERMS } from './summit';
import { TRACKS, TRACK_INFO } from './tracks';
import { toMove } from './turn';
import { startedGame } from './testkit';

/** Freezes a whole state so any mutation of an input by the engine throws (ES modules are strict). */
function deepFreeze<T>(o: T): T {
  if (o !== null && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

const ALL_IDS = CARDS.map((c) => c.id).sort();

function invariants(s: GameState): void {
  for (const id of ACTORS) {
    for (const r of RESOURCES) {
      const v = s.actors[id].resources[r];
      expect(Number.isInteger(v) && v >= RESOURCE_MIN && v <= RESOURCE_MAX, `${id} ${r} = ${v}`).toBe(true);
    }
    expect(s.actors[id].hand.length).toBeLessThanOrEqual(HAND_SIZE);
  }
  for (const t of TRACKS) {
    const v = s.tracks[t];
    expect(Number.isInteger(v) && v >= TRACK_INFO[t].min && v <= TRACK_INFO[t].max, `${t} = ${v}`).toBe(true);
  }
  const cards = [...s.deck, ...s.discard, ...ACTORS.flatMap((id) => s.actors[id].hand)].sort();
  expect(cards).toEqual(ALL_IDS);
  expect(s.round).toBeGreaterThanOrEqual(1);
  expect(s.round).toBeLessThanOrEqual(s.options.rounds);
  const mover = toMove(s);
  if (s.phase === 'ended') {
    expect(mover).toBeNull();
    expect(s.end).not.toBeNull();
  } else {
    expect(mover).not.toBeNull();
    expect(legalActions(s, mover!).length).toBeGreaterThan(0);
  }
}

type Move =
  | { kind: 'legal'; pick: number }
  | { kind: 'wrongActor'; pick: number; who: number }
  | { kind: 'notInHand'; pick: number }
  | { kind: 'badOp'; op: string }
  | { kind: 'badTerms'; terms: unknown[]; counter: boolean }
  | { kind: 'shaped'; action: unknown }
  | { kind: 'garbage'; value: unknown };

const junk = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.constant(undefined), fc.object({ withNullPrototype: true }));
const move: fc.Arbitrary<Move> = fc.oneof(
  { weight: 12, arbitrary: fc.record({ kind: fc.constant('legal' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('wrongActor' as const), pick: fc.nat(), who: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('notInHand' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('badOp' as const), op: fc.oneof(fc.constantFrom(...OPS), fc.string()) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('badTerms' as const), terms: fc.array(fc.oneof(fc.constantFrom(...TERMS), junk), { maxLength: 7 }), counter: fc.boolean() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('shaped' as const),
      action: fc.record({
        type: fc.oneof(fc.constantFrom(...ACTION_TYPES), junk),
        actor: fc.oneof(fc.constantFrom(...ACTORS), junk),
        card: fc.oneof(fc.constantFrom(...ALL_IDS), junk),
        op: fc.oneof(fc.constantFrom(...OPS), junk),
        choice: fc.oneof(fc.constantFrom(0, 1, 2), junk),
        terms: fc.oneof(fc.array(fc.constantFrom(...TERMS), { maxLength: 6 }), junk),
        objective: fc.oneof(fc.constantFrom(...OBJECTIVES.map((o) => o.id)), junk),
        reading: fc.oneof(fc.constantFrom(...READINGS), junk),
        precondition: fc.oneof(fc.constantFrom(...TERMS), fc.constant(null), junk),
      }, { requiredKeys: ['type'] }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('garbage' as const), value: fc.anything({ withNullPrototype: true, withBoxedValues: true, withSparseArray: true }) }) },
);

/** Turns a generated move into an action for this position, and the error code it must give (if certain). */
function realise(s: GameState, m: Move): { action: unknown; expect: 'legal' | (typeof ERROR_CODES)[number] | 'either' } {
  const mover = toMove(s)!;
  const legal = legalActions(s, mover);
  switch (m.kind) {
    case 'legal':
      return { action: legal[m.pick % legal.length], expect: 'legal' };
    case 'wrongActor': {
      const others = ACTORS.filter((a) => a !== mover);
      return { action: { ...legal[m.pick % legal.length]!, actor: others[m.who % others.length] }, expect: 'ERR_NOT_YOUR_TURN' };
    }
    case 'notInHand': {
      const elsewhere = ALL_IDS.filter((id) => !s.actors[mover].hand.includes(id));
      return { action: { type: 'playOps', actor: mover, card: elsewhere[m.pick % elsewhere.length], op: ACTOR_OPS[mover][0] }, expect: s.phase === 'action' ? 'ERR_CARD_NOT_IN_HAND' : 'ERR_WRONG_PHASE' };
    }
    case 'badOp': {
      const card = s.actors[mover].hand[0];
      const legalOp = (ACTOR_OPS[mover] as readonly string[]).includes(m.op);
      return { action: { type: 'playOps', actor: mover, card, op: m.op }, expect: s.phase !== 'action' ? 'ERR_WRONG_PHASE' : legalOp ? 'legal' : 'ERR_BAD_OP' };
    }
    case 'badTerms':
      return { action: { type: m.counter ? 'counter' : 'propose', actor: mover, terms: m.terms }, expect: 'either' };
    case 'shaped':
      return { action: m.action, expect: 'either' };
    case 'garbage':
      return { action: m.value, expect: 'either' };
  }
}

/** Plays a game from generated moves, then finishes it with legal moves; checks everything on the way. */
function play(seed: number, rounds: number, moves: readonly Move[]): { hashes: string[]; actions: Action[]; final: GameState } {
  let s = deepFreeze(newGameOrThrow({ seed: String(seed), rounds }));
  invariants(s);
  const hashes = [stateHash(s)];
  const actions: Action[] = [];
  const take = (a: Action) => {
    const r = apply(s, a);
    if (!r.ok) throw new Error(`legal action refused: ${r.error.code} ${JSON.stringify(a)}`);
    expect(r.value.step).toBe(s.step + 1);
    s = deepFreeze(r.value);
    invariants(s);
    hashes.push(stateHash(s));
    actions.push(a);
  };
  for (const m of moves) {
    if (s.phase === 'ended') break;
    const { action, expect: want } = realise(s, m);
    const legal = check(s, action as Action) === null;
    if (want === 'legal') expect(legal, JSON.stringify(action)).toBe(true);
    if (legal) {
      take(action as Action);
      continue;
    }
    const before = structuredClone(s);
    let r!: ReturnType<typeof apply>;
    expect(() => { r = apply(s, action as Action); }).not.toThrow();
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(ERROR_CODES).toContain(r.error.code);
      expect(r.error.message.length).toBeGreaterThan(0);
      if (want !== 'either') expect(r.error.code).toBe(want);
    }
    expect(s).toEqual(before);
  }
  // Finish with legal moves: the game must end within its rounds.
  let x = seed >>> 0;
  let guard = 0;
  while (s.phase !== 'ended') {
    const legal = legalActions(s, toMove(s)!);
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    take(legal[x % legal.length]!);
    if (++guard > 5000) throw new Error('the game does not end');
  }
  expect(s.round).toBeLessThanOrEqual(rounds);
  if (s.end!.reason === 'calendar') expect(s.round).toBe(rounds);
  return { hashes, actions, final: s };
}

describe('engine properties (random seeds, random legal and illegal moves)', () => {
  it('invariants hold after every step; illegal actions change nothing; games end; hashes replay', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 1, max: 6 }), fc.array(move, { maxLength: 140 }), (seed, rounds, moves) => {
        const run = play(seed, rounds, moves);
        // Same seed and same actions: the same states, hash for hash.
        let s = newGameOrThrow({ seed: String(seed), rounds });
        const again = [stateHash(s)];
        for (const a of run.actions) {
          const r = apply(s, a);
          expect(r.ok).toBe(true);
          if (r.ok) s = r.value;
          again.push(stateHash(s));
        }
        expect(again).toEqual(run.hashes);
        expect(s).toEqual(run.final);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('legal actions are exactly the ones check() accepts, for a sample of every seat', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.array(fc.nat(), { maxLength: 40 }), (seed, picks) => {
        let s = newGameOrThrow({ seed: String(seed) });
        for (const p of picks) {
          if (s.phase === 'ended') break;
          const mover = toMove(s)!;
          for (const seat of ACTORS) {
            const legal = legalActions(s, seat);
            if (seat !== mover) expect(legal).toEqual([]);
            for (const a of legal) expect(check(s, a)).toBeNull();
          }
          // Every card in hand × every own op is offered in the action step.
          if (s.phase === 'action') {
            const ops = legalActions(s, mover).filter((a) => a.type === 'playOps');
            expect(ops).toHaveLength(s.actors[mover].hand.length * ACTOR_OPS[mover].length);
          }
          const legal = legalActions(s, mover);
          const r = apply(s, legal[p % legal.length]!);
          if (!r.ok) throw new Error(r.error.message);
          s = r.value;
        }
      }),
      { numRuns: 100 },
    );
  }, 30_000);

  it('an actor who is not to move is refused, whatever it tries', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.constantFrom<ActorId>(...ACTORS), fc.nat(), (seed, seat, pick) => {
        const s = deepFreeze(startedGame({ seed: String(seed) }));
        if (seat === toMove(s)) return;
        const card = s.actors[seat].hand[pick % s.actors[seat].hand.length]!;
        const r = apply(s, { type: 'playOps', actor: seat, card, op: ACTOR_OPS[seat][0]! });
        expect(r.ok ? null : r.error.code).toBe('ERR_NOT_YOUR_TURN');
      }),
      { numRuns: 100 },
    );
  }, 30_000);
});
