import type { ActorId } from './actors';
import type { CardId } from './cards';
import type { OpId } from './ops';
import type { ReadingId } from './readings';
import type { RngState } from './prng';
import type { ResourceId } from './resources';
import type { TableId, TermId } from './summit';
import type { TrackId } from './tracks';

/** Positions are plain data: JSON-safe, no classes, no Map/Set, so they save, hash and diff as they are. */

export const RULES_VERSION = '2.3.0';
export const HAND_SIZE = 4;
export const TURNS_PER_ROUND = 2;
export const TURN_ORDER: readonly ActorId[] = ['US', 'KP', 'CN', 'RU', 'KR'];
export const STANDARD_ROUNDS = 6;
export const MIN_ROUNDS = 1;
/** Rounds past the scripted calendar are allowed for long practice games and benchmarks. */
export const MAX_ROUNDS = 100;

export interface GameOptions {
  /** Any 1–64 printable ASCII characters; a drawn seed is 32 lowercase hex digits. Hashed to the PRNG's 128 bits. */
  readonly seed: string;
  readonly rounds: number;
}

export interface ActorState {
  readonly resources: Readonly<Record<ResourceId, number>>;
  readonly hand: readonly CardId[];
  /** The two objectives dealt at setup (kept for the debrief after one is chosen). */
  readonly objectiveChoices: readonly string[];
  /** The kept objective; '' until the actor keeps one in the setup phase. */
  readonly objective: string;
  /** The analysts' reading this actor bets on; null until recorded in the setup phase. */
  readonly forecast: ReadingId | null;
  /** Operations run this round, in order: a repeat gives less. */
  readonly opsThisRound: readonly OpId[];
  readonly vp: number;
}

export interface Offer {
  readonly from: ActorId;
  readonly to: ActorId;
  readonly terms: readonly TermId[];
  /** A counter-offer has been made: the next answer is final. */
  readonly countered: boolean;
}

/** attend: North Korea decides (US–DPRK only); intervene: third parties, in turn order; offer: the bargaining. */
export type SummitStage = 'attend' | 'intervene' | 'offer';
export type InterventionKind = 'sweeten' | 'spoil';

export interface Intervention {
  readonly actor: ActorId;
  readonly kind: InterventionKind;
}

export interface SummitStep {
  /** Tables open this round, in order; `index` is the one being negotiated. */
  readonly tables: readonly TableId[];
  readonly index: number;
  readonly stage: SummitStage;
  /** The term North Korea named as its condition for attending; an offer without it may be refused at no cost. */
  readonly precondition: TermId | null;
  readonly interventions: readonly Intervention[];
  /** Third parties still to decide at this table, in turn order. */
  readonly waiting: readonly ActorId[];
  readonly offer: Offer | null;
}

/** Every summit that met or was snubbed: the record the forecasts and the debrief read. */
export interface SummitHeld {
  readonly round: number;
  readonly table: TableId;
  readonly attended: boolean;
  readonly precondition: TermId | null;
}

export interface Deal {
  readonly round: number;
  readonly table: TableId;
  readonly terms: readonly TermId[];
}

export type Phase = 'setup' | 'action' | 'summit' | 'ended';

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
  /** Plain words for how a tie at the top was settled; null when there was no tie. */
  readonly tieBreak: string | null;
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
  readonly summitsHeld: readonly SummitHeld[];
  /** Which analyst's reading proved right; null while the game runs. */
  readonly reading: ReadingId | null;
  readonly apecResult: 'pending' | 'success' | 'failure';
  readonly end: GameEnd | null;
  /** Number of actions applied so far. */
  readonly step: number;
  readonly chronicle: readonly ChronicleEntry[];
  readonly history: readonly RoundRecord[];
}
