import type { ActorId } from './actors';
import type { GameState } from './state';
import { TURN_ORDER } from './state';
import { TABLE_INFO } from './summit';

/** Whose move it is: one seat at a time, or nobody once the game is over. */
export function toMove(s: GameState): ActorId | null {
  switch (s.phase) {
    case 'action':
      return TURN_ORDER[s.turn % TURN_ORDER.length]!;
    case 'summit': {
      if (!s.summit) return null;
      if (s.summit.offer) return s.summit.offer.to;
      return TABLE_INFO[s.summit.tables[s.summit.index]!].host;
    }
    case 'ended':
      return null;
  }
}

export const currentTable = (s: GameState) => (s.phase === 'summit' && s.summit ? s.summit.tables[s.summit.index]! : null);
