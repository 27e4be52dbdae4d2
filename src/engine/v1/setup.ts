import { ACTORS, type ActorId } from './actors';
import { CARDS } from './cards';
import type { Draft, DraftActor } from './draft';
import { startRound } from './flow';
import { objectivesOf } from './objectives';
import { nextInt, seedRng, shuffle } from './prng';
import type { ResourceId } from './resources';
import { type GameOptions, type GameState, MAX_ROUNDS, MIN_ROUNDS, RULES_VERSION, STANDARD_ROUNDS } from './state';
import { TRACKS, TRACK_INFO, type TrackId } from './tracks';
import { err, ok, type Result } from './result';

/** Where each actor stands in early September 2025. */
export const START_RESOURCES: Readonly<Record<ActorId, Readonly<Record<ResourceId, number>>>> = {
  US: { capital: 3, economy: 7, military: 8, standing: 5 },
  KP: { capital: 3, economy: 2, military: 6, standing: 5 },
  CN: { capital: 3, economy: 4, military: 6, standing: 5 },
  RU: { capital: 6, economy: 4, military: 6, standing: 6 },
  KR: { capital: 3, economy: 6, military: 5, standing: 4 },
};

export interface SetupError {
  readonly code: 'ERR_SETUP';
  readonly message: string;
}

export function validateOptions(o: Partial<GameOptions>): Result<GameOptions, SetupError> {
  const seed = o.seed ?? 1;
  const rounds = o.rounds ?? STANDARD_ROUNDS;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) return err({ code: 'ERR_SETUP', message: `Seed must be an integer from 0 to 4294967295, got ${String(seed)}.` });
  if (!Number.isInteger(rounds) || rounds < MIN_ROUNDS || rounds > MAX_ROUNDS) return err({ code: 'ERR_SETUP', message: `Rounds must be an integer from ${MIN_ROUNDS} to ${MAX_ROUNDS}, got ${String(rounds)}.` });
  return ok({ seed, rounds });
}

/** A new game: deck shuffled, hidden objectives dealt, round 1's world events applied and hands drawn. */
export function newGame(options: Partial<GameOptions> = {}): Result<GameState, SetupError> {
  const v = validateOptions(options);
  if (!v.ok) return v;
  let rng = seedRng(v.value.seed);
  let deck: string[];
  [deck, rng] = shuffle(CARDS.map((c) => c.id), rng);
  const actors = {} as Record<ActorId, DraftActor>;
  for (const id of ACTORS) {
    const choices = objectivesOf(id);
    let i: number;
    [i, rng] = nextInt(rng, choices.length);
    actors[id] = { resources: { ...START_RESOURCES[id] }, hand: [], objective: choices[i]!.id, vp: 0 };
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
    phase: 'action',
    turn: 0,
    actors,
    tracks,
    deck,
    discard: [],
    summit: null,
    deals: [],
    apecResult: 'pending',
    end: null,
    step: 0,
    chronicle: [],
    history: [{ round: 0, tracks: { ...tracks }, vp }],
  };
  startRound(d);
  return ok(d);
}

/** For callers that know their options are valid (tests, CLI defaults). */
export function newGameOrThrow(options: Partial<GameOptions> = {}): GameState {
  const r = newGame(options);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
