import type { ActorId } from './actors';
import type { CardId } from './cards';
import type { RngState } from './prng';
import type { ResourceId } from './resources';
import type { TableId, TermId } from './summit';
import type { TrackId } from './tracks';

/** Positions are plain data: JSON-safe, no classes, no Map/Set, so they save, hash and diff as they are. */

export const RULES_VERSION = '1.0.0';
export const HAND_SIZE = 4;
export const TURNS_PER_ROUND = 2;
export const TURN_ORDER: readonly ActorId[] = ['US', 'KP', 'CN', 'RU', 'KR'];
export const STANDARD_ROUNDS = 6;
export const MIN_ROUNDS = 1;
/** Rounds past the scripted calendar are allowed for long practice games and benchmarks. */
export const MAX_ROUNDS = 100;

export interface GameOptions {
  readonly seed: number;
  readonly rounds: number;
}

export interface ActorState {
  readonly resources: Readonly<Record<ResourceId, number>>;
  readonly hand: readonly CardId[];
  readonly objective: string;
  readonly vp: number;
}

export interface Offer {
  readonly from: ActorId;
  readonly to: ActorId;
  readonly terms: readonly TermId[];
  /** A counter-offer has been made: the next answer is final. */
  readonly countered: boolean;
}

export interface SummitStep {
  /** Tables open this round, in order; `index` is the one being negotiated. */
  readonly tables: readonly TableId[];
  readonly index: number;
  readonly offer: Offer | null;
}

export interface Deal {
  readonly round: number;
  readonly table: TableId;
  readonly terms: readonly TermId[];
}

export type Phase = 'action' | 'summit' | 'ended';

export type ChronicleKind = 'world' | 'card' | 'ops' | 'summit' | 'scoring' | 'end';

/** One plain-language line of what happened; `step` is the number of actions applied before it. */
export interface ChronicleEntry {
  readonly step: number;
  readonly round: number;
  readonly actor: ActorId | null;
  readonly kind: ChronicleKind;
  readonly text: string;
  /** The card behind it, if any: the debrief names the card that caused a swing. */
  readonly card?: CardId;
}

/** Snapshot at the end of each round (round 0 = the start) for charts and the debrief. */
export interface RoundRecord {
  readonly round: number;
  readonly tracks: Readonly<Record<TrackId, number>>;
  readonly vp: Readonly<Record<ActorId, number>>;
}

export interface GameEnd {
  readonly reason: 'calendar' | 'catastrophe';
  /** Who pushed tension to the top; null when a world event did. */
  readonly culprit: ActorId | null;
}

export interface GameState {
  readonly rulesVersion: string;
  readonly options: GameOptions;
  readonly rng: RngState;
  readonly round: number;
  readonly phase: Phase;
  /** Index into this round's action turns (TURN_ORDER repeated TURNS_PER_ROUND times). */
  readonly turn: number;
  readonly actors: Readonly<Record<ActorId, ActorState>>;
  readonly tracks: Readonly<Record<TrackId, number>>;
  readonly deck: readonly CardId[];
  readonly discard: readonly CardId[];
  readonly summit: SummitStep | null;
  readonly deals: readonly Deal[];
  readonly apecResult: 'pending' | 'success' | 'failure';
  readonly end: GameEnd | null;
  /** Number of actions applied so far. */
  readonly step: number;
  readonly chronicle: readonly ChronicleEntry[];
  readonly history: readonly RoundRecord[];
}
