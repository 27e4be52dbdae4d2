import type { ActorId } from './actors';
import { linkChronicle } from './chronicle';
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
  /**
   * Only the lines this action adds (`log` pushes them): the state it becomes links them to the input
   * state's chronicle instead of copying it (see chronicle.ts). Nothing reads it during an action.
   */
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
    chronicle: [],
    history: s.history,
  };
}

/** The state a draft of `from` has become: its fields, and its chronicle linked to `from`'s (chronicle.ts). */
export function seal(d: Draft, from: GameState): GameState {
  // A fresh literal, not the draft nor a rest copy: every state keeps one shape, which keeps the engine's reads fast.
  const state = {
    rulesVersion: d.rulesVersion,
    options: d.options,
    rng: d.rng,
    round: d.round,
    phase: d.phase,
    turn: d.turn,
    actors: d.actors,
    tracks: d.tracks,
    deck: d.deck,
    discard: d.discard,
    summit: d.summit,
    deals: d.deals,
    summitsHeld: d.summitsHeld,
    reading: d.reading,
    apecResult: d.apecResult,
    end: d.end,
    step: d.step,
    history: d.history,
  };
  return linkChronicle(state, from, d.chronicle);
}
