import { ACTOR_INFO } from './actors';
import { quoted } from './words';
import type { Action } from './actions';
import { describeCard, getCard } from './cards';
import { describeEffects } from './effects';
import { OP_INFO } from './ops';
import { DEAL_VP, TERM_INFO } from './summit';
import { DECLINE_READINESS_LOSS, REJECT_READINESS_LOSS, REJECT_TENSION } from './apply';

/** A short plain-language label for an action, for buttons, move lists and screen readers. */
export function describeAction(a: Action): string {
  const who = ACTOR_INFO[a.actor].name;
  switch (a.type) {
    case 'playEvent': {
      const card = getCard(a.card);
      const alt = card?.alternatives && a.choice !== undefined ? ` — ${card.alternatives[a.choice].label}` : '';
      return `${who}: event ${quoted(card?.name ?? a.card)}${alt}`;
    }
    case 'playOps': {
      const card = getCard(a.card);
      return `${who}: ${quoted(card?.name ?? a.card)} for ops — ${OP_INFO[a.op].name}`;
    }
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

/** What the action will do, before it is taken. */
export function explainAction(a: Action): string {
  switch (a.type) {
    case 'playEvent': {
      const card = getCard(a.card);
      if (!card) return '';
      const effects = card.alternatives && a.choice !== undefined ? card.alternatives[a.choice].effects : card.effects;
      return `${card.cost ? `Costs ${card.cost} capital. ` : ''}${card.alternatives ? describeEffects(effects) : describeCard(card)}`;
    }
    case 'playOps': {
      const card = getCard(a.card);
      return card ? describeEffects(OP_INFO[a.op].effects(card.ops), a.actor) : '';
    }
    case 'propose':
    case 'counter':
      return a.terms.map((t) => `${TERM_INFO[t].name} (${ACTOR_INFO[TERM_INFO[t].giver].short} gives): ${describeEffects(TERM_INFO[t].effects)}`).join(' ');
    case 'decline':
      return `Summit readiness −${DECLINE_READINESS_LOSS}; no offer this round.`;
    case 'accept':
      return `The deal is done: both sides +${DEAL_VP} VP and every term takes effect.`;
    case 'reject':
      return `Talks break down: summit readiness −${REJECT_READINESS_LOSS} and tension +${REJECT_TENSION}.`;
  }
}
