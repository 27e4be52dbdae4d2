// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ACTORS, type ActorId } from './actors';
import type { Action } from './actions';
import { DECLINE_READINESS_LOSS, REJECT_READINESS_LOSS, REJECT_TENSION, SUMMIT_OFFER_COST, apply } from './apply';
import { TURNS_IN_ROUND } from './flow';
import { legalActions } from './legal';
import { RESOURCE_MAX, RESOURCE_MIN } from './resources';
import { CATASTROPHE_PENALTY, CULPRIT_PENALTY, winner } from './scoring';

import type { GameState } from './state';
import {
  AUDIENCE_COST, DEAL_VP, HOST_DEAL_BONUS_VP, PRECONDITION_TERMS, READINESS_AFTER_SUMMIT, RUSSIA_SPOIL_AXIS_COST, SNUB_READINESS_LOSS, SPOIL_COST, SPOIL_VP, SUMMIT_READY,
  SWEETEN_COST, SWEETEN_VP, TABLE_INFO, TABLE_PACKAGES, TABLE_TERMS, TERM_INFO, tableOpensFrom, validPackage, type TermId,
} from './summit';
import { CATASTROPHE_TENSION, TRACK_INFO } from './tracks';
import { currentTable, toMove } from './turn';
import { type Mutable, edit, mustApply, startedGame } from './testkit';

const ok = mustApply;
const code = (s: GameState, a: unknown) => {
  const r = apply(s, a as Action);
  return r.ok ? 'ok' : r.error.code;
};

/** Both tables are in season from APEC week (round 5); the summit tests stage their scenes there, in a game long enough to go on after it. */
const ROUNDS = 8;
const SUMMIT_ROUND = tableOpensFrom('USCN', ROUNDS);

/** The last action turn of APEC week's round with the given readiness; South Korea's ops play opens the summit step. */
function summitStep(readiness: { USKP: number; USCN: number }, tension = 4): GameState {
  const s = edit(startedGame({ seed: '5', rounds: ROUNDS }), (d) => {
    d.round = SUMMIT_ROUND;
    // APEC is judged already, so the summit's own VP are all that moves at the round's end.
    d.apecResult = 'failure';
    d.turn = TURNS_IN_ROUND - 1;
    d.tracks.summitUSKP = readiness.USKP;
    d.tracks.summitUSCN = readiness.USCN;
    d.tracks.tension = tension;
    for (const id of ACTORS) d.actors[id].resources = { capital: 5, economy: 5, military: 5, standing: 5 };
  });
  const mover = toMove(s)!;
  return ok(s, { type: 'playOps', actor: mover, card: s.actors[mover].hand[0]!, op: 'lobby' });
}

const kpDeal: TermId[] = ['sanctionsRelief', 'freeze'];

/** Through the attend and intervene stages of the current table: North Korea attends (naming `precondition`), every third party passes. */
function toOffer(s: GameState, precondition: TermId | null = null): GameState {
  let st = s;
  if (st.summit?.stage === 'attend') st = ok(st, { type: 'attend', actor: 'KP', precondition });
  while (st.summit?.stage === 'intervene') st = ok(st, { type: 'pass', actor: toMove(st)! });
  return st;
}
/** The summit step opened and brought to the host's offer at its first table. */
const offerStep = (readiness: { USKP: number; USCN: number }, tension = 4) => toOffer(summitStep(readiness, tension));
/** VP an effect list gives an actor. */
const vpOf = (effects: readonly { kind: string; actor?: string; delta: number }[], id: ActorId) => effects.reduce((n, e) => n + (e.kind === 'vp' && e.actor === id ? e.delta : 0), 0);

describe('summit step', () => {
  it(`opens only tables at readiness ${SUMMIT_READY} or more, in order`, () => {
    const both = summitStep({ USKP: SUMMIT_READY, USCN: SUMMIT_READY });
    expect(both.phase).toBe('summit');
    // Trump meets Xi first (Busan), then Kim.
    expect(both.summit!.tables).toEqual(['USCN', 'USKP']);
    expect(currentTable(both)).toBe('USCN');
    // The Trump–Xi table goes straight to its third parties, and is recorded as held.
    expect(both.summit!.stage).toBe('intervene');
    expect(both.summit!.waiting).toEqual(TABLE_INFO.USCN.thirdParties);
    expect(both.summitsHeld).toEqual([{ round: SUMMIT_ROUND, table: 'USCN', attended: true, precondition: null }]);
    const one = summitStep({ USKP: SUMMIT_READY, USCN: SUMMIT_READY - 1 });
    expect(one.summit!.tables).toEqual(['USKP']);
    // Pyongyang decides first.
    expect(one.summit!.stage).toBe('attend');
    expect(toMove(one)).toBe('KP');
    const none = summitStep({ USKP: SUMMIT_READY - 1, USCN: SUMMIT_READY - 1 });
    expect(none.phase).toBe('action');
    expect(none.round).toBe(SUMMIT_ROUND + 1);
  });

  it('propose costs capital and hands the move to the guest', () => {
    const s = offerStep({ USKP: SUMMIT_READY, USCN: 0 });
    const after = ok(s, { type: 'propose', actor: 'US', terms: kpDeal });
    expect(after.actors.US.resources.capital).toBe(s.actors.US.resources.capital - SUMMIT_OFFER_COST);
    expect(after.summit!.offer).toEqual({ from: 'US', to: 'KP', terms: kpDeal, countered: false });
    expect(toMove(after)).toBe('KP');
  });

  it('ERR_CANNOT_AFFORD to propose without capital; decline is still legal', () => {
    const s = edit(offerStep({ USKP: SUMMIT_READY, USCN: 0 }), (d) => { d.actors.US.resources.capital = SUMMIT_OFFER_COST - 1; });
    expect(code(s, { type: 'propose', actor: 'US', terms: kpDeal })).toBe('ERR_CANNOT_AFFORD');
    expect(legalActions(s, 'US')).toEqual([{ type: 'decline', actor: 'US' }]);
  });

  it.each<[string, unknown]>([
    ['no terms', []],
    ['one side only', ['sanctionsRelief', 'recognition']],
    ['the other table’s terms', ['tariffCut', 'soybeans']],
    ['a mix of tables', ['sanctionsRelief', 'soybeans']],
    ['a repeated term', ['sanctionsRelief', 'sanctionsRelief', 'freeze']],
    ['an unknown term', ['sanctionsRelief', 'peace']],
    ['not a list', 'sanctionsRelief'],
  ])('ERR_BAD_TERMS for %s', (_l, terms) => {
    const s = offerStep({ USKP: SUMMIT_READY, USCN: 0 });
    expect(code(s, { type: 'propose', actor: 'US', terms })).toBe('ERR_BAD_TERMS');
  });

  it('only the host moves first; the guest cannot answer before an offer', () => {
    const s = offerStep({ USKP: SUMMIT_READY, USCN: 0 });
    expect(code(s, { type: 'accept', actor: 'KP' })).toBe('ERR_NOT_YOUR_TURN');
    expect(code(s, { type: 'accept', actor: 'US' })).toBe('ERR_NO_OFFER');
    expect(code(s, { type: 'counter', actor: 'US', terms: kpDeal })).toBe('ERR_NO_OFFER');
    expect(code(s, { type: 'playOps', actor: 'US', card: s.actors.US.hand[0], op: 'lobby' })).toBe('ERR_WRONG_PHASE');
  });

  it('accept: a deal, VP to both, every term applied, readiness reset', () => {
    const s = offerStep({ USKP: SUMMIT_READY + 1, USCN: 0 });
    const offered = ok(s, { type: 'propose', actor: 'US', terms: kpDeal });
    const done = ok(offered, { type: 'accept', actor: 'KP' });
    expect(done.deals).toEqual([{ round: SUMMIT_ROUND, table: 'USKP', terms: kpDeal }]);
    const termVp = (id: ActorId) => vpOf(kpDeal.flatMap((t) => [...TERM_INFO[t].effects, ...TERM_INFO[t].cost]), id);
    // The round's scoring follows at once (the last table), so VP is checked on the accept alone.
    const accepted = apply({ ...offered, summit: { ...offered.summit!, tables: ['USKP', 'USCN'] } }, { type: 'accept', actor: 'KP' });
    expect(accepted.ok).toBe(true);
    if (accepted.ok) {
      for (const id of ACTORS) {
        const dealVp = id === 'US' ? DEAL_VP + HOST_DEAL_BONUS_VP : id === 'KP' ? DEAL_VP : 0;
        expect(accepted.value.actors[id].vp, id).toBe(offered.actors[id].vp + dealVp + termVp(id));
      }
    }
    expect(done.history.at(-1)!.tracks.summitUSKP).toBe(READINESS_AFTER_SUMMIT);
    const sanctions = kpDeal.flatMap((t) => TERM_INFO[t].effects).reduce((n, e) => n + (e.kind === 'track' && e.track === 'sanctions' ? e.delta : 0), 0);
    expect(accepted.ok && accepted.value.tracks.sanctions).toBe(Math.max(TRACK_INFO.sanctions.min, offered.tracks.sanctions + sanctions));
    // The last table of the round: the round ends. A table that reached its deal never opens again.
    expect(done.round).toBe(SUMMIT_ROUND + 1);
    const again = edit(done, (d) => { d.turn = TURNS_IN_ROUND - 1; d.tracks.summitUSKP = SUMMIT_READY; d.tracks.summitUSCN = 0; d.actors.KR.hand[0] = 'hotline'; });
    expect(ok(again, { type: 'playOps', actor: 'KR', card: 'hotline', op: 'lobby' }).phase).toBe('action');
  });

  it('counter: goes back to the proposer, who may only accept or reject', () => {
    const s = offerStep({ USKP: SUMMIT_READY, USCN: 0 });
    const offered = ok(s, { type: 'propose', actor: 'US', terms: kpDeal });
    expect(code(offered, { type: 'counter', actor: 'KP', terms: ['freeze', 'sanctionsRelief'] })).toBe('ERR_BAD_TERMS');
    const countered = ok(offered, { type: 'counter', actor: 'KP', terms: ['sanctionsRelief', 'recognition', 'remains'] });
    expect(toMove(countered)).toBe('US');
    expect(countered.summit!.offer!.countered).toBe(true);
    expect(code(countered, { type: 'counter', actor: 'US', terms: kpDeal })).toBe('ERR_COUNTER_USED');
    expect(legalActions(countered, 'US').map((a) => a.type).sort()).toEqual(['accept', 'reject']);
    const done = ok(countered, { type: 'accept', actor: 'US' });
    expect(done.deals.at(-1)!.terms).toEqual(['sanctionsRelief', 'recognition', 'remains']);
  });

  it('reject: talks break down — readiness and tension move, no deal', () => {
    const s = offerStep({ USKP: SUMMIT_READY, USCN: 0 });
    const offered = ok(s, { type: 'propose', actor: 'US', terms: kpDeal });
    const broken = ok(offered, { type: 'reject', actor: 'KP' });
    expect(broken.deals).toEqual([]);
    expect(broken.history.at(-1)!.tracks.summitUSKP).toBe(SUMMIT_READY - REJECT_READINESS_LOSS);
    expect(broken.history.at(-1)!.tracks.tension).toBe(offered.tracks.tension + REJECT_TENSION);
    expect(broken.round).toBe(SUMMIT_ROUND + 1);
    // Audience cost for the proposer; the guest walks away with standing.
    expect(broken.actors.US.resources.standing).toBe(offered.actors.US.resources.standing - AUDIENCE_COST);
    expect(broken.actors.KP.resources.standing).toBe(offered.actors.KP.resources.standing + 1);
  });

  it('an offer without the precondition North Korea named can be refused at no cost to it', () => {
    const s = toOffer(summitStep({ USKP: SUMMIT_READY, USCN: 0 }), 'recognition');
    expect(s.summit!.precondition).toBe('recognition');
    expect(s.summitsHeld).toEqual([{ round: SUMMIT_ROUND, table: 'USKP', attended: true, precondition: 'recognition' }]);
    const without = ok(s, { type: 'propose', actor: 'US', terms: kpDeal });
    const refused = ok(without, { type: 'reject', actor: 'KP' });
    expect(refused.history.at(-1)!.tracks.tension).toBe(without.tracks.tension);
    expect(refused.chronicle.some((e) => e.text.includes('lacks its condition'))).toBe(true);
    // With the precondition in it, a refusal is the usual breakdown.
    const withIt = ok(s, { type: 'propose', actor: 'US', terms: ['recognition', 'freeze'] });
    const broken = ok(withIt, { type: 'reject', actor: 'KP' });
    expect(broken.history.at(-1)!.tracks.tension).toBe(withIt.tracks.tension + REJECT_TENSION);
  });

  it('attend names only a term Washington gives at the table, or none', () => {
    const s = summitStep({ USKP: SUMMIT_READY, USCN: 0 });
    expect(legalActions(s, 'KP')).toEqual([
      { type: 'snub', actor: 'KP' }, { type: 'attend', actor: 'KP', precondition: null },
      ...PRECONDITION_TERMS.map((precondition) => ({ type: 'attend', actor: 'KP', precondition })),
    ]);
    expect(code(s, { type: 'attend', actor: 'KP', precondition: 'freeze' })).toBe('ERR_BAD_TERMS');
    expect(code(s, { type: 'propose', actor: 'US', terms: kpDeal })).toBe('ERR_NOT_YOUR_TURN');
    expect(code(s, { type: 'sweeten', actor: 'KP' })).toBe('ERR_WRONG_PHASE');
  });

  it('snub: the table closes, readiness falls, North Korea gains; the choice is recorded', () => {
    const s = summitStep({ USKP: SUMMIT_READY, USCN: 0 });
    const after = ok(s, { type: 'snub', actor: 'KP' });
    expect(after.summitsHeld[0]).toEqual({ round: SUMMIT_ROUND, table: 'USKP', attended: false, precondition: null });
    const end = after.history.at(-1)!;
    expect(end.tracks.summitUSKP).toBe(SUMMIT_READY - SNUB_READINESS_LOSS);
    expect(end.tracks.axis).toBe(s.tracks.axis + 1);
    expect(after.chronicle.some((e) => e.actor === 'KP' && e.text.includes('snubs'))).toBe(true);
    expect(after.round).toBe(SUMMIT_ROUND + 1);
  });

  it('third parties sweeten, spoil or pass in turn order; the outcome pays them', () => {
    const s = ok(summitStep({ USKP: SUMMIT_READY, USCN: 0 }), { type: 'attend', actor: 'KP', precondition: null });
    expect(s.summit!.waiting).toEqual(['CN', 'RU', 'KR']);
    expect(toMove(s)).toBe('CN');
    const a = ok(s, { type: 'sweeten', actor: 'CN' });
    expect(a.actors.CN.resources.capital).toBe(s.actors.CN.resources.capital - SWEETEN_COST);
    const b = ok(a, { type: 'spoil', actor: 'RU' });
    expect(b.actors.RU.resources.capital).toBe(a.actors.RU.resources.capital - SPOIL_COST);
    expect(b.tracks.axis).toBe(a.tracks.axis - RUSSIA_SPOIL_AXIS_COST);
    const c = ok(b, { type: 'pass', actor: 'KR' });
    // The spoiler alone cannot close the table: the host still makes its offer.
    expect(c.summit!.stage).toBe('offer');
    expect(toMove(c)).toBe('US');
    expect(c.summit!.interventions).toEqual([{ actor: 'CN', kind: 'sweeten' }, { actor: 'RU', kind: 'spoil' }]);
    const offered = ok(c, { type: 'propose', actor: 'US', terms: kpDeal });
    const dealt = ok(offered, { type: 'accept', actor: 'KP' });
    const before = offered.actors;
    expect(dealt.history.at(-1)!.vp.CN - before.CN.vp).toBeGreaterThanOrEqual(SWEETEN_VP);
    const broken = ok(offered, { type: 'reject', actor: 'KP' });
    expect(broken.chronicle.some((e) => e.actor === 'RU' && e.text.includes(`+${SPOIL_VP} VP`))).toBe(true);
    expect(dealt.chronicle.some((e) => e.actor === 'CN' && e.text.includes('sweetener paid off'))).toBe(true);
  });

  it('reject at the brink: catastrophe, and the rejecting side is the culprit', () => {
    const s = offerStep({ USKP: SUMMIT_READY, USCN: 0 }, CATASTROPHE_TENSION - REJECT_TENSION);
    const offered = ok(s, { type: 'propose', actor: 'US', terms: kpDeal });
    const end = ok(offered, { type: 'reject', actor: 'KP' });
    expect(end.phase).toBe('ended');
    expect(end.end).toEqual({ reason: 'catastrophe', culprit: 'KP', tieBreak: null });
    expect(end.actors.KP.vp).toBe(offered.actors.KP.vp - CATASTROPHE_PENALTY - CULPRIT_PENALTY);
    expect(winner(end)).toBeNull();
  });

  it('decline: readiness falls and the table closes; the last table ends the round', () => {
    const s = offerStep({ USKP: SUMMIT_READY, USCN: 0 });
    const after = ok(s, { type: 'decline', actor: 'US' });
    expect(after.round).toBe(SUMMIT_ROUND + 1);
    expect(after.phase).toBe('action');
    expect(after.history.at(-1)!.tracks.summitUSKP).toBe(SUMMIT_READY - DECLINE_READINESS_LOSS);
    expect(code(ok(s, { type: 'propose', actor: 'US', terms: kpDeal }), { type: 'decline', actor: 'KP' })).toBe('ERR_WRONG_PHASE');
  });
});

describe('summit terms', () => {
  it('every term costs its giver VP or something it scores, so no package is best for both sides', () => {
    for (const t of Object.values(TERM_INFO)) {
      expect(t.cost.length, t.id).toBeGreaterThan(0);
      const receiver = t.giver === 'US' ? TABLE_INFO[t.table].guest : 'US';
      expect(vpOf(t.effects, receiver), t.id).toBeGreaterThan(0);
    }
    for (const table of ['USKP', 'USCN'] as const) {
      const { host, guest } = TABLE_INFO[table];
      const worth = (p: readonly TermId[], id: ActorId) => vpOf(p.flatMap((t) => [...TERM_INFO[t].effects, ...TERM_INFO[t].cost]), id);
      const best = (id: ActorId) => {
        const max = Math.max(...TABLE_PACKAGES[table].map((p) => worth(p, id)));
        return TABLE_PACKAGES[table].filter((p) => worth(p, id) === max).map((p) => p.join('+'));
      };
      const both = best(host).filter((k) => best(guest).includes(k));
      expect(both, table).toEqual([]);
    }
  });

  it('every legal package is valid, and each side concedes something', () => {
    for (const table of ['USKP', 'USCN'] as const) {
      expect(TABLE_PACKAGES[table].length).toBeGreaterThan(0);
      for (const p of TABLE_PACKAGES[table]) {
        expect(validPackage(table, p)).toBe(true);
        expect(new Set(p.map((t) => TERM_INFO[t].giver))).toEqual(new Set([TABLE_INFO[table].host, TABLE_INFO[table].guest]));
      }
      for (const t of TABLE_TERMS[table]) expect([TABLE_INFO[table].host, TABLE_INFO[table].guest]).toContain(TERM_INFO[t].giver);
    }
  });

  it('terms never push resources outside their range', () => {
    const s = offerStep({ USKP: SUMMIT_READY, USCN: 0 });
    const rich = edit(s, (d) => { for (const id of ACTORS) d.actors[id].resources = { capital: RESOURCE_MAX, economy: RESOURCE_MAX, military: RESOURCE_MIN, standing: RESOURCE_MIN }; });
    const done = ok(ok(rich, { type: 'propose', actor: 'US', terms: ['sanctionsRelief', 'moratorium', 'remains'] }), { type: 'accept', actor: 'KP' });
    for (const id of ACTORS) for (const v of Object.values(done.actors[id].resources)) expect(v).toBeGreaterThanOrEqual(RESOURCE_MIN);
  });
});
