import { ACTORS, type ActorId, type ActorState, type GameState } from '../engine';
import type * as v1 from '../engine/v1';

/**
 * A rules 1.0.0 state in today's shape, for the board, the move list and the debrief only: the game is never
 * continued from it (log/rulesets.ts) and its hashes are taken on the 1.0.0 state itself. What 1.0.0 did not
 * have is filled as "did not happen": no setup choices or forecasts, no third parties at a table, no record
 * of North Korea's decisions beyond the deals. Tracks, hands, scores and the chronicle are the same values.
 */
export function fromV1(s: v1.GameState): GameState {
  const actors = {} as Record<ActorId, ActorState>;
  for (const id of ACTORS) {
    const a = s.actors[id];
    actors[id] = { resources: a.resources, hand: a.hand, objectiveChoices: a.objective ? [a.objective] : [], objective: a.objective, forecast: null, opsThisRound: [], vp: a.vp };
  }
  return {
    rulesVersion: s.rulesVersion,
    options: { seed: String(s.options.seed), rounds: s.options.rounds },
    // The display never draws from it; a fixed value keeps a 1.0.0 seed's stream out of today's PRNG.
    rng: [0, 0, 0, 0],
    round: s.round,
    phase: s.phase,
    turn: s.turn,
    actors,
    tracks: s.tracks,
    deck: s.deck,
    discard: s.discard,
    summit: s.summit && { tables: s.summit.tables, index: s.summit.index, stage: 'offer', precondition: null, interventions: [], waiting: [], offer: s.summit.offer },
    deals: s.deals,
    summitsHeld: s.deals.map((d) => ({ round: d.round, table: d.table, attended: true, precondition: null })),
    reading: null,
    apecResult: s.apecResult,
    end: s.end && { reason: s.end.reason, culprit: s.end.culprit, tieBreak: null },
    step: s.step,
    chronicle: s.chronicle,
    history: s.history,
  };
}
