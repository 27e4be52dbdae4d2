import type { ActorId } from '../engine';
import type { BotLevel } from '../ai/bot';

/** Who sits at each actor: a person (hot-seat or a classroom team) or a bot of some level. */
export type SeatSpec =
  | { readonly kind: 'human'; readonly name?: string }
  | { readonly kind: 'bot'; readonly level: BotLevel; readonly name?: string };

export type Seats = Readonly<Record<ActorId, SeatSpec>>;

export const isHuman = (s: SeatSpec): boolean => s.kind === 'human';
