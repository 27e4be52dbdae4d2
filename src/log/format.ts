import type { Action } from '../engine';
import type { Seats } from './seats';

/** The saved-game file: what was played, by whom, and a hash of the state after every move. */
export const LOG_TYPE = 'summitry-log';
/**
 * Format version this build writes; it reads every version up to it. Bump it when the shape changes.
 * 2: the header (rules version, scenario, options, seats with their names, source) is covered by `headerHash`.
 * 1: the same without `headerHash`: only the game's states are covered, so an edited name still opens.
 */
export const LOG_VERSION = 2;
export type LogVersion = 1 | 2;
export const SCENARIO = 'autumn-2025';
/** Larger files are refused before parsing: a 100-round game is well under 1 MB. */
export const MAX_LOG_BYTES = 2 * 1024 * 1024;
/** Bounds that keep hostile files from costing much: 100 rounds of play fit easily. */
export const MAX_ACTIONS = 5000;
export const MAX_NAME_LENGTH = 40;
export const MAX_SOURCE_LENGTH = 200;
/** A seed typed by a person (rules 2.0 on) or 32 hex digits drawn by the app. */
export const MAX_SEED_LENGTH = 64;

/** A log's options: rules 1.0.0 took a whole-number seed, rules 2.0 on a text seed (see rulesets.ts). */
export interface LogOptions {
  readonly seed: number | string;
  readonly rounds: number;
}

export interface GameLog {
  readonly type: typeof LOG_TYPE;
  readonly version: LogVersion;
  /** Engine rules the game was played under; replay needs the same rules. */
  readonly rulesVersion: string;
  /** What wrote the file, e.g. "Summitry web 1.0.0" or "summitry sim". Plain text. */
  readonly source?: string;
  /** ISO 8601 time the log was written. */
  readonly createdAt?: string;
  readonly scenario: typeof SCENARIO;
  readonly options: LogOptions;
  readonly seats: Seats;
  /** Format 2 on: hash of the header (see headerHash.ts), so editing a name, a seat or the source is caught. */
  readonly headerHash?: string;
  readonly actions: readonly Action[];
  /** `stateHash` of the state after each action: hashes[i] follows actions[i]. */
  readonly hashes: readonly string[];
  /** `stateHash` of the last state (the new game's, when there are no actions). */
  readonly finalHash: string;
}

export const LOG_ERROR_CODES = [
  'ERR_TOO_LARGE', 'ERR_EMPTY', 'ERR_NOT_JSON', 'ERR_SCHEMA', 'ERR_VERSION', 'ERR_RULES_VERSION',
  'ERR_ILLEGAL_ACTION', 'ERR_HASH_MISMATCH', 'ERR_SHARE_LINK',
] as const;
export type LogErrorCode = (typeof LOG_ERROR_CODES)[number];

export interface LogError {
  readonly code: LogErrorCode;
  /** One plain-language sentence saying what is wrong and where. */
  readonly message: string;
  /** Where in the document, e.g. "actions[12].card". */
  readonly path?: string;
  /** 1-based number of the action at fault (action N leads to step N). */
  readonly action?: number;
}
