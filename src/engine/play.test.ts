// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ACTORS, type ActorId } from './actors';
import { apply, check } from './apply';
import { CARDS, SIDE_MEMBERS, getCard, type Card } from './cards';
import type { Effect } from './effects';
import { ACTOR_OPS, OP_INFO, OPS } from './ops';
import { RESOURCES, RESOURCE_MAX, RESOURCE_MIN } from './resources';

import { TURN_ORDER, type GameState } from './state';
import { TRACKS, TRACK_INFO, CATASTROPHE_TENSION } from './tracks';
import { toMove } from './turn';
import type { Action } from './actions';
import { CATASTROPHE_PENALTY, CULPRIT_PENALTY } from './scoring';
import { type Mutable, edit, startedGame } from './testkit';

type Draft = Mutable<GameState>;

/** Puts a card in an actor's hand by swapping it with the first card there: every card stays exactly once. */
function giveCard(d: Draft, actor: ActorId, card: string): void {
  const hand = d.actors[actor].hand;
  if (hand.includes(card)) return;
  const piles = [d.deck, d.discard, ...ACTORS.map((id) => d.actors[id].hand)];
  const pile = piles.find((p) => p.includes(card))!;
  pile[pile.indexOf(card)] = hand[0]!;
  hand[0] = card;
}

const base = startedGame({ seed: '11' });
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** The expected position after effects, computed independently of the engine, one clamped step at a time. */
function expected(s: GameState, effects: readonly Effect[], self: ActorId) {
  const tracks = { ...s.tracks };
  const res = Object.fromEntries(ACTORS.map((id) => [id, { ...s.actors[id].resources }])) as unknown as Record<ActorId, Record<string, number>>;
  const vp = Object.fromEntries(ACTORS.map((id) => [id, s.actors[id].vp])) as unknown as Record<ActorId, number>;
  for (const e of effects) {
    if (e.kind === 'track') tracks[e.track] = clamp(tracks[e.track] + e.delta, TRACK_INFO[e.track].min, TRACK_INFO[e.track].max);
    else if (e.kind === 'resource') {
      const who = e.actor === 'self' ? self : e.actor;
      res[who]![e.resource] = clamp(res[who]![e.resource]! + e.delta, RESOURCE_MIN, RESOURCE_MAX);
    } else vp[e.actor === 'self' ? self : e.actor] += e.delta;
  }
  return { tracks, res, vp };
}

/** A position where `actor` is to move holding `card`, with tracks and resources set by `level`. */
function position(actor: ActorId, card: Card, level: 'mid' | 'top' | 'bottom'): GameState {
  return edit(base, (d) => {
    d.turn = TURN_ORDER.indexOf(actor);
    giveCard(d, actor, card.id);
    for (const t of TRACKS) {
      const i = TRACK_INFO[t];
      d.tracks[t] = level === 'top' ? i.max : level === 'bottom' ? i.min : Math.floor((i.min + i.max) / 2);
    }
    // Tension at the top would already be a catastrophe.
    if (level === 'top') d.tracks.tension = CATASTROPHE_TENSION - 1;
    if (card.requires?.min !== undefined) d.tracks[card.requires.track] = Math.max(d.tracks[card.requires.track], card.requires.min);
    if (card.requires?.max !== undefined) d.tracks[card.requires.track] = Math.min(d.tracks[card.requires.track], card.requires.max);
    for (const id of ACTORS) for (const r of RESOURCES) d.actors[id].resources[r] = level === 'top' ? RESOURCE_MAX : level === 'bottom' ? RESOURCE_MIN : 5;
    // Exactly enough capital for the event.
    d.actors[actor].resources.capital = level === 'top' ? RESOURCE_MAX : card.cost;
  });
}

const eventCases = CARDS.flatMap((card) => SIDE_MEMBERS[card.side].flatMap((actor) =>
  (card.alternatives ? [0, 1] as const : [undefined]).map((choice) => ({ card, actor, choice, label: `${card.name} by ${actor}${choice === undefined ? '' : ` reading ${choice}`}` }))));

describe('every card event', () => {
  it.each(eventCases.flatMap((c) => (['mid', 'top', 'bottom'] as const).map((level) => ({ ...c, level }))).map((c) => [`${c.label} (${c.level})`, c] as const))(
    '%s is legal and moves exactly what it says, clamped',
    (_label, { card, actor, choice, level }) => {
      const s = position(actor, card, level);
      const action: Action = choice === undefined ? { type: 'playEvent', actor, card: card.id } : { type: 'playEvent', actor, card: card.id, choice };
      expect(check(s, action)).toBeNull();
      const r = apply(s, action);
      if (!r.ok) throw new Error(r.error.message);
      const after = r.value;
      const effects = choice === undefined ? card.effects : card.alternatives![choice].effects;
      const paid = edit(s, (d) => { d.actors[actor].resources.capital -= card.cost; });
      const want = expected(paid, effects, actor);
      if (after.phase === 'ended') {
        // Only a tension rise at the brink may end the game here, and then the card's player is the culprit.
        expect(after.end).toEqual({ reason: 'catastrophe', culprit: actor, tieBreak: null });
        expect(want.tracks.tension).toBe(CATASTROPHE_TENSION);
        for (const id of ACTORS) expect(after.actors[id].vp, `${id} VP`).toBe(want.vp[id] - CATASTROPHE_PENALTY - (id === actor ? CULPRIT_PENALTY : 0));
      } else {
        for (const id of ACTORS) expect(after.actors[id].vp, `${id} VP`).toBe(want.vp[id]);
      }
      expect(after.tracks).toEqual(want.tracks);
      for (const id of ACTORS) expect(after.actors[id].resources, `${id} resources`).toEqual(want.res[id]);
      expect(after.actors[actor].hand).not.toContain(card.id);
      expect(after.discard.at(-1)).toBe(card.id);
      expect(after.step).toBe(s.step + 1);
      expect(after.chronicle.slice(s.chronicle.length).some((e) => e.card === card.id && e.actor === actor && e.text.includes(card.name))).toBe(true);
      if (after.phase === 'action') expect(after.turn).toBe(s.turn + 1);
    },
  );

  it('every card has 1–3 ops, a non-negative cost, a date, flavor and some effect', () => {
    for (const card of CARDS) {
      expect([1, 2, 3]).toContain(card.ops);
      expect(card.cost).toBeGreaterThanOrEqual(0);
      expect(card.date.length).toBeGreaterThan(0);
      expect(card.flavor.length).toBeGreaterThan(0);
      expect(card.effects.length + (card.alternatives?.length ?? 0)).toBeGreaterThan(0);
    }
    expect(new Set(CARDS.map((c) => c.id)).size).toBe(CARDS.length);
  });
});

describe('operations', () => {
  const byOps = (ops: 1 | 2 | 3) => CARDS.find((c) => c.ops === ops)!;
  const cases = ACTORS.flatMap((actor) => ACTOR_OPS[actor].flatMap((op) => ([1, 2, 3] as const).map((p) => [`${actor} ${op} with a ${p}-ops card`, actor, op, p] as const)));
  it.each(cases)('%s applies the operation’s effects and costs no capital', (_l, actor, op, p) => {
    const card = byOps(p);
    const s = position(actor, card, 'mid');
    const r = apply(s, { type: 'playOps', actor, card: card.id, op });
    if (!r.ok) throw new Error(r.error.message);
    const want = expected(s, OP_INFO[op].effects(p), actor);
    expect(r.value.tracks).toEqual(want.tracks);
    for (const id of ACTORS) expect(r.value.actors[id].resources).toEqual(want.res[id]);
    expect(r.value.discard.at(-1)).toBe(card.id);
  });

  it('any card may be played for ops, even an opponent’s', () => {
    const card = CARDS.find((c) => c.side === 'KP')!;
    const s = position('US', card, 'mid');
    expect(check(s, { type: 'playOps', actor: 'US', card: card.id, op: 'lobby' })).toBeNull();
  });

  it('bigger cards never buy less', () => {
    for (const op of OPS) {
      const size = (p: 1 | 2 | 3) => OP_INFO[op].effects(p).reduce((n, e) => n + Math.abs(e.delta), 0);
      expect(size(2)).toBeGreaterThanOrEqual(size(1));
      expect(size(3)).toBeGreaterThanOrEqual(size(2));
    }
  });
});

describe('rule errors in the action step', () => {
  const usCard = CARDS.find((c) => c.side === 'US' && c.cost > 0)!;
  const s = position('US', usCard, 'mid');

  const code = (st: GameState, a: unknown) => {
    const r = apply(st, a as Action);
    return r.ok ? 'ok' : r.error.code;
  };

  it('ERR_NOT_YOUR_TURN when another actor moves', () => {
    const kpCard = s.actors.KP.hand[0]!;
    expect(code(s, { type: 'playOps', actor: 'KP', card: kpCard, op: 'lobby' })).toBe('ERR_NOT_YOUR_TURN');
    expect(toMove(s)).toBe('US');
  });

  it('ERR_CARD_NOT_IN_HAND for a card held elsewhere or unknown', () => {
    expect(code(s, { type: 'playOps', actor: 'US', card: s.actors.KP.hand[0]!, op: 'lobby' })).toBe('ERR_CARD_NOT_IN_HAND');
    expect(code(s, { type: 'playEvent', actor: 'US', card: 'no-such-card' })).toBe('ERR_CARD_NOT_IN_HAND');
  });

  it('ERR_NOT_YOUR_CARD for another side’s event', () => {
    const kp = CARDS.find((c) => c.side === 'KP')!;
    expect(code(position('US', kp, 'mid'), { type: 'playEvent', actor: 'US', card: kp.id })).toBe('ERR_NOT_YOUR_CARD');
    const axis = CARDS.find((c) => c.side === 'axis')!;
    expect(code(position('US', axis, 'mid'), { type: 'playEvent', actor: 'US', card: axis.id })).toBe('ERR_NOT_YOUR_CARD');
    const allies = CARDS.find((c) => c.side === 'allies')!;
    expect(code(position('KR', allies, 'mid'), { type: 'playEvent', actor: 'KR', card: allies.id })).toBe('ok');
  });

  it('ERR_CANNOT_AFFORD when capital is short of the event cost; ops still allowed', () => {
    const poor = edit(s, (d) => { d.actors.US.resources.capital = usCard.cost - 1; });
    expect(code(poor, { type: 'playEvent', actor: 'US', card: usCard.id })).toBe('ERR_CANNOT_AFFORD');
    expect(code(poor, { type: 'playOps', actor: 'US', card: usCard.id, op: 'lobby' })).toBe('ok');
    expect(code(s, { type: 'playEvent', actor: 'US', card: usCard.id })).toBe('ok');
  });

  it('ERR_REQUIREMENT when the card’s track condition is not met', () => {
    const card = CARDS.find((c) => c.requires?.min !== undefined)!;
    const actor = SIDE_MEMBERS[card.side][0]!;
    const ready = position(actor, card, 'mid');
    const below = edit(ready, (d) => { d.tracks[card.requires!.track] = card.requires!.min! - 1; });
    expect(code(below, { type: 'playEvent', actor, card: card.id })).toBe('ERR_REQUIREMENT');
    const at = edit(ready, (d) => { d.tracks[card.requires!.track] = card.requires!.min!; });
    expect(code(at, { type: 'playEvent', actor, card: card.id })).toBe('ok');
  });

  it('ERR_BAD_CHOICE: a card with readings needs 0 or 1; a card without takes none', () => {
    const alt = CARDS.find((c) => c.alternatives)!;
    const p = position('US', alt, 'mid');
    expect(code(p, { type: 'playEvent', actor: 'US', card: alt.id })).toBe('ERR_BAD_CHOICE');
    expect(code(p, { type: 'playEvent', actor: 'US', card: alt.id, choice: 2 })).toBe('ERR_BAD_CHOICE');
    expect(code(p, { type: 'playEvent', actor: 'US', card: alt.id, choice: 1 })).toBe('ok');
    expect(code(s, { type: 'playEvent', actor: 'US', card: usCard.id, choice: 0 })).toBe('ERR_BAD_CHOICE');
  });

  it('the two readings of a card lead to different positions', () => {
    const alt = CARDS.find((c) => c.alternatives)!;
    const p = position('US', alt, 'mid');
    const a = apply(p, { type: 'playEvent', actor: 'US', card: alt.id, choice: 0 });
    const b = apply(p, { type: 'playEvent', actor: 'US', card: alt.id, choice: 1 });
    expect(a.ok && b.ok).toBe(true);
    if (a.ok && b.ok) expect(a.value.tracks).not.toEqual(b.value.tracks);
  });

  it('ERR_BAD_OP for another actor’s operation or nonsense', () => {
    expect(code(s, { type: 'playOps', actor: 'US', card: usCard.id, op: 'test' })).toBe('ERR_BAD_OP');
    expect(code(s, { type: 'playOps', actor: 'US', card: usCard.id, op: 'fly' })).toBe('ERR_BAD_OP');
    expect(code(s, { type: 'playOps', actor: 'US', card: usCard.id })).toBe('ERR_BAD_OP');
  });

  it('ERR_WRONG_PHASE for summit moves in the action step', () => {
    expect(code(s, { type: 'propose', actor: 'US', terms: ['sanctionsRelief', 'freeze'] })).toBe('ERR_WRONG_PHASE');
    expect(code(s, { type: 'decline', actor: 'US' })).toBe('ERR_WRONG_PHASE');
    expect(code(s, { type: 'accept', actor: 'US' })).toBe('ERR_NO_OFFER');
  });

  it.each([null, undefined, 42, 'playEvent', [], {}, { type: 'playEvent' }, { type: 'dance', actor: 'US' }, { type: 'playEvent', actor: 'XX', card: usCard.id }, { type: 7, actor: 'US' }])(
    'ERR_MALFORMED for %j, without throwing',
    (a) => expect(code(s, a)).toBe('ERR_MALFORMED'),
  );

  it('never throws on values that cannot be printed', () => {
    const np = Object.create(null) as object;
    for (const a of [{ type: 'playOps', actor: np }, { type: 'playOps', actor: 'US', card: np }, { type: 'playOps', actor: 'US', card: usCard.id, op: np }, { type: np, actor: 'US' }]) {
      expect(() => apply(s, a as unknown as Action)).not.toThrow();
      expect(apply(s, a as unknown as Action).ok).toBe(false);
    }
  });

  it('a rule error leaves the state untouched', () => {
    const before = structuredClone(s);
    apply(s, { type: 'playEvent', actor: 'KP', card: 'x' });
    apply(s, { type: 'playEvent', actor: 'US', card: getCard(s.actors.US.hand[1]!)!.id, choice: 1 });
    expect(s).toEqual(before);
  });

  it('every error has a human message', () => {
    const r = apply(s, { type: 'playOps', actor: 'US', card: usCard.id, op: 'test' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/\w+ \w+/);
  });
});
