import { ACTOR_INFO, isActorId } from './actors';
import { opsCount, possessive, quoted } from './words';
import type { Action, ErrorCode, RuleError } from './actions';
import { canPlayEvent, DATED_BONUS_VP, getCard, rivalEventOwner, SIDE_NAMES, type Card } from './cards';
import { draft, seal, type Draft } from './draft';
import { describeEffects } from './effects';
import { advanceSetup, advanceTable, advanceTurn, applyEffects, log, startInterventions } from './flow';
import { isReadingId } from './readings';
import { ACTOR_OPS, OP_INFO, opEffects, opPoints, type OpId } from './ops';
import { err, ok, type Result } from './result';
import type { GameState } from './state';
import {
  AUDIENCE_COST, DEAL_VP, HOST_DEAL_BONUS_VP, PRECONDITION_TERMS, READINESS_AFTER_SUMMIT, RUSSIA_SPOIL_AXIS_COST, SNUB_GAINS, SNUB_READINESS_LOSS, SNUB_READINESS_WORDS,
  SPOIL_COST, SWEETEN_COST, TABLE_INFO, TERM_INFO, validPackage, WALKAWAY_GAINS, type TermId,
} from './summit';
import { TRACK_INFO } from './tracks';
import { currentTable, toMove } from './turn';

/** Summit-step rule numbers, named so the rulebook and the balance work read one source. */
/** Diplomatic capital the host pays to make an opening offer. */
export const SUMMIT_OFFER_COST = 1;
/** Readiness lost when the host declines a table, or when an offer is rejected. */
export const DECLINE_READINESS_LOSS = 1;
export const REJECT_READINESS_LOSS = 1;
/** Tension added when talks break down on a rejection (Hanoi). */
export const REJECT_TENSION = 1;

/** Whether a card's track requirement (if any) holds now. */
export function meetsRequirement(s: Pick<GameState, 'tracks'>, card: Card): boolean {
  if (!card.requires) return true;
  const v = s.tracks[card.requires.track];
  const { min, max } = card.requires;
  return (min === undefined || v >= min) && (max === undefined || v <= max);
}

/** Names a bad value in a message without throwing: String() throws on null-prototype objects. */
const show = (x: unknown): string => {
  try {
    return String(x);
  } catch {
    return typeof x;
  }
};

const fail = (code: ErrorCode, message: string): Result<never, RuleError> => err({ code, message });

/** Checks an action against the state without changing anything. Null means legal. */
export function check(s: GameState, a: Action): RuleError | null {
  if (typeof a !== 'object' || a === null || typeof (a as { type?: unknown }).type !== 'string') return { code: 'ERR_MALFORMED', message: 'An action must be an object with a "type".' };
  if (!isActorId(a.actor)) return { code: 'ERR_MALFORMED', message: `Unknown actor "${show((a as { actor?: unknown }).actor)}".` };
  if (s.phase === 'ended') return { code: 'ERR_GAME_OVER', message: 'The game is over.' };
  const mover = toMove(s);
  if (a.actor !== mover) return { code: 'ERR_NOT_YOUR_TURN', message: `It is ${mover ? ACTOR_INFO[mover].name : 'nobody'}'s move, not ${ACTOR_INFO[a.actor].name}'s.` };
  const stage = s.phase === 'summit' ? s.summit?.stage : undefined;
  switch (a.type) {
    case 'keepObjective': {
      if (s.phase !== 'setup') return { code: 'ERR_WRONG_PHASE', message: 'Objectives are kept at the start of the game.' };
      const me = s.actors[a.actor];
      if (me.objective !== '') return { code: 'ERR_WRONG_PHASE', message: `${ACTOR_INFO[a.actor].name} has kept its objective already: record a forecast.` };
      if (typeof a.objective !== 'string' || !me.objectiveChoices.includes(a.objective)) return { code: 'ERR_BAD_OBJECTIVE', message: `"${show(a.objective)}" is not one of the two objectives dealt to ${ACTOR_INFO[a.actor].name}.` };
      return null;
    }
    case 'forecast':
      if (s.phase !== 'setup') return { code: 'ERR_WRONG_PHASE', message: 'Forecasts are recorded at the start of the game.' };
      if (s.actors[a.actor].objective === '') return { code: 'ERR_WRONG_PHASE', message: `${ACTOR_INFO[a.actor].name} keeps an objective first, then records its forecast.` };
      if (!isReadingId(a.reading)) return { code: 'ERR_BAD_READING', message: `"${show(a.reading)}" is not one of the analysts' readings.` };
      return null;
    case 'attend':
    case 'snub':
      if (stage !== 'attend') return { code: 'ERR_WRONG_PHASE', message: 'North Korea decides to attend or snub when the Trump–Kim table opens.' };
      if (a.type === 'attend' && a.precondition !== null && !PRECONDITION_TERMS.includes(a.precondition as TermId)) return { code: 'ERR_BAD_TERMS', message: `A precondition must be a term Washington gives at the Trump–Kim table (${PRECONDITION_TERMS.map((t) => TERM_INFO[t].name).join(', ')}), or none.` };
      return null;
    case 'sweeten':
    case 'spoil':
    case 'pass':
      if (stage !== 'intervene') return { code: 'ERR_WRONG_PHASE', message: 'Third parties sweeten or spoil a table before the offers.' };
      if (a.type === 'sweeten' && s.actors[a.actor].resources.capital < SWEETEN_COST) return { code: 'ERR_CANNOT_AFFORD', message: `A sweetener costs ${SWEETEN_COST} diplomatic capital.` };
      if (a.type === 'spoil' && s.actors[a.actor].resources.capital < SPOIL_COST) return { code: 'ERR_CANNOT_AFFORD', message: `Spoiling a table costs ${SPOIL_COST} diplomatic capital.` };
      return null;
    case 'playEvent':
    case 'playOps': {
      if (s.phase !== 'action') return { code: 'ERR_WRONG_PHASE', message: s.phase === 'setup' ? 'Cards are played once every team has kept its objective and forecast.' : 'Cards are played in the action step, not the summit step.' };
      const card = typeof a.card === 'string' ? getCard(a.card) : undefined;
      if (!card || !s.actors[a.actor].hand.includes(card.id)) return { code: 'ERR_CARD_NOT_IN_HAND', message: `${ACTOR_INFO[a.actor].name} does not hold the card "${show(a.card)}".` };
      if (a.type === 'playOps') {
        if (typeof a.op !== 'string' || !ACTOR_OPS[a.actor].includes(a.op)) return { code: 'ERR_BAD_OP', message: `"${show(a.op)}" is not an operation ${ACTOR_INFO[a.actor].name} can run.` };
        return null;
      }
      return eventError(s, a.actor, card, a.choice);
    }
    case 'propose':
    case 'counter': {
      const table = currentTable(s);
      if (!table || !s.summit || stage !== 'offer') return { code: 'ERR_WRONG_PHASE', message: 'Offers are made in the summit step, once the guest has sat down.' };
      if (a.type === 'propose' && s.summit.offer) return { code: 'ERR_WRONG_PHASE', message: 'An offer is already on the table: accept, reject or counter it.' };
      if (a.type === 'counter') {
        if (!s.summit.offer) return { code: 'ERR_NO_OFFER', message: 'There is no offer to counter.' };
        if (s.summit.offer.countered) return { code: 'ERR_COUNTER_USED', message: 'This is already a counter-offer: accept or reject it.' };
      }
      if (!Array.isArray(a.terms) || !validPackage(table, a.terms)) return { code: 'ERR_BAD_TERMS', message: `An offer at the ${TABLE_INFO[table].name} needs distinct terms of that table with at least one concession from each side.` };
      if (a.type === 'counter' && sameTerms(a.terms, s.summit.offer!.terms)) return { code: 'ERR_BAD_TERMS', message: 'A counter-offer must change the terms.' };
      if (a.type === 'propose' && s.actors[a.actor].resources.capital < SUMMIT_OFFER_COST) return { code: 'ERR_CANNOT_AFFORD', message: `Opening a summit costs ${SUMMIT_OFFER_COST} diplomatic capital.` };
      return null;
    }
    case 'decline':
      if (stage !== 'offer' || !s.summit || s.summit.offer) return { code: 'ERR_WRONG_PHASE', message: 'Only the host can decline a summit table, before any offer.' };
      return null;
    case 'accept':
    case 'reject':
      if (stage !== 'offer' || !s.summit?.offer) return { code: 'ERR_NO_OFFER', message: 'There is no offer to answer.' };
      return null;
    default:
      return { code: 'ERR_MALFORMED', message: `Unknown action type "${show((a as { type: unknown }).type)}".` };
  }
}

function eventError(s: GameState, actor: Action['actor'], card: Card, choice: unknown): RuleError | null {
  if (!canPlayEvent(card, actor)) return { code: 'ERR_NOT_YOUR_CARD', message: `${quoted(card.name)} is not ${possessive(ACTOR_INFO[actor].name)} event; play it for ops instead.` };
  if (s.actors[actor].resources.capital < card.cost) return { code: 'ERR_CANNOT_AFFORD', message: `${quoted(card.name)} costs ${card.cost} diplomatic capital; ${ACTOR_INFO[actor].name} has ${s.actors[actor].resources.capital}.` };
  if (card.requires && !meetsRequirement(s, card)) {
    const v = s.tracks[card.requires.track];
    const { min, max } = card.requires;
    return { code: 'ERR_REQUIREMENT', message: `${quoted(card.name)} needs ${TRACK_INFO[card.requires.track].name} ${min !== undefined ? `at least ${min}` : `at most ${max}`}; it is ${v}.` };
  }
  if (card.alternatives) {
    if (choice !== 0 && choice !== 1) return { code: 'ERR_BAD_CHOICE', message: `${quoted(card.name)} needs a choice of reading: 0 or 1.` };
  } else if (choice !== undefined) return { code: 'ERR_BAD_CHOICE', message: `${quoted(card.name)} has no alternative readings.` };
  return null;
}

const sameTerms = (a: readonly TermId[], b: readonly TermId[]) => a.length === b.length && a.every((t) => b.includes(t));

function discardFromHand(d: Draft, actor: Action['actor'], cardId: string): void {
  const hand = d.actors[actor].hand;
  hand.splice(hand.indexOf(cardId), 1);
  d.discard.push(cardId);
}

const termList = (terms: readonly TermId[]) => terms.map((t) => TERM_INFO[t].name).join(', ');

/** The one reducer: state and action in, new state or a rule error out. The input state is never changed. */
export function apply(s: GameState, a: Action): Result<GameState, RuleError> {
  const problem = check(s, a);
  if (problem) return fail(problem.code, problem.message);
  const d = draft(s);
  const name = ACTOR_INFO[a.actor].name;
  switch (a.type) {
    case 'keepObjective':
      d.actors[a.actor].objective = a.objective;
      log(d, a.actor, 'world', `${name} keeps one of its two objectives.`);
      break;
    case 'forecast':
      d.actors[a.actor].forecast = a.reading;
      log(d, a.actor, 'world', `${name} records its forecast.`);
      advanceSetup(d);
      break;
    case 'attend': {
      const st = s.summit!;
      const table = TABLE_INFO[currentTable(s)!];
      d.summitsHeld = [...d.summitsHeld, { round: d.round, table: table.id, attended: true, precondition: a.precondition }];
      log(d, a.actor, 'summit', `${name} comes to the ${table.name}${a.precondition ? `, on one condition: ${TERM_INFO[a.precondition].name}` : ' with no precondition'}.`);
      startInterventions(d, st.tables, st.index, a.precondition);
      break;
    }
    case 'snub': {
      const table = TABLE_INFO[currentTable(s)!];
      d.summitsHeld = [...d.summitsHeld, { round: d.round, table: table.id, attended: false, precondition: null }];
      d.tracks[table.readiness] = Math.max(TRACK_INFO[table.readiness].min, d.tracks[table.readiness] - SNUB_READINESS_LOSS);
      log(d, a.actor, 'summit', `${name} snubs the ${table.name}: ${SNUB_READINESS_WORDS}; ${describeEffects(SNUB_GAINS)}`);
      applyEffects(d, SNUB_GAINS, a.actor, a.actor);
      advanceTable(d, false);
      break;
    }
    case 'sweeten':
    case 'spoil':
    case 'pass': {
      const st = d.summit!;
      const table = TABLE_INFO[st.tables[st.index]!];
      if (a.type === 'pass') log(d, a.actor, 'summit', `${name} stays out of the ${table.name}.`);
      else if (a.type === 'sweeten') {
        d.actors[a.actor].resources.capital -= SWEETEN_COST;
        log(d, a.actor, 'summit', `${name} sweetens the ${table.name} (−${SWEETEN_COST} capital): it gains if a deal is reached.`);
      } else {
        d.actors[a.actor].resources.capital -= SPOIL_COST;
        const axis = a.actor === 'RU' ? RUSSIA_SPOIL_AXIS_COST : 0;
        log(d, a.actor, 'summit', `${name} works to spoil the ${table.name} (−${SPOIL_COST} capital${axis ? `, axis cohesion −${axis}` : ''}): it gains if no deal is reached.`);
        if (axis) applyEffects(d, [{ kind: 'track', track: 'axis', delta: -axis }], a.actor, a.actor);
      }
      const interventions = a.type === 'pass' ? st.interventions : [...st.interventions, { actor: a.actor, kind: a.type }];
      const waiting = st.waiting.slice(1);
      d.summit = { ...st, interventions, waiting, stage: waiting.length > 0 ? 'intervene' : 'offer' };
      break;
    }
    case 'playEvent': {
      const card = getCard(a.card)!;
      const effects = card.alternatives ? card.alternatives[a.choice!]!.effects : card.effects;
      d.actors[a.actor].resources.capital -= card.cost;
      discardFromHand(d, a.actor, card.id);
      const reading = card.alternatives ? ` (${card.alternatives[a.choice!]!.label})` : '';
      const onDate = card.round === d.round;
      log(d, a.actor, 'card', `${name} plays ${quoted(card.name)}${reading}: ${describeEffects(effects, a.actor)}${onDate ? ` On its own date: +${DATED_BONUS_VP} VP.` : ''}`, card.id);
      if (onDate) d.actors[a.actor].vp += DATED_BONUS_VP;
      applyEffects(d, effects, a.actor, a.actor);
      advanceTurn(d);
      break;
    }
    case 'playOps': {
      const card = getCard(a.card)!;
      const op = OP_INFO[a.op as OpId];
      const used = d.actors[a.actor].opsThisRound;
      const points = opPoints(card.ops, used, op.id);
      const effects = opEffects(op.id, card.ops, used);
      discardFromHand(d, a.actor, card.id);
      d.actors[a.actor].opsThisRound = [...used, op.id];
      // A rival's card played for ops: its event fires first, for its side (Twilight Struggle).
      const rival = rivalEventOwner(card, a.actor);
      if (rival && meetsRequirement(d as unknown as GameState, card)) {
        log(d, rival.self, 'card', `${name} plays ${quoted(card.name)} for ops, a card of ${SIDE_NAMES[rival.side]}: its event fires for them first: ${describeEffects(card.effects, rival.self ?? undefined)}`, card.id);
        applyEffects(d, card.effects, rival.self, a.actor);
        if (d.phase === 'ended') break;
      }
      const repeat = points < card.ops ? ` (a repeat this round: ${points === 0 ? 'no effect' : opsCount(points)})` : '';
      log(d, a.actor, 'ops', `${name} plays ${quoted(card.name)} for ${opsCount(card.ops)}: ${op.name}${repeat}: ${describeEffects(effects, a.actor)}`, card.id);
      applyEffects(d, effects, a.actor, a.actor);
      advanceTurn(d);
      break;
    }
    case 'propose': {
      const table = TABLE_INFO[currentTable(s)!];
      d.actors[a.actor].resources.capital -= SUMMIT_OFFER_COST;
      d.summit = { ...d.summit!, offer: { from: a.actor, to: table.guest, terms: a.terms.slice(), countered: false } };
      log(d, a.actor, 'summit', `${name} opens the ${table.name} and offers: ${termList(a.terms)}.`);
      break;
    }
    case 'counter': {
      const offer = d.summit!.offer!;
      d.summit = { ...d.summit!, offer: { from: a.actor, to: offer.from, terms: a.terms.slice(), countered: true } };
      log(d, a.actor, 'summit', `${name} counters: ${termList(a.terms)}.`);
      break;
    }
    case 'decline': {
      const table = TABLE_INFO[currentTable(s)!];
      d.tracks[table.readiness] = Math.max(TRACK_INFO[table.readiness].min, d.tracks[table.readiness] - DECLINE_READINESS_LOSS);
      log(d, a.actor, 'summit', `${name} declines to open the ${table.name}. Readiness −${DECLINE_READINESS_LOSS}.`);
      advanceTable(d);
      break;
    }
    case 'accept': {
      const tableId = currentTable(s)!;
      const table = TABLE_INFO[tableId];
      const offer = s.summit!.offer!;
      d.deals.push({ round: d.round, table: tableId, terms: offer.terms });
      d.actors[table.host].vp += DEAL_VP + HOST_DEAL_BONUS_VP;
      d.actors[table.guest].vp += DEAL_VP;
      d.tracks[table.readiness] = READINESS_AFTER_SUMMIT;
      log(d, a.actor, 'summit', `Deal at the ${table.name}! ${name} accepts: ${termList(offer.terms)}. ${ACTOR_INFO[table.host].name} +${DEAL_VP + HOST_DEAL_BONUS_VP} VP, ${ACTOR_INFO[table.guest].name} +${DEAL_VP} VP.`);
      for (const t of offer.terms) applyEffects(d, [...TERM_INFO[t].effects, ...TERM_INFO[t].cost], TERM_INFO[t].giver, null);
      advanceTable(d, true);
      break;
    }
    case 'reject': {
      const table = TABLE_INFO[currentTable(s)!];
      const offer = s.summit!.offer!;
      const precondition = s.summit!.precondition;
      // Kim's demand as a rule: an offer without the condition he named may be refused at no cost.
      const free = precondition !== null && a.actor === table.guest && !offer.terms.includes(precondition);
      d.tracks[table.readiness] = Math.max(TRACK_INFO[table.readiness].min, d.tracks[table.readiness] - REJECT_READINESS_LOSS);
      const proposer = ACTOR_INFO[offer.from].name;
      const gains = WALKAWAY_GAINS[a.actor];
      log(d, a.actor, 'summit', free
        ? `${name} refuses: the offer lacks its condition (${TERM_INFO[precondition].name}). The ${table.name} ends; readiness −${REJECT_READINESS_LOSS}. ${proposer} loses ${AUDIENCE_COST} standing for the public refusal.${gains.length ? ` ${name} walks away: ${describeEffects(gains)}` : ''}`
        : `${name} rejects the offer. The ${table.name} breaks down, like Hanoi: readiness −${REJECT_READINESS_LOSS}, tension +${REJECT_TENSION}. ${proposer} loses ${AUDIENCE_COST} standing for the public refusal.${gains.length ? ` ${name} walks away: ${describeEffects(gains)}` : ''}`);
      applyEffects(d, [{ kind: 'resource', actor: offer.from, resource: 'standing', delta: -AUDIENCE_COST }, ...gains], a.actor, a.actor);
      if (!free) applyEffects(d, [{ kind: 'track', track: 'tension', delta: REJECT_TENSION }], null, a.actor);
      advanceTable(d, false);
      break;
    }
  }
  d.step += 1;
  return ok(seal(d, s));
}
