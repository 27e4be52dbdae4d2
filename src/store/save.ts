import { z } from 'zod';
import { type Action, type GameOptions, type GameState, MAX_ROUNDS, MIN_ROUNDS } from '../engine';
import type { Seats } from '../log/seats';
import { actionSchema, seatsSchema } from '../log/schema';
import { MAX_ACTIONS } from '../log/format';
import { describeIssue, newerFormatMessage } from '../log/parse';
import { safeJsonParse } from '../log/json';
import { replayActions } from '../log/replay';

/** Where the hot-seat game autosaves. One game at a time. */
export const SAVE_KEY = 'summitry:game';
export const SAVE_VERSION = 1;

export interface GameHeader {
  readonly options: GameOptions;
  readonly seats: Seats;
  /** ISO time the game was started. */
  readonly createdAt: string;
}

/** Exactly what is persisted: plain JSON, no Map/Set, no derived state. */
export interface SavedGame {
  readonly header: GameHeader;
  readonly log: readonly Action[];
  readonly cursor: number;
}

const saveSchema = z.strictObject({
  version: z.literal(SAVE_VERSION),
  header: z.strictObject({
    options: z.strictObject({
      seed: z.number().int().min(0).max(0xffffffff),
      rounds: z.number().int().min(MIN_ROUNDS).max(MAX_ROUNDS),
    }),
    seats: seatsSchema,
    createdAt: z.string().max(40),
  }),
  log: z.array(actionSchema).max(MAX_ACTIONS),
  cursor: z.number().int().min(0),
});

export function serializeSave(g: SavedGame): string {
  return JSON.stringify({ version: SAVE_VERSION, header: g.header, log: g.log, cursor: g.cursor });
}

/** Why a save could not be resumed; `raw` is kept so the player can download it. */
export interface SaveProblem {
  readonly message: string;
  readonly raw: string;
}

export type RestoreResult =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly game: SavedGame; readonly states: readonly GameState[] }
  | { readonly kind: 'damaged'; readonly problem: SaveProblem };

/** Reads a saved game: JSON, then schema, then every action replayed through the engine. */
export function restoreSave(raw: string | null): RestoreResult {
  if (raw === null) return { kind: 'none' };
  const damaged = (message: string): RestoreResult => ({ kind: 'damaged', problem: { message, raw } });
  const json = safeJsonParse(raw, 'saved game');
  if (!json.ok) return damaged(json.error.message);
  // A newer save format is named as such, not as a shape it does not have.
  const v = (json.value as { version?: unknown } | null)?.version;
  if (typeof v === 'number' && v > SAVE_VERSION) return damaged(newerFormatMessage('This saved game', v, SAVE_VERSION));
  const parsed = saveSchema.safeParse(json.value);
  if (!parsed.success) return damaged(`The saved game is not in the expected shape (${describeIssue(parsed.error.issues[0]!).message}).`);
  const { header, log, cursor } = parsed.data;
  if (cursor > log.length) return damaged(`The saved game points at move ${cursor}, but only ${log.length} moves were saved.`);
  const replay = replayActions(header.options, log as readonly Action[]);
  if (!replay.ok) return damaged(`The saved game cannot be replayed: ${replay.error.message}`);
  return { kind: 'ok', game: { header, log: log as readonly Action[], cursor }, states: replay.value };
}
