import { ACTORS, type ActorId } from './actors';
import { cardsInPlay } from './cards';
import type { Draft, DraftActor } from './draft';
import { OBJECTIVES_DEALT, objectivesOf } from './objectives';
import { isSeed, seedRng, shuffle } from './prng';
import type { ResourceId } from './resources';
import { type GameOptions, type GameState, MAX_ROUNDS, MIN_ROUNDS, RULES_VERSION, STANDARD_ROUNDS } from './state';
import { TRACKS, TRACK_INFO, type TrackId } from './tracks';
import { err, ok, type Result } from './result';

/** Where each actor stands in early September 2025. */
export const START_RESOURCES: Readonly<Record<ActorId, Readonly<Record<ResourceId, number>>>> = {
  US: { capital: 3, economy: 5, military: 8, standing: 5 },
  KP: { capital: 3, economy: 2, military: 6, standing: 5 },
  CN: { capital: 3, economy: 6, military: 6, standing: 5 },
  RU: { capital: 6, economy: 5, military: 6, standing: 6 },
  KR: { capital: 3, economy: 6, military: 5, standing: 4 },
};

export interface SetupError {
  readonly code: 'ERR_SETUP';
  readonly message: string;
}

export function validateOptions(o: Partial<GameOptions>): Result<GameOptions, SetupError> {
  const seed = o.seed ?? '1';
  const rounds = o.rounds ?? STANDARD_ROUNDS;
  if (!isSeed(seed)) return err({ code: 'ERR_SETUP', message: 'A seed must be 1 to 64 printable ASCII characters.' });
  if (!Number.isInteger(rounds) || rounds < MIN_ROUNDS || rounds > MAX_ROUNDS) return err({ code: 'ERR_SETUP', message: `Rounds must be an integer from ${MIN_ROUNDS} to ${MAX_ROUNDS}, got ${String(rounds)}.` });
  return ok({ seed, rounds });
}

/**
 * A new game: deck shuffled and two hidden objectives dealt to each actor. It starts in the setup phase:
 * each actor in turn keeps one objective and records a forecast; then round 1 begins (world events, hands).
 */
export function newGame(options: Partial<GameOptions> = {}): Result<GameState, SetupError> {
  const v = validateOptions(options);
  if (!v.ok) return v;
  let rng = seedRng(v.value.seed);
  let deck: string[];
  // The September deck (and, in a very short game, the decks that enter in round 1).
  [deck, rng] = shuffle(cardsInPlay(1, v.value.rounds), rng);
  const actors = {} as Record<ActorId, DraftActor>;
  for (const id of ACTORS) {
    let choices: string[];
    [choices, rng] = shuffle(objectivesOf(id).map((o) => o.id), rng);
    actors[id] = { resources: { ...START_RESOURCES[id] }, hand: [], objectiveChoices: choices.slice(0, OBJECTIVES_DEALT), objective: '', forecast: null, opsThisRound: [], vp: 0 };
  }
  const tracks = {} as Record<TrackId, number>;
  for (const t of TRACKS) tracks[t] = TRACK_INFO[t].start;
  const vp = {} as Record<ActorId, number>;
  for (const id of ACTORS) vp[id] = 0;
  const d: Draft = {
    rulesVersion: RULES_VERSION,
    options: v.value,
    rng,
    round: 1,
    phase: 'setup',
    turn: 0,
    actors,
    tracks,
    deck,
    discard: [],
    summit: null,
    deals: [],
    summitsHeld: [],
    reading: null,
    apecResult: 'pending',
    end: null,
    step: 0,
    chronicle: [],
    history: [{ round: 0, tracks: { ...tracks }, vp }],
  };
  return ok(d);
}

/** For callers that know their options are valid (tests, CLI defaults). */
export function newGameOrThrow(options: Partial<GameOptions> = {}): GameState {
  const r = newGame(options);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
