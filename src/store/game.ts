import { create } from 'zustand';
import { immer } from 'zustand/middleware/immer';
import { useShallow } from 'zustand/react/shallow';
import { type Action, ACTORS, type ActorId, type GameOptions, type GameState, newGame, type RuleError, RULES_VERSION, toMove } from '../engine';
import { safeJsonParse } from '../log/json';
import { normalizeSeats } from '../log/names';
import { replayActions } from '../log/replay';
import { seatsSchema } from '../log/schema';
import type { Seats } from '../log/seats';
import { ownAction, ownOptions } from './input';
import {
  classifyStorageError, deleteGame, type GameKind, getGame, makeRecord, newGameId, putGame, readCurrentId, type StorageReason, writeCurrentId,
} from './library';
import { type GameHeader, loadSaveRules, restoreSave, restoreSaveData, rulesUnavailableMessage, SAVE_KEY, type SaveProblem, type SavedGame } from './save';
import { createLiveLock, type LiveLock, openTabLink, type TabLink, type TabMessage } from './tabs';
import { resetTimeline, seedTimeline, stateAt, tryStep } from './timeline';

/**
 * The game being played in this tab. Persisted state is only {header, log, cursor} (in the saved-games
 * library, src/store/library.ts); the GameState is derived by replaying the log to the cursor (cached
 * per step in ./timeline). Every change goes through the engine.
 */
export interface GameStoreState {
  readonly header: GameHeader | null;
  readonly log: readonly Action[];
  readonly cursor: number;
  /** A save that could not be resumed; kept (never overwritten) until the player decides. Not persisted. */
  readonly damaged: SaveProblem | null;
  /** The library key of this game. */
  readonly gameId: string | null;
  readonly kind: GameKind;
  /**
   * Hot-seat privacy: the seat whose player pressed Ready on its pass screen. Valid only while that
   * seat is to move; every change of the mover clears it, so no seat's secrets outlive its turn.
   * Never persisted: a reload covers the hands again.
   */
  readonly revealed: ActorId | null;
  /** Another tab is live on this game: this one shows its moves and cannot play until it takes over. */
  readonly following: boolean;
  /** The last autosave failed: the game goes on in memory only. */
  readonly storage: { readonly reason: StorageReason; readonly message: string } | null;
  /** Something the player should know about saving (a game kept as a copy after a clash between tabs). */
  readonly saveNote: string | null;
}

export type StoreError = RuleError | { readonly code: 'ERR_FOLLOWING'; readonly message: string };

export interface GameStoreActions {
  /** Starts a new game (a new library entry: nothing is overwritten). Null, or why the options or seats were refused. */
  startGame(options: GameOptions, seats: Seats, kind?: GameKind): { message: string } | null;
  /** Opens a game from its actions (replay's "continue from here") as a new library entry. Null, or why it failed. */
  loadGame(header: { options: GameOptions; seats: Seats }, actions: readonly Action[]): { message: string } | null;
  /** Opens a game from the library. Null, or why it could not be opened. */
  openSaved(id: string): Promise<{ message: string } | null>;
  /** Applies a move through the engine. On a rule error nothing changes. After undo, a new move cuts the log. */
  dispatch(action: Action): StoreError | null;
  /**
   * Back to the last human decision, taking back the bot moves that followed it. With several people
   * at the table the seat whose decision is taken back must press Ready again (its pass screen shows):
   * only a seat's own decision can be taken back while its hand is shown.
   */
  undo(): void;
  /** Forward again to the next human decision (or the end of the log). Covers the hands. */
  redo(): void;
  /** The mover's player pressed Ready on its pass screen. False if that seat is not the one to reveal. */
  reveal(actor: ActorId): boolean;
  /** This tab becomes the live one for its game; the other tabs follow. */
  takeOver(): void;
  /** Closes the game in this tab (it stays in the library). A damaged old save is dropped: the player chose. */
  clear(): void;
}

export type GameStore = GameStoreState & GameStoreActions;

const EMPTY: Pick<GameStoreState, 'header' | 'log' | 'cursor' | 'damaged' | 'gameId' | 'kind' | 'revealed' | 'following' | 'saveNote'> = {
  header: null, log: [], cursor: 0, damaged: null, gameId: null, kind: 'hotseat', revealed: null, following: false, saveNote: null,
};

const FOLLOWING: StoreError = { code: 'ERR_FOLLOWING', message: 'This game is being played in another tab; take over here to play.' };

/** A fresh header: only the options the engine takes, stamped now. */
const newHeader = (options: GameOptions, seats: Seats): GameHeader => ({ rulesVersion: RULES_VERSION, options, seats, createdAt: new Date().toISOString() });

const isHumanMove = (seats: Seats, a: Action | undefined) => a !== undefined && seats[a.actor].kind === 'human';

/** Index of the last human action before the cursor, or -1. */
function lastHumanBefore(s: GameStoreState): number {
  if (!s.header) return -1;
  for (let i = s.cursor - 1; i >= 0; i--) if (isHumanMove(s.header.seats, s.log[i])) return i;
  return -1;
}

/** `revealed` survives a change only if the same seat is still the one to move. */
function keepRevealed(header: GameHeader, log: readonly Action[], cursor: number, revealed: ActorId | null): ActorId | null {
  if (!revealed) return null;
  return toMove(stateAt(header, header.options, log, cursor)) === revealed ? revealed : null;
}

/** Seats and options as they are stored, or why not: the one rule shared with setup and the classroom. */
function checkGameInput(options: GameOptions, seats: Seats): { ok: true; options: GameOptions; seats: Seats } | { ok: false; message: string } {
  const o = ownOptions(options);
  if (!o.ok) return o;
  // The engine has the last word (rules 1.0.0 take only numeric seeds; later rules take strings).
  const first = newGame(o.value);
  if (!first.ok) return { ok: false, message: first.error.message };
  const clean = normalizeSeats(seats);
  const r = seatsSchema.safeParse(clean);
  if (!r.success) return { ok: false, message: 'The seats are not valid (each is a person or a bot of a known level).' };
  return { ok: true, options: o.value, seats: clean };
}

// --- Tabs and autosave state kept outside the store (not game data) ---

/** Revision of the library record this tab last read or wrote, per game. */
let baseRev = 0;
/** Set while a change from another tab is applied: it must not be saved again from here. */
let applyingRemote = false;
let tabs: TabLink | null = null;
let live: LiveLock | null = null;

/** The live tab closed: this one, next in line, plays on from the game as last saved. */
async function becomeLive(id: string): Promise<void> {
  try {
    const rec = (await getGame(id)) as { rev?: unknown; save?: unknown } | undefined;
    if (rec && typeof rec.rev === 'number' && rec.rev > baseRev) adopt(id, rec.rev, rec.save);
  } catch {
    // Unreadable now: play on from what the broadcasts brought.
  }
  if (useGameStore.getState().gameId === id) useGameStore.setState({ following: false, saveNote: null });
}

/** This tab tries to be the live one on `id`; if another tab is, this one follows it (and asks it for the game). */
function claimLive(id: string, steal = false): Promise<void> {
  live ??= createLiveLock(
    (lost) => {
      if (useGameStore.getState().gameId === lost) useGameStore.setState({ following: true, revealed: null });
    },
    (gained) => void becomeLive(gained),
  );
  return live.claim(id, steal).then((isLive) => {
    if (useGameStore.getState().gameId !== id) return;
    useGameStore.setState({ following: !isLive, ...(isLive ? {} : { revealed: null }) });
    if (!isLive) tabs?.post({ t: 'hello', id, from: tabs.tabId });
  });
}

export const useGameStore = create<GameStore>()(
  immer((set, get) => ({
    ...EMPTY,
    storage: null,

    startGame(options, seats, kind = 'hotseat') {
      const input = checkGameInput(options, seats);
      if (!input.ok) return { message: input.message };
      resetTimeline();
      const gameId = newGameId(new Date());
      baseRev = 0;
      dropLegacyIfDamaged(get().damaged);
      set({ ...EMPTY, header: newHeader(input.options, input.seats), gameId, kind });
      writeCurrentId(gameId);
      void claimLive(gameId);
      return null;
    },

    loadGame({ options, seats }, actions) {
      const input = checkGameInput(options, seats);
      if (!input.ok) return { message: input.message };
      const plain: Action[] = [];
      for (const [i, a] of actions.entries()) {
        const r = ownAction(a);
        if (!r.ok) return { message: `Action ${i + 1}: ${r.message}` };
        plain.push(r.value);
      }
      const r = replayActions(input.options, plain);
      if (!r.ok) return { message: r.error.message };
      const header = newHeader(input.options, input.seats);
      seedTimeline(header, plain, r.value);
      const gameId = newGameId(new Date());
      baseRev = 0;
      dropLegacyIfDamaged(get().damaged);
      set({ ...EMPTY, header, log: plain, cursor: plain.length, gameId });
      writeCurrentId(gameId);
      void claimLive(gameId);
      return null;
    },

    async openSaved(id) {
      let value: unknown;
      try {
        value = await getGame(id);
      } catch (e) {
        return { message: classifyStorageError(e).message };
      }
      if (value === undefined) return { message: 'This saved game is no longer in the library.' };
      const rec = value as { rev?: unknown; kind?: unknown; save?: unknown };
      if (!(await loadSaveRules(rec.save))) return { message: rulesUnavailableMessage(rec.save) };
      const r = restoreSaveData(rec.save, JSON.stringify(value));
      if (r.kind !== 'ok') return { message: r.kind === 'damaged' ? r.problem.message : r.kind === 'older' ? r.message : 'The saved game is empty.' };
      seedTimeline(r.game.header, r.game.log, r.states);
      baseRev = typeof rec.rev === 'number' ? rec.rev : 0;
      // Read-only until this tab knows no other tab is playing this game.
      set({ ...EMPTY, header: r.game.header, log: r.game.log, cursor: r.game.cursor, gameId: id, kind: rec.kind === 'classroom' ? 'classroom' : 'hotseat', following: true });
      writeCurrentId(id);
      await claimLive(id);
      return null;
    },

    dispatch(input) {
      const { header, log, cursor, following } = get();
      if (!header) return { code: 'ERR_GAME_OVER', message: 'No game is in progress.' };
      if (following) return FOLLOWING;
      // Only the action's own known fields are kept: what is saved is exactly what the engine saw.
      const own = ownAction(input);
      if (!own.ok) return { code: 'ERR_MALFORMED', message: own.message };
      const action = own.value;
      const error = tryStep(header, header.options, log, cursor, action);
      if (error) return error;
      // Built outside immer so the logged actions keep their identity (the per-step cache keys on it).
      const next = log.slice(0, cursor);
      next.push(action);
      set({ log: next, cursor: cursor + 1, revealed: keepRevealed(header, next, cursor + 1, get().revealed) });
      return null;
    },

    undo() {
      const s = get();
      if (s.following || !s.header) return;
      const i = lastHumanBefore(s);
      if (i < 0) return;
      // The seat whose decision is taken back moves again; unless its own hand is the one shown, its pass screen comes first.
      set({ cursor: i, revealed: keepRevealed(s.header, s.log, i, s.revealed) });
    },

    redo() {
      const { header, log, cursor, following, revealed } = get();
      if (following || !header || cursor >= log.length) return;
      let c = cursor + 1;
      while (c < log.length && !isHumanMove(header.seats, log[c])) c++;
      set({ cursor: c, revealed: keepRevealed(header, log, c, revealed) });
    },

    reveal(actor) {
      const seat = selectTableSeat(get());
      if (seat.kind !== 'pass' || seat.seat !== actor) return false;
      set({ revealed: actor });
      return true;
    },

    takeOver() {
      const { gameId, following } = get();
      if (!gameId || !following) return;
      void claimLive(gameId, true).then(() => {
        if (!get().following) tabs?.post({ t: 'takeover', id: gameId, from: tabs.tabId });
      });
    },

    clear() {
      live?.release();
      resetTimeline();
      dropLegacyIfDamaged(get().damaged);
      baseRev = 0;
      set({ ...EMPTY });
      writeCurrentId(null);
    },
  })),
);

/** The old single-slot save, when damaged, is removed only once the player moved on from it. */
function dropLegacyIfDamaged(damaged: SaveProblem | null): void {
  if (!damaged || damaged.source !== 'legacy') return;
  try {
    globalThis.localStorage?.removeItem(SAVE_KEY);
  } catch {
    // Blocked storage: nothing was there to remove.
  }
}

// --- Privacy: what the table may show ---

/**
 * What the hot-seat table shows in the seat's private area:
 * - `pass`: the pass screen for this human seat (nothing private is rendered);
 * - `seat`: this seat's hand and objective (its player pressed Ready, or it is the only person at the table);
 * - `public`: nobody's (bots to move, the game is over, or no game).
 */
export type TableSeat = { readonly kind: 'pass'; readonly seat: ActorId } | { readonly kind: 'seat'; readonly seat: ActorId } | { readonly kind: 'public' };
const PUBLIC: TableSeat = { kind: 'public' };

export function selectTableSeat(s: GameStoreState): TableSeat {
  const state = selectGameState(s);
  if (!s.header || !state || state.phase === 'ended') return PUBLIC;
  const humans = ACTORS.filter((a) => s.header!.seats[a].kind === 'human');
  if (humans.length === 0) return PUBLIC;
  if (humans.length === 1) return { kind: 'seat', seat: humans[0]! };
  const mover = toMove(state);
  if (!mover || s.header.seats[mover].kind !== 'human') return PUBLIC;
  return s.revealed === mover ? { kind: 'seat', seat: mover } : { kind: 'pass', seat: mover };
}

export const useTableSeat = (): TableSeat => useGameStore(useShallow(selectTableSeat));

// --- Autosave to the library ---

let writing = false;
let dirty = false;

function snapshot(): { id: string; kind: GameKind; game: SavedGame; state: GameState } | null {
  const s = useGameStore.getState();
  const state = selectGameState(s);
  if (!s.header || !s.gameId || !state) return null;
  return { id: s.gameId, kind: s.kind, game: { header: s.header, log: s.log, cursor: s.cursor }, state };
}

/** Writes the latest state (coalescing: a burst of moves costs one write at a time, the last always written). */
async function flush(): Promise<void> {
  if (writing) {
    dirty = true;
    return;
  }
  writing = true;
  try {
    do {
      dirty = false;
      await writeOnce();
    } while (dirty);
  } finally {
    writing = false;
  }
}

async function writeOnce(): Promise<void> {
  const snap = snapshot();
  if (!snap || useGameStore.getState().following) return;
  const rev = baseRev + 1;
  const record = makeRecord(snap.id, snap.kind, rev, snap.game, snap.state, new Date());
  try {
    const r = await putGame(record, baseRev);
    if (r.ok) {
      baseRev = rev;
      if (useGameStore.getState().storage) useGameStore.setState({ storage: null });
      tabs?.post({ t: 'saved', id: snap.id, from: tabs.tabId, rev, save: record.save });
      return;
    }
    await resolveClash(snap, r.stored);
  } catch (e) {
    const p = classifyStorageError(e);
    useGameStore.setState({ storage: { reason: p.reason, message: p.message } });
  }
}

const sameActions = (a: readonly unknown[], b: readonly unknown[], n: number) => {
  for (let i = 0; i < n; i++) if (JSON.stringify(a[i]) !== JSON.stringify(b[i])) return false;
  return true;
};

/**
 * Another tab wrote this game since this one last read it. If its moves are a prefix of ours, ours
 * simply go on top; otherwise ours are kept as a separate saved game, so no move from either tab is lost.
 */
async function resolveClash(snap: NonNullable<ReturnType<typeof snapshot>>, stored: unknown): Promise<void> {
  const rec = stored as { rev?: unknown; save?: { log?: unknown } };
  const theirs = Array.isArray(rec.save?.log) ? (rec.save!.log as unknown[]) : null;
  const storedRev = typeof rec.rev === 'number' ? rec.rev : 0;
  if (theirs && theirs.length <= snap.game.log.length && sameActions(theirs, snap.game.log, theirs.length)) {
    baseRev = storedRev;
    dirty = true;
    return;
  }
  const copyId = newGameId(new Date());
  const r = await putGame(makeRecord(copyId, snap.kind, 1, snap.game, snap.state, new Date()), 0);
  if (!r.ok) return;
  baseRev = 1;
  writeCurrentId(copyId);
  useGameStore.setState({ gameId: copyId, saveNote: 'Another tab changed this game at the same time. Both versions are kept: this tab now plays a copy (see Saved games).' });
}

useGameStore.subscribe((s, prev) => {
  if (s.header === prev.header && s.log === prev.log && s.cursor === prev.cursor && s.gameId === prev.gameId) return;
  if (applyingRemote || !s.header || !s.gameId || s.following) return;
  void flush();
});

/** Resolves when pending autosaves are written (tests; before a deliberate reload). */
export async function autosaveSettled(): Promise<void> {
  while (writing) await new Promise((r) => setTimeout(r, 5));
}

// --- Other tabs ---

/** Shows the game as another tab saved it, read-only here. */
function adopt(id: string, rev: number, save: unknown): void {
  const r = restoreSaveData(save, '');
  if (r.kind !== 'ok') return;
  applyingRemote = true;
  try {
    seedTimeline(r.game.header, r.game.log, r.states);
    baseRev = rev;
    useGameStore.setState({ header: r.game.header, log: r.game.log, cursor: r.game.cursor, gameId: id, revealed: null, following: true, damaged: null });
  } finally {
    applyingRemote = false;
  }
}

function onTabMessage(m: TabMessage): void {
  const s = useGameStore.getState();
  if (s.gameId !== m.id) return;
  switch (m.t) {
    case 'hello':
      if (!s.following && tabs && s.header) {
        const snap = snapshot();
        if (snap) tabs.post({ t: 'live', id: m.id, from: tabs.tabId, rev: baseRev, save: makeRecord(snap.id, snap.kind, baseRev, snap.game, snap.state, new Date()).save });
      }
      break;
    case 'live':
    case 'saved':
      if (m.rev >= baseRev) adopt(m.id, m.rev, m.save);
      break;
    case 'takeover':
      if (!s.following) useGameStore.setState({ following: true, revealed: null });
      break;
    case 'bye':
      // The live tab closed: say so; the player takes over with one click (two followers must not both).
      if (s.following) useGameStore.setState({ saveNote: 'The tab that was playing this game has closed. Take over here to go on.' });
      break;
  }
}

/**
 * Starts the store in a page: migrates the old single-slot save into the library (it is removed only
 * once the library holds it), or reopens the game this browser had open, then joins the other tabs.
 */
export async function bootGames(): Promise<void> {
  if (!tabs && typeof window !== 'undefined') {
    window.addEventListener('pagehide', () => {
      const { gameId, following } = useGameStore.getState();
      if (gameId && !following) tabs?.post({ t: 'bye', id: gameId, from: tabs.tabId });
    });
  }
  tabs ??= openTabLink(onTabMessage);
  let legacy: string | null = null;
  try {
    legacy = globalThis.localStorage?.getItem(SAVE_KEY) ?? null;
  } catch {
    legacy = null;
  }
  if (legacy !== null) {
    await migrateLegacy(legacy);
    return;
  }
  const id = readCurrentId();
  if (!id) return;
  let value: unknown;
  try {
    value = await getGame(id);
  } catch (e) {
    const p = classifyStorageError(e);
    useGameStore.setState({ storage: { reason: p.reason, message: p.message } });
    return;
  }
  if (value === undefined) {
    writeCurrentId(null);
    return;
  }
  const rec = value as { rev?: unknown; kind?: unknown; save?: unknown };
  // Older rules not at hand (offline): the game stays as it is, and the next start looks again.
  if (!(await loadSaveRules(rec.save))) return;
  const r = restoreSaveData(rec.save, JSON.stringify(value));
  if (r.kind === 'damaged') {
    useGameStore.setState({ damaged: { ...r.problem, source: 'library' } });
    return;
  }
  if (r.kind === 'older') {
    // Kept in the library as it was; the table opens empty rather than continue it under other rules.
    writeCurrentId(null);
    useGameStore.setState({ saveNote: `${r.message} Find it under Saved games.` });
    return;
  }
  if (r.kind !== 'ok') return;
  seedTimeline(r.game.header, r.game.log, r.states);
  baseRev = typeof rec.rev === 'number' ? rec.rev : 0;
  applyingRemote = true; // just read: nothing to write back
  try {
    // Read-only until this tab knows no other tab is playing this game.
    useGameStore.setState({ header: r.game.header, log: r.game.log, cursor: r.game.cursor, gameId: id, kind: rec.kind === 'classroom' ? 'classroom' : 'hotseat', following: true });
  } finally {
    applyingRemote = false;
  }
  await claimLive(id);
}

/** Reads the saved game again as a reload would (tests). */
export async function rehydrateGame(): Promise<void> {
  await autosaveSettled();
  resetTimeline();
  baseRev = 0;
  useGameStore.setState({ ...EMPTY, storage: null });
  await bootGames();
}

async function migrateLegacy(raw: string): Promise<void> {
  // Older rules not at hand (offline): the slot stays, and the next start tries again.
  const json = safeJsonParse(raw, 'saved game');
  if (json.ok && !(await loadSaveRules(json.value))) return;
  const r = restoreSave(raw);
  if (r.kind === 'damaged') {
    useGameStore.setState({ damaged: { ...r.problem, source: 'legacy' } });
    return;
  }
  if (r.kind === 'older') {
    // Into the library as it was played, to replay or export; the table does not continue it under other rules.
    const id = `legacy-${r.game.header.createdAt.replace(/[^0-9A-Za-z]/g, '').slice(0, 40)}`;
    try {
      if ((await getGame(id)) === undefined) {
        const put = await putGame(makeRecord(id, 'hotseat', 1, r.game, r.states[r.game.cursor]!, new Date()), 0);
        if (!put.ok) return;
      }
      globalThis.localStorage?.removeItem(SAVE_KEY);
    } catch {
      return; // the slot stays; the next start tries again
    }
    useGameStore.setState({ saveNote: `${r.message} Find it under Saved games.` });
    return;
  }
  if (r.kind !== 'ok') return;
  // A stable key: a migration interrupted after writing never makes a second copy, nor overwrites moves made since.
  const id = `legacy-${r.game.header.createdAt.replace(/[^0-9A-Za-z]/g, '').slice(0, 40)}`;
  seedTimeline(r.game.header, r.game.log, r.states);
  applyingRemote = true;
  try {
    useGameStore.setState({ header: r.game.header, log: r.game.log, cursor: r.game.cursor, gameId: id, kind: 'hotseat', following: true });
  } finally {
    applyingRemote = false;
  }
  await claimLive(id);
  if (useGameStore.getState().following) return; // another tab already plays the migrated game
  try {
    const existing = (await getGame(id)) as { rev?: unknown; save?: unknown } | undefined;
    if (existing === undefined) {
      const put = await putGame(makeRecord(id, 'hotseat', 1, r.game, r.states[r.game.cursor]!, new Date()), 0);
      if (!put.ok) return;
      baseRev = 1;
    } else {
      // Already migrated (the slot outlived the write): the library's copy is the newer one.
      const again = restoreSaveData(existing.save, '');
      if (again.kind === 'ok') {
        seedTimeline(again.game.header, again.game.log, again.states);
        baseRev = typeof existing.rev === 'number' ? existing.rev : 0;
        applyingRemote = true;
        try {
          useGameStore.setState({ header: again.game.header, log: again.game.log, cursor: again.game.cursor });
        } finally {
          applyingRemote = false;
        }
      }
    }
    writeCurrentId(id);
    globalThis.localStorage?.removeItem(SAVE_KEY);
  } catch (e) {
    // The library cannot take it: the game plays on from the old slot, which stays.
    const p = classifyStorageError(e);
    useGameStore.setState({ storage: { reason: p.reason, message: p.message } });
  }
}

/** Deletes a game from the library; closes it here first if it is the one open. */
export async function deleteSaved(id: string): Promise<{ message: string } | null> {
  if (useGameStore.getState().gameId === id) useGameStore.getState().clear();
  try {
    await deleteGame(id);
    return null;
  } catch (e) {
    return { message: classifyStorageError(e).message };
  }
}

/** The current GameState, or null without a game. Same object for the same cursor. */
export function selectGameState(s: GameStoreState): GameState | null {
  return s.header ? stateAt(s.header, s.header.options, s.log, s.cursor) : null;
}

/** The state one step before the cursor (to show what the last move changed). */
export function selectPreviousState(s: GameStoreState): GameState | null {
  return s.header && s.cursor > 0 ? stateAt(s.header, s.header.options, s.log, s.cursor - 1) : null;
}

export const useGameState = (): GameState | null => useGameStore(selectGameState);
export const usePreviousState = (): GameState | null => useGameStore(selectPreviousState);

export const canUndo = (s: GameStoreState): boolean => !s.following && lastHumanBefore(s) >= 0;
export const canRedo = (s: GameStoreState): boolean => !s.following && s.header !== null && s.cursor < s.log.length;

export interface UndoRedo {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
}
export const useUndoRedo = (): UndoRedo => useGameStore(useShallow((s) => ({ canUndo: canUndo(s), canRedo: canRedo(s) })));

export const useSeats = (): Seats | null => useGameStore((s) => s.header?.seats ?? null);

/** The actions up to the cursor: the game as played (for export and replay). */
export const selectPlayed = (s: GameStoreState): readonly Action[] => (s.cursor === s.log.length ? s.log : s.log.slice(0, s.cursor));
