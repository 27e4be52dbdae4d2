import type { ActorId } from './actors';
import type { CardId } from './cards';
import type { OpId } from './ops';
import type { ReadingId } from './readings';
import type { TermId } from './summit';

/** Every move a seat can make. Automatic steps (world events, scoring) are not actions. */
export type Action =
  // Setup, one seat at a time in turn order: keep one of two dealt objectives, then record a forecast.
  | { readonly type: 'keepObjective'; readonly actor: ActorId; readonly objective: string }
  | { readonly type: 'forecast'; readonly actor: ActorId; readonly reading: ReadingId }
  // Action turns.
  | { readonly type: 'playEvent'; readonly actor: ActorId; readonly card: CardId; readonly choice?: 0 | 1 }
  | { readonly type: 'playOps'; readonly actor: ActorId; readonly card: CardId; readonly op: OpId }
  // Summit step: North Korea attends (naming a precondition or none) or snubs the Trump–Kim table.
  | { readonly type: 'attend'; readonly actor: ActorId; readonly precondition: TermId | null }
  | { readonly type: 'snub'; readonly actor: ActorId }
  // Third parties a table names: one sweetener, one spoiler, or nothing.
  | { readonly type: 'sweeten'; readonly actor: ActorId }
  | { readonly type: 'spoil'; readonly actor: ActorId }
  | { readonly type: 'pass'; readonly actor: ActorId }
  // The bargaining.
  | { readonly type: 'propose'; readonly actor: ActorId; readonly terms: readonly TermId[] }
  | { readonly type: 'decline'; readonly actor: ActorId }
  | { readonly type: 'accept'; readonly actor: ActorId }
  | { readonly type: 'reject'; readonly actor: ActorId }
  | { readonly type: 'counter'; readonly actor: ActorId; readonly terms: readonly TermId[] };

export const ACTION_TYPES = [
  'keepObjective', 'forecast', 'playEvent', 'playOps', 'attend', 'snub', 'sweeten', 'spoil', 'pass',
  'propose', 'decline', 'accept', 'reject', 'counter',
] as const;
export type ActionType = Action['type'];

export const ERROR_CODES = [
  'ERR_MALFORMED', 'ERR_GAME_OVER', 'ERR_WRONG_PHASE', 'ERR_NOT_YOUR_TURN', 'ERR_CARD_NOT_IN_HAND',
  'ERR_NOT_YOUR_CARD', 'ERR_CANNOT_AFFORD', 'ERR_REQUIREMENT', 'ERR_BAD_CHOICE', 'ERR_BAD_OP',
  'ERR_BAD_TERMS', 'ERR_NO_OFFER', 'ERR_COUNTER_USED', 'ERR_BAD_OBJECTIVE', 'ERR_BAD_READING',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface RuleError {
  readonly code: ErrorCode;
  readonly message: string;
}
