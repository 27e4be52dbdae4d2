import { ACTOR_INFO } from './actors';
import { quoted } from './words';
import type { Action } from './actions';
import { describeCard, getCard, rivalEventOwner, SIDE_NAMES } from './cards';
import { describeEffects } from './effects';
import { OBJECTIVE_BY_ID } from './objectives';
import { OP_INFO, opEffects, opPoints } from './ops';
import { READING_INFO } from './readings';
import type { GameState, Phase } from './state';
import {
  AUDIENCE_COST, DEAL_VP, RUSSIA_SPOIL_AXIS_COST, SNUB_GAINS, SNUB_READINESS_WORDS, SPOIL_COST, SPOIL_GUEST_VP, SPOIL_VP,
  SWEETEN_COST, SWEETEN_GUEST_VP, SWEETEN_VP, TERM_INFO,
} from './summit';
import { DECLINE_READINESS_LOSS, REJECT_READINESS_LOSS, REJECT_TENSION } from './apply';

/** Anything with a phase: a state or a seat's view. Setup secrets are named only once it is 'ended'. */
type Context = { readonly phase: Phase } | null | undefined;

const isAction = (x: unknown): x is Action => typeof x === 'object' && x !== null && 'type' in x && 'actor' in x;

/**
 * A short plain-language label for an action, for buttons, move lists, the chronicle and screen readers.
 * `describeAction(s, a)` names what a setup action chose only when `s` has ended; `describeAction(a)`
 * never does (the form `actions.map(describeAction)` also works).
 */
export function describeAction(a: Action): string;
export function describeAction(s: Context, a: Action): string;
export function describeAction(first: Context | Action, second?: unknown): string {
  const [ctx, a] = isAction(first) ? [null, first] : [first, second as Action];
  const reveal = ctx?.phase === 'ended';
  const who = ACTOR_INFO[a.actor].name;
  switch (a.type) {
    case 'keepObjective':
      return reveal ? `${who} keeps ${quoted(OBJECTIVE_BY_ID.get(a.objective)?.name ?? a.objective)}` : `${who} keeps one of its two objectives`;
    case 'forecast':
      return reveal ? `${who} forecasts: ${READING_INFO[a.reading]?.name ?? a.reading}` : `${who} records its forecast`;
    case 'playEvent': {
      const card = getCard(a.card);
      const alt = card?.alternatives && a.choice !== undefined ? ` — ${card.alternatives[a.choice].label}` : '';
      return `${who}: event ${quoted(card?.name ?? a.card)}${alt}`;
    }
    case 'playOps': {
      const card = getCard(a.card);
      return `${who}: ${quoted(card?.name ?? a.card)} for ops — ${OP_INFO[a.op].name}`;
    }
    case 'attend':
      return a.precondition ? `${who} attends, on condition: ${TERM_INFO[a.precondition].name}` : `${who} attends with no precondition`;
    case 'snub':
      return `${who} snubs the summit`;
    case 'sweeten':
      return `${who} sweetens the table`;
    case 'spoil':
      return `${who} spoils the table`;
    case 'pass':
      return `${who} stays out`;
    case 'propose':
      return `${who} proposes: ${a.terms.map((t) => TERM_INFO[t].name).join(', ')}`;
    case 'counter':
      return `${who} counters: ${a.terms.map((t) => TERM_INFO[t].name).join(', ')}`;
    case 'decline':
      return `${who} declines the summit`;
    case 'accept':
      return `${who} accepts the offer`;
    case 'reject':
      return `${who} rejects the offer`;
  }
}

/**
 * What the action will do, before it is taken (shown to the seat choosing it). With the position, an
 * operation already run this round is shown at its reduced strength.
 */
export function explainAction(a: Action, s?: Pick<GameState, 'actors'>): string {
  switch (a.type) {
    case 'keepObjective': {
      const o = OBJECTIVE_BY_ID.get(a.objective);
      return o ? `Secret objective: ${o.text} Worth ${o.vp} VP at the end.` : '';
    }
    case 'forecast': {
      const r = READING_INFO[a.reading];
      return r ? `${r.analyst}: ${r.text} ${r.judged}` : '';
    }
    case 'playEvent': {
      const card = getCard(a.card);
      if (!card) return '';
      const effects = card.alternatives && a.choice !== undefined ? card.alternatives[a.choice].effects : card.effects;
      return `${card.cost ? `Costs ${card.cost} capital. ` : ''}${card.alternatives ? describeEffects(effects) : describeCard(card)}`;
    }
    case 'playOps': {
      const card = getCard(a.card);
      if (!card) return '';
      const used = s?.actors[a.actor].opsThisRound ?? [];
      const points = opPoints(card.ops, used, a.op);
      const repeat = points < card.ops ? `Already run this round: ${points === 0 ? 'no effect now' : `counts ${points} point${points === 1 ? '' : 's'}`}. ` : '';
      const rival = rivalEventOwner(card, a.actor);
      const fires = rival ? ` Its event fires for ${SIDE_NAMES[rival.side]} first: ${describeEffects(card.effects, rival.self ?? undefined)}` : '';
      return `${repeat}${describeEffects(opEffects(a.op, card.ops, used), a.actor)}${fires}`;
    }
    case 'attend':
      return a.precondition
        ? `Sit down with Trump. An offer without "${TERM_INFO[a.precondition].name}" can be refused at no cost.`
        : 'Sit down with Trump with no condition named.';
    case 'snub':
      return `The table closes: ${SNUB_READINESS_WORDS}; ${describeEffects(SNUB_GAINS)}`;
    case 'sweeten':
      return `Costs ${SWEETEN_COST} capital. If a deal is reached: you +${SWEETEN_VP} VP and the guest +${SWEETEN_GUEST_VP} VP.`;
    case 'spoil':
      return `Costs ${SPOIL_COST} capital${a.actor === 'RU' ? ` and axis cohesion −${RUSSIA_SPOIL_AXIS_COST}` : ''}. If no deal is reached: you +${SPOIL_VP} VP; if one is, the guest −${SPOIL_GUEST_VP} VP.`;
    case 'pass':
      return 'No cost, no stake in the outcome.';
    case 'propose':
    case 'counter':
      return a.terms.map((t) => `${TERM_INFO[t].name} (${ACTOR_INFO[TERM_INFO[t].giver].short} gives): ${describeEffects([...TERM_INFO[t].effects, ...TERM_INFO[t].cost])}`).join(' ');
    case 'decline':
      return `Summit readiness −${DECLINE_READINESS_LOSS}; no offer this round.`;
    case 'accept':
      return `The deal is done: both sides +${DEAL_VP} VP and every term takes effect.`;
    case 'reject':
      return `Talks break down: summit readiness −${REJECT_READINESS_LOSS}, tension +${REJECT_TENSION} (none if the offer lacks your named condition); the proposer loses ${AUDIENCE_COST} standing.`;
  }
}
