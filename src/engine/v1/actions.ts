import type { ActorId } from './actors';
import type { CardId } from './cards';
import type { OpId } from './ops';
import type { TermId } from './summit';

/** Every move a seat can make. Automatic steps (world events, scoring) are not actions. */
export type Action =
  | { readonly type: 'playEvent'; readonly actor: ActorId; readonly card: CardId; readonly choice?: 0 | 1 }
  | { readonly type: 'playOps'; readonly actor: ActorId; readonly card: CardId; readonly op: OpId }
  | { readonly type: 'propose'; readonly actor: ActorId; readonly terms: readonly TermId[] }
  | { readonly type: 'decline'; readonly actor: ActorId }
  | { readonly type: 'accept'; readonly actor: ActorId }
  | { readonly type: 'reject'; readonly actor: ActorId }
  | { readonly type: 'counter'; readonly actor: ActorId; readonly terms: readonly TermId[] };

export const ACTION_TYPES = ['playEvent', 'playOps', 'propose', 'decline', 'accept', 'reject', 'counter'] as const;
export type ActionType = Action['type'];

export const ERROR_CODES = [
  'ERR_MALFORMED', 'ERR_GAME_OVER', 'ERR_WRONG_PHASE', 'ERR_NOT_YOUR_TURN', 'ERR_CARD_NOT_IN_HAND',
  'ERR_NOT_YOUR_CARD', 'ERR_CANNOT_AFFORD', 'ERR_REQUIREMENT', 'ERR_BAD_CHOICE', 'ERR_BAD_OP',
  'ERR_BAD_TERMS', 'ERR_NO_OFFER', 'ERR_COUNTER_USED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface RuleError {
  readonly code: ErrorCode;
  readonly message: string;
}
