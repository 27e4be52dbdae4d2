import { createStore, del, entries, get, update, type UseStore } from 'idb-keyval';
import { z } from '../zodSetup';
import { ACTOR_INFO, ACTORS, type GameState } from '../engine';
import type { GameHeader, SavedGame } from './save';
import { saveData } from './save';

/**
 * The saved-games library: every hot-seat and classroom game, in progress or finished, one IndexedDB
 * record each (through idb-keyval). A record holds the save exactly as before ({version, header, log,
 * cursor}) plus what the Saved games screen lists without replaying (summary) and a revision number
 * that two tabs use to never overwrite each other's moves.
 */

export const LIBRARY_DB = 'summitry';
export const LIBRARY_STORE = 'games';
/** The game this browser had open last, so a reload resumes it (one small key). */
export const CURRENT_KEY = 'summitry:current';

export const GAME_KINDS = ['hotseat', 'classroom'] as const;
export type GameKind = (typeof GAME_KINDS)[number];

export interface GameSummary {
  readonly round: number;
  readonly rounds: number;
  readonly ended: boolean;
  readonly moves: number;
  /** Actor and who plays it, in seat order: "United States: Ana", "China: bot". */
  readonly players: readonly string[];
  /** Highest VP at the end (ties: every leader), or at the last save. */
  readonly leaders: readonly string[];
}

export interface LibraryRecord {
  readonly format: 1;
  readonly id: string;
  readonly kind: GameKind;
  /** Bumped by every write; a writer must have read the previous one (see putGame). */
  readonly rev: number;
  readonly updatedAt: string;
  readonly summary: GameSummary;
  readonly save: ReturnType<typeof saveData>;
}

/** Only the listing fields are checked here; the save itself is checked by restoreSaveData when opened. */
const short = z.string().max(200);
export const listingSchema = z.object({
  id: z.string().min(1).max(80),
  kind: z.enum(GAME_KINDS),
  rev: z.number().int().min(0),
  updatedAt: short,
  summary: z.object({
    round: z.number().int(),
    rounds: z.number().int(),
    ended: z.boolean(),
    moves: z.number().int().min(0),
    players: z.array(short).max(5),
    leaders: z.array(short).max(5),
  }),
});
export type Listing = z.infer<typeof listingSchema>;

export type StorageReason = 'full' | 'blocked' | 'failed';
export class StorageProblem extends Error {
  constructor(readonly reason: StorageReason, message: string) {
    super(message);
  }
}

/** The player-facing reason an IndexedDB call failed: quota, blocked (private mode, settings), or other. */
export function classifyStorageError(e: unknown): StorageProblem {
  if (e instanceof StorageProblem) return e;
  const name = e instanceof Error || e instanceof DOMException ? e.name : '';
  if (name === 'QuotaExceededError' || /quota/i.test(String((e as Error)?.message ?? ''))) {
    return new StorageProblem('full', "This browser's storage for Summitry is full.");
  }
  if (['SecurityError', 'InvalidStateError', 'UnknownError', 'NotAllowedError', 'NotFoundError', 'VersionError'].includes(name)) {
    return new StorageProblem('blocked', 'This browser does not let Summitry store games (private browsing or site settings block it).');
  }
  return new StorageProblem('failed', `Saving failed (${name || 'unknown error'}).`);
}

let idbStore: UseStore | null = null;
function store(): UseStore {
  if (idbStore) return idbStore;
  let idb: IDBFactory | undefined;
  try {
    idb = globalThis.indexedDB;
  } catch {
    idb = undefined; // Some browsers throw on the mere access when storage is blocked.
  }
  if (!idb) throw new StorageProblem('blocked', 'This browser does not let Summitry store games (no IndexedDB: private browsing or site settings).');
  idbStore = createStore(LIBRARY_DB, LIBRARY_STORE);
  return idbStore;
}

/** Tests: forget the opened database. */
export function resetLibraryConnection(): void {
  idbStore = null;
}

async function guarded<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    throw classifyStorageError(e);
  }
}

export const getGame = (id: string): Promise<unknown> => guarded(() => get(id, store()));
export const deleteGame = (id: string): Promise<void> => guarded(() => del(id, store()));

/** Every record (unchecked values; list screens check each with listingSchema). */
export const allGames = (): Promise<[IDBValidKey, unknown][]> => guarded(() => entries(store()));

export type PutResult = { readonly ok: true } | { readonly ok: false; readonly stored: unknown };

/**
 * Writes the record only if the stored one is still revision `baseRev` (or absent): checked and
 * written in one IndexedDB transaction, so two tabs can never overwrite each other's moves.
 * On a mismatch nothing is written and the stored record is returned.
 */
export async function putGame(record: LibraryRecord, baseRev: number): Promise<PutResult> {
  let stored: unknown;
  let conflict = false;
  await guarded(() =>
    update(record.id, (old: unknown) => {
      const oldRev = typeof old === 'object' && old !== null ? (old as { rev?: unknown }).rev : undefined;
      if (old !== undefined && oldRev !== baseRev) {
        conflict = true;
        stored = old;
        return old;
      }
      return record;
    }, store()),
  );
  return conflict ? { ok: false, stored } : { ok: true };
}

export function readCurrentId(): string | null {
  try {
    const v = globalThis.localStorage?.getItem(CURRENT_KEY) ?? null;
    return v && v.length <= 80 ? v : null;
  } catch {
    return null;
  }
}

export function writeCurrentId(id: string | null): void {
  try {
    if (id) globalThis.localStorage?.setItem(CURRENT_KEY, id);
    else globalThis.localStorage?.removeItem(CURRENT_KEY);
  } catch {
    // Blocked: a reload then opens the home screen; the game is still in the library.
  }
}

/** A new library key: time-ordered and random enough that two tabs never pick the same. */
export function newGameId(now: Date): string {
  const bytes = new Uint8Array(6);
  globalThis.crypto.getRandomValues(bytes);
  return `g-${now.getTime().toString(36)}-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export function summarize(header: GameHeader, state: GameState, moves: number): GameSummary {
  const players = ACTORS.map((a) => {
    const seat = header.seats[a];
    return `${ACTOR_INFO[a].name}: ${seat.kind === 'human' ? seat.name ?? 'a player' : `${seat.level} bot`}`;
  });
  const best = Math.max(...ACTORS.map((a) => state.actors[a].vp));
  const leaders = ACTORS.filter((a) => state.actors[a].vp === best).map((a) => `${ACTOR_INFO[a].name} (${best} VP)`);
  return { round: state.round, rounds: header.options.rounds, ended: state.phase === 'ended', moves, players, leaders };
}

export function makeRecord(id: string, kind: GameKind, rev: number, game: SavedGame, state: GameState, now: Date): LibraryRecord {
  return { format: 1, id, kind, rev, updatedAt: now.toISOString(), summary: summarize(game.header, state, game.cursor), save: saveData(game) };
}
