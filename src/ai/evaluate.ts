import {
  ACTORS, AGENDA, type ActorId, APEC_FAILURE_VP, APEC_MAX_TENSION, APEC_MIN_PREP, APEC_SUCCESS_VP, CATASTROPHE_TENSION,
  DEAL_VP, FORECAST_VP, STANDING_FINAL_VP, type GameState, objectivesOf, type ReadingId, readingOf, SUMMIT_READY, TABLE_INFO, TABLES,
} from '../engine';
import { type ConditionShape, discoverShape, distance, probeBase } from './levers';

/**
 * How good a position is for one actor, in victory points it can expect at the end.
 * Shared by the heuristic bot (one-ply look-ahead) and the search bot (rollout cut-off).
 * It reads only what the actor may know: public tracks and VP, its own objective; for the
 * others it averages over the objectives they might hold.
 */

interface Scored { readonly met: (s: GameState) => boolean; readonly shape: ConditionShape; readonly vp: number }

let agendaShapes: Record<ActorId, readonly Scored[]> | null = null;
let objectiveShapes: Map<string, Scored> | null = null;

function shapes() {
  if (!agendaShapes || !objectiveShapes) {
    const base = probeBase();
    agendaShapes = {} as Record<ActorId, readonly Scored[]>;
    for (const id of ACTORS) agendaShapes[id] = AGENDA[id].map((a) => ({ met: a.met, shape: discoverShape(a.met, base), vp: a.vp }));
    objectiveShapes = new Map();
    for (const id of ACTORS) for (const o of objectivesOf(id)) objectiveShapes.set(o.id, { met: o.met, shape: discoverShape(o.met, base), vp: o.vp });
  }
  return { agenda: agendaShapes, objectives: objectiveShapes };
}

/** Tuning weights, gathered so the search for good play is one table. In VP (rules 2.3 doubled every award). */
export const WEIGHTS = {
  /** Credit for an unmet condition this many steps away: HALF_LIFE ** steps. */
  halfLife: 0.45,
  /** A met agenda item counts for the coming scoring fully, for later scorings at this rate each. */
  futureScoring: 0.45,
  capital: 0.6,
  capitalCap: 6,
  standingBonus: 0.8,
  /** Weight of the best rival's prospects against one's own: winning is about rank. */
  rival: 0.3,
  /** Value of an open summit table to each side that gains DEAL_VP from it. */
  summitOpen: 0.5,
  /** Lost by everyone when the game ends in catastrophe (nobody wins). */
  catastrophe: 24,
  /** Extra for the actor who pushed tension over the edge. */
  culprit: 40,
  winBonus: 16,
} as const;

const credit = (d: number) => (d === 0 ? 1 : d === Infinity ? 0 : WEIGHTS.halfLife ** d);

/** Scorings still to come: this round's (if not yet scored) and every later one. */
function scoringsLeft(s: GameState): number {
  return s.phase === 'ended' ? 0 : s.options.rounds - s.round + 1;
}

/** Chance the game ends in catastrophe soon, from tension alone. */
export function catastropheRisk(tension: number): number {
  const gap = CATASTROPHE_TENSION - tension;
  return gap <= 0 ? 1 : gap === 1 ? 0.35 : gap === 2 ? 0.12 : gap === 3 ? 0.03 : 0;
}

function apecProspect(s: GameState, actor: ActorId): number {
  if (s.apecResult !== 'pending') return 0;
  const gap = Math.max(0, APEC_MIN_PREP - s.tracks.apec) + Math.max(0, s.tracks.tension - APEC_MAX_TENSION);
  const p = credit(gap);
  // Judged in the APEC round or the last round; the nearer it is, the surer the projection.
  return p * APEC_SUCCESS_VP[actor] + (1 - p) * APEC_FAILURE_VP[actor];
}

/** Chance that a table at this readiness holds a summit in one of the rounds left (a rough, public estimate). */
function summitChance(readiness: number, roundsLeft: number): number {
  const perRound = readiness >= SUMMIT_READY ? 0.7 : credit(SUMMIT_READY - readiness) * 0.6;
  return 1 - (1 - perRound) ** Math.max(0, roundsLeft);
}

/**
 * How likely each analyst's reading is to prove right, from public facts: settled once North Korea has
 * sat down with Trump; before that, from the two readiness tracks and the rounds left.
 */
export function readingChances(s: GameState): Record<ReadingId, number> {
  if (s.summitsHeld.some((h) => h.table === 'USKP' && h.attended) || s.phase === 'ended') {
    const r = readingOf(s);
    return { defersToXi: r === 'defersToXi' ? 1 : 0, ownCalculation: r === 'ownCalculation' ? 1 : 0, noSummit: r === 'noSummit' ? 1 : 0 };
  }
  const left = scoringsLeft(s);
  const attend = summitChance(s.tracks.summitUSKP, left) * 0.75;
  const cnFirst = s.deals.some((d) => d.table === 'USCN') ? 1 : summitChance(s.tracks.summitUSCN, left) * 0.5;
  return { defersToXi: attend * cnFirst, ownCalculation: attend * (1 - cnFirst), noSummit: 1 - attend };
}

function objectiveProspect(s: GameState, o: Scored): number {
  return credit(distance(o.shape, s)) * o.vp;
}

/**
 * Expected final VP of `actor` (not counting rank). `knownObjective` is that actor's objective if the
 * evaluator knows it; otherwise the average over the objectives it may hold.
 */
export function prospect(s: GameState, actor: ActorId, knownObjective: string | null): number {
  const { agenda, objectives } = shapes();
  const a = s.actors[actor];
  let v = a.vp;
  if (s.phase === 'ended') return v;
  const left = scoringsLeft(s);
  const agendaWeight = 1 + WEIGHTS.futureScoring * (left - 1);
  for (const item of agenda[actor]) v += (item.met(s) ? 1 : credit(distance(item.shape, s))) * item.vp * agendaWeight;
  if (knownObjective !== null) {
    const o = objectives.get(knownObjective);
    if (o) v += o.met(s) ? o.vp : objectiveProspect(s, o);
  } else {
    const opts = objectivesOf(actor);
    let sum = 0;
    for (const o of opts) sum += objectiveProspect(s, objectives.get(o.id)!);
    v += sum / opts.length;
  }
  v += apecProspect(s, actor);
  // A recorded forecast is worth its VP times the chance it proves right (others' forecasts are secret).
  const forecast = knownObjective !== null ? s.actors[actor].forecast : null;
  if (forecast !== null) v += FORECAST_VP * readingChances(s)[forecast];
  for (const t of TABLES) {
    const info = TABLE_INFO[t];
    if (info.host !== actor && info.guest !== actor) continue;
    const ready = s.tracks[info.readiness];
    v += WEIGHTS.summitOpen * DEAL_VP * (ready >= SUMMIT_READY ? 1 : credit(SUMMIT_READY - ready)) * Math.min(1, left / 2);
  }
  // Standing scores at the end as it stands; what it earns before then (capital income) is the bonus below.
  v += STANDING_FINAL_VP * a.resources.standing;
  if (left > 1) {
    v += WEIGHTS.capital * Math.min(a.resources.capital, WEIGHTS.capitalCap);
    if (a.resources.standing >= 6) v += WEIGHTS.standingBonus;
  }
  v -= catastropheRisk(s.tracks.tension) * WEIGHTS.catastrophe;
  return v;
}

/**
 * Value of a position for `actor`: its prospects against its best rival's, with catastrophe
 * counted as a loss for all and a disaster for its culprit.
 */
export function evaluate(s: GameState, actor: ActorId, objectiveOf: (id: ActorId) => string | null): number {
  const mine = prospect(s, actor, objectiveOf(actor));
  let rival = -Infinity;
  for (const id of ACTORS) {
    if (id === actor) continue;
    const p = prospect(s, id, objectiveOf(id));
    if (p > rival) rival = p;
  }
  let v = mine - WEIGHTS.rival * rival;
  if (s.phase === 'ended' && s.end?.reason === 'catastrophe') return v - WEIGHTS.catastrophe - (s.end.culprit === actor ? WEIGHTS.culprit : 0);
  if (s.phase === 'ended' && mine > rival) v += WEIGHTS.winBonus;
  return v;
}

/** The evaluator's knowledge: its own objective only (others' objectives are secret until the end). */
export const ownKnowledge = (s: GameState, seat: ActorId) => (id: ActorId): string | null =>
  id === seat || s.phase === 'ended' ? s.actors[id].objective : null;

/** After determinization every objective is a (sampled) fact. */
export const fullKnowledge = (s: GameState) => (id: ActorId): string | null => s.actors[id].objective;
