import type { ActorId } from './actors';
import { ACTORS } from './actors';
import type { CardId } from './cards';
import type { OpId } from './ops';
import type { RngState } from './prng';
import type { ReadingId } from './readings';
import type { ResourceId } from './resources';
import type { ActorState, ChronicleEntry, Deal, GameEnd, GameOptions, GameState, Phase, RoundRecord, SummitHeld, SummitStep } from './state';
import type { TrackId } from './tracks';

/**
 * A private, mutable copy of a state. `apply` clones once, mutates the copy, and hands it out as a
 * readonly GameState: the input is never touched, and there is no per-field copying on the hot path.
 */
export interface DraftActor {
  resources: Record<ResourceId, number>;
  hand: CardId[];
  objectiveChoices: readonly string[];
  objective: string;
  forecast: ReadingId | null;
  /** Replaced, never pushed to (rarely non-empty), so the copy can share it. */
  opsThisRound: readonly OpId[];
  vp: number;
}

export interface Draft {
  rulesVersion: string;
  options: GameOptions;
  rng: RngState;
  round: number;
  phase: Phase;
  turn: number;
  actors: Record<ActorId, DraftActor>;
  tracks: Record<TrackId, number>;
  deck: CardId[];
  discard: CardId[];
  summit: SummitStep | null;
  deals: Deal[];
  summitsHeld: readonly SummitHeld[];
  reading: ReadingId | null;
  apecResult: GameState['apecResult'];
  end: GameEnd | null;
  step: number;
  chronicle: ChronicleEntry[];
  /** Shared with the input state; replaced, never pushed to, when a round is recorded (a few times a game). */
  history: readonly RoundRecord[];
}

const cloneActor = (a: ActorState): DraftActor => ({
  resources: { ...a.resources }, hand: a.hand.slice(), objectiveChoices: a.objectiveChoices, objective: a.objective, forecast: a.forecast, opsThisRound: a.opsThisRound, vp: a.vp,
});

export function draft(s: GameState): Draft {
  const actors = {} as Record<ActorId, DraftActor>;
  for (const id of ACTORS) actors[id] = cloneActor(s.actors[id]);
  return {
    rulesVersion: s.rulesVersion,
    options: s.options,
    rng: s.rng,
    round: s.round,
    phase: s.phase,
    turn: s.turn,
    actors,
    tracks: { ...s.tracks },
    deck: s.deck.slice(),
    discard: s.discard.slice(),
    summit: s.summit,
    deals: s.deals.slice(),
    summitsHeld: s.summitsHeld,
    reading: s.reading,
    apecResult: s.apecResult,
    end: s.end,
    step: s.step,
    chronicle: s.chronicle.slice(),
    history: s.history,
  };
}
