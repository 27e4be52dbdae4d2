import type { ActorId } from './actors';
import type { Action } from './actions';
import { meetsRequirement, SUMMIT_OFFER_COST } from './apply';
import { canPlayEvent, getCard } from './cards';
import { ACTOR_OPS } from './ops';
import { READINGS } from './readings';
import type { GameState } from './state';
import { PRECONDITION_TERMS, SPOIL_COST, SWEETEN_COST, TABLE_PACKAGES } from './summit';
import { currentTable, toMove } from './turn';

/** Every legal action for a seat now; empty when it is not that seat's move. Built directly, not by trial. */
export function legalActions(s: GameState, seat: ActorId): Action[] {
  if (toMove(s) !== seat) return [];
  const out: Action[] = [];
  const me = s.actors[seat];
  if (s.phase === 'setup') {
    if (me.objective === '') for (const objective of me.objectiveChoices) out.push({ type: 'keepObjective', actor: seat, objective });
    else for (const reading of READINGS) out.push({ type: 'forecast', actor: seat, reading });
    return out;
  }
  if (s.phase === 'action') {
    for (const id of me.hand) {
      const card = getCard(id)!;
      if (canPlayEvent(card, seat) && me.resources.capital >= card.cost && meetsRequirement(s, card)) {
        if (card.alternatives) {
          out.push({ type: 'playEvent', actor: seat, card: id, choice: 0 }, { type: 'playEvent', actor: seat, card: id, choice: 1 });
        } else out.push({ type: 'playEvent', actor: seat, card: id });
      }
      for (const op of ACTOR_OPS[seat]) out.push({ type: 'playOps', actor: seat, card: id, op });
    }
    return out;
  }
  const table = currentTable(s)!;
  const st = s.summit!;
  switch (st.stage) {
    case 'attend':
      out.push({ type: 'snub', actor: seat }, { type: 'attend', actor: seat, precondition: null });
      for (const precondition of PRECONDITION_TERMS) out.push({ type: 'attend', actor: seat, precondition });
      return out;
    case 'intervene':
      out.push({ type: 'pass', actor: seat });
      if (me.resources.capital >= SWEETEN_COST) out.push({ type: 'sweeten', actor: seat });
      if (me.resources.capital >= SPOIL_COST) out.push({ type: 'spoil', actor: seat });
      return out;
    case 'offer':
      break;
  }
  const offer = st.offer;
  if (!offer) {
    out.push({ type: 'decline', actor: seat });
    if (me.resources.capital >= SUMMIT_OFFER_COST) for (const terms of TABLE_PACKAGES[table]) out.push({ type: 'propose', actor: seat, terms });
    return out;
  }
  out.push({ type: 'accept', actor: seat }, { type: 'reject', actor: seat });
  if (!offer.countered) {
    for (const terms of TABLE_PACKAGES[table]) {
      if (terms.length !== offer.terms.length || !terms.every((t) => offer.terms.includes(t))) out.push({ type: 'counter', actor: seat, terms });
    }
  }
  return out;
}
