import type { ActorId } from './actors';
import type { GameState } from './state';
import { TURN_ORDER } from './state';
import { TABLE_INFO } from './summit';

/** In setup, the first actor in turn order still to keep an objective or record a forecast. */
export function setupSeat(s: GameState): ActorId | null {
  for (const id of TURN_ORDER) {
    const a = s.actors[id];
    if (a.objective === '' || a.forecast === null) return id;
  }
  return null;
}

/** Whose move it is: one seat at a time, or nobody once the game is over. */
export function toMove(s: GameState): ActorId | null {
  switch (s.phase) {
    case 'setup':
      return setupSeat(s);
    case 'action':
      return TURN_ORDER[s.turn % TURN_ORDER.length]!;
    case 'summit': {
      const st = s.summit;
      if (!st) return null;
      const table = TABLE_INFO[st.tables[st.index]!];
      switch (st.stage) {
        case 'attend':
          return table.guest;
        case 'intervene':
          return st.waiting[0] ?? null;
        case 'offer':
          return st.offer ? st.offer.to : table.host;
      }
    }
    // falls through: a summit phase always has a stage
    case 'ended':
      return null;
  }
}

export const currentTable = (s: GameState) => (s.phase === 'summit' && s.summit ? s.summit.tables[s.summit.index]! : null);
