import { z } from '../zodSetup';
import { type Action, type GameOptions, type GameState, RULES_VERSION } from '../engine';
import type { Seats } from '../log/seats';
import { actionSchema, seatsSchema } from '../log/schema';
import { MAX_ACTIONS } from '../log/format';
import { describeIssue, newerFormatMessage } from '../log/parse';
import { safeJsonParse } from '../log/json';
import { playPrefix, replayActions } from '../log/replay';
import { knownRulesVersions, loadRuleset, notLoadedMessage, rulesetFor, rulesInfo } from '../log/rulesets';
import { optionsSchema } from './input';

/** Where the hot-seat game autosaved before the library (src/store/library.ts); read once to migrate. */
export const SAVE_KEY = 'summitry:game';
/** 2: the header names its rules version. 1: no rules version; every such save was played under rules 1.0.0. */
export const SAVE_VERSION = 2;
const RULES_OF_VERSION_1 = '1.0.0';

export interface GameHeader {
  /** The rules the game is played under; only the current rules can be continued (log/rulesets.ts). */
  readonly rulesVersion: string;
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

const headerFields = { options: optionsSchema, seats: seatsSchema, createdAt: z.string().max(40) };
const bodyFields = { log: z.array(actionSchema).max(MAX_ACTIONS), cursor: z.number().int().min(0) };
const saveSchema = z.discriminatedUnion('version', [
  z.strictObject({ version: z.literal(1), header: z.strictObject(headerFields), ...bodyFields }),
  z.strictObject({ version: z.literal(SAVE_VERSION), header: z.strictObject({ ...headerFields, rulesVersion: z.string().regex(/^\d+\.\d+\.\d+$/).max(20) }), ...bodyFields }),
]);

/** The plain object that is stored (JSON-safe and structured-clone-safe). */
export const saveData = (g: SavedGame) => ({ version: SAVE_VERSION, header: g.header, log: g.log, cursor: g.cursor });

export function serializeSave(g: SavedGame): string {
  return JSON.stringify(saveData(g));
}

/** Why a save could not be resumed; `raw` is kept so the player can download it. */
export interface SaveProblem {
  readonly message: string;
  readonly raw: string;
  /** Where it was read: the old single-slot save (removed once the player moves on) or a library record (kept). */
  readonly source?: 'legacy' | 'library';
}

export type RestoreResult =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly game: SavedGame; readonly states: readonly GameState[] }
  /** A game saved under older rules: it replays and exports as it was played, but cannot be continued. */
  | { readonly kind: 'older'; readonly game: SavedGame; readonly states: readonly GameState[]; readonly message: string }
  | { readonly kind: 'damaged'; readonly problem: SaveProblem };

/** Reads a saved game: JSON, then schema, then every action replayed through the engine. */
export function restoreSave(raw: string | null): RestoreResult {
  if (raw === null) return { kind: 'none' };
  const damaged = (message: string): RestoreResult => ({ kind: 'damaged', problem: { message, raw } });
  const json = safeJsonParse(raw, 'saved game');
  if (!json.ok) return damaged(json.error.message);
  return restoreSaveData(json.value, raw);
}

/** Reads a saved game already parsed (a library record's `save`); `raw` is its text, kept if it is damaged. */
export function restoreSaveData(value: unknown, raw: string): RestoreResult {
  const damaged = (message: string): RestoreResult => ({ kind: 'damaged', problem: { message, raw } });
  const version = typeof value === 'object' && value !== null ? (value as { version?: unknown }).version : undefined;
  if (typeof version === 'number' && version > SAVE_VERSION) {
    return damaged(newerFormatMessage('This saved game', version, SAVE_VERSION));
  }
  const parsed = saveSchema.safeParse(value);
  if (!parsed.success) return damaged(`The saved game is not in the expected shape (${describeIssue(parsed.error.issues[0]!).message}).`);
  const { log, cursor } = parsed.data;
  const h = parsed.data.header;
  const header = { ...h, rulesVersion: 'rulesVersion' in h ? h.rulesVersion : RULES_OF_VERSION_1 } as unknown as GameHeader;
  if (cursor > log.length) return damaged(`The saved game points at move ${cursor}, but only ${log.length} moves were saved.`);
  const game = { header, log: log as readonly Action[], cursor };
  if (!rulesInfo(header.rulesVersion)) return damaged(`The saved game was played under rules ${header.rulesVersion}, which this Summitry does not know (it knows ${knownRulesVersions()}).`);
  const rules = rulesetFor(header.rulesVersion);
  if (!rules) return damaged(notLoadedMessage(header.rulesVersion));
  if (!rules.playable) {
    // Checked as a log would be: its moves must still replay under their own rules.
    const { states, stop } = playPrefix(header.options, game.log, rules);
    if (stop) return damaged(`The saved game cannot be replayed: ${stop.message}`);
    return { kind: 'older', game, states, message: olderRulesMessage(header.rulesVersion) };
  }
  const replay = replayActions(header.options, game.log);
  if (!replay.ok) return damaged(`The saved game cannot be replayed: ${replay.error.message}`);
  return { kind: 'ok', game, states: replay.value };
}

/** The rules a save names, read without checking the rest (a format-1 save is a 1.0.0 game); null if it names none. */
export function saveRulesVersion(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const save = value as { version?: unknown; header?: { rulesVersion?: unknown } };
  if (save.version === 1) return RULES_OF_VERSION_1;
  const v = typeof save.header === 'object' && save.header !== null ? save.header.rulesVersion : undefined;
  return typeof v === 'string' ? v : null;
}

/**
 * Loads the older rules a save names, so restoreSave can replay it: in the browser they come in their own chunk
 * (log/rulesets.ts). False only if they could not be fetched (offline): the caller then leaves the save as it is,
 * rather than call it damaged. A save naming no rules, or unknown ones, is left to restoreSave to describe.
 */
export async function loadSaveRules(value: unknown): Promise<boolean> {
  const version = saveRulesVersion(value);
  if (version === null || !rulesInfo(version)) return true;
  try {
    await loadRuleset(version);
    return true;
  } catch {
    return false;
  }
}

/** Why a game saved under older rules cannot be opened just now (loadSaveRules said false). */
export const rulesUnavailableMessage = (value: unknown): string =>
  `The rules ${saveRulesVersion(value)} this game was played under could not be loaded (are you offline?). Try again in a moment.`;

/** Why a game saved under older rules opens in the replay viewer instead of the table. */
export const olderRulesMessage = (version: string): string =>
  `This game was played under rules ${version}. Summitry now plays rules ${RULES_VERSION}: the game can be replayed and exported as it was played, but not continued.`;
