import { create } from 'zustand';
import { immer } from 'zustand/middleware/immer';
import { useShallow } from 'zustand/react/shallow';
import type { Action, GameOptions, GameState, RuleError } from '../engine';
import { replayActions } from '../log/replay';
import type { Seats } from '../log/seats';
import { type GameHeader, restoreSave, SAVE_KEY, type SaveProblem, serializeSave } from './save';
import { resetTimeline, seedTimeline, stateAt, tryStep } from './timeline';

/**
 * The hot-seat game. Persisted state is only {header, log, cursor}; the GameState is derived by
 * replaying the log to the cursor (cached per step in ./timeline). Every change goes through the engine.
 */
export interface GameStoreState {
  readonly header: GameHeader | null;
  readonly log: readonly Action[];
  readonly cursor: number;
  /** A save that could not be resumed; kept (never overwritten) until the player decides. Not persisted. */
  readonly damaged: SaveProblem | null;
}

export interface GameStoreActions {
  startGame(options: GameOptions, seats: Seats): void;
  /** Opens a game from its actions (replay's "continue from here", classroom). Null, or why it failed. */
  loadGame(header: { options: GameOptions; seats: Seats }, actions: readonly Action[]): { message: string } | null;
  /** Applies a move through the engine. On a rule error nothing changes. After undo, a new move cuts the log. */
  dispatch(action: Action): RuleError | null;
  /** Back to the last human decision, taking back the bot moves that followed it. */
  undo(): void;
  /** Forward again to the next human decision (or the end of the log). */
  redo(): void;
  /** Forgets the game and its save (and any damaged save). */
  clear(): void;
}

export type GameStore = GameStoreState & GameStoreActions;

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // Blocked storage (privacy mode): play on without autosave.
  }
}

function readSave(): string | null {
  try {
    return storage()?.getItem(SAVE_KEY) ?? null;
  } catch {
    return null;
  }
}

function initialState(): GameStoreState {
  const r = restoreSave(readSave());
  if (r.kind === 'ok') {
    seedTimeline(r.game.header, r.game.log, r.states);
    return { header: r.game.header, log: r.game.log, cursor: r.game.cursor, damaged: null };
  }
  return { header: null, log: [], cursor: 0, damaged: r.kind === 'damaged' ? r.problem : null };
}

/** A fresh header: only the options the engine takes (callers may pass wider objects), stamped now. */
const newHeader = (options: GameOptions, seats: Seats): GameHeader => ({ options: { seed: options.seed, rounds: options.rounds }, seats, createdAt: new Date().toISOString() });

const isHumanMove = (seats: Seats, a: Action | undefined) => a !== undefined && seats[a.actor].kind === 'human';

/** Index of the last human action before the cursor, or -1. */
function lastHumanBefore(s: GameStoreState): number {
  if (!s.header) return -1;
  for (let i = s.cursor - 1; i >= 0; i--) if (isHumanMove(s.header.seats, s.log[i])) return i;
  return -1;
}

export const useGameStore = create<GameStore>()(
  immer((set, get) => ({
    ...initialState(),

    startGame(options, seats) {
      resetTimeline();
      set({ header: newHeader(options, seats), log: [], cursor: 0, damaged: null });
    },

    loadGame({ options, seats }, actions) {
      const r = replayActions(options, actions);
      if (!r.ok) return { message: r.error.message };
      const header = newHeader(options, seats);
      const log = actions.slice();
      seedTimeline(header, log, r.value);
      set({ header, log, cursor: log.length, damaged: null });
      return null;
    },

    dispatch(action) {
      const { header, log, cursor } = get();
      if (!header) return { code: 'ERR_GAME_OVER', message: 'No game is in progress.' };
      const error = tryStep(header, header.options, log, cursor, action);
      if (error) return error;
      // Built outside immer so the logged actions keep their identity (the per-step cache keys on it).
      const next = log.slice(0, cursor);
      next.push(action);
      set({ log: next, cursor: cursor + 1 });
      return null;
    },

    undo() {
      const i = lastHumanBefore(get());
      if (i < 0) return;
      set((s) => {
        s.cursor = i;
      });
    },

    redo() {
      const { header, log, cursor } = get();
      if (!header || cursor >= log.length) return;
      let c = cursor + 1;
      while (c < log.length && !isHumanMove(header.seats, log[c])) c++;
      set((s) => {
        s.cursor = c;
      });
    },

    clear() {
      resetTimeline();
      set({ header: null, log: [], cursor: 0, damaged: null });
    },
  })),
);

// Autosave: every change of {header, log, cursor} is written at once, so a reload at any moment resumes.
// A damaged save stays untouched until the player starts a new game or clears it.
useGameStore.subscribe((s, prev) => {
  if (s.header === prev.header && s.log === prev.log && s.cursor === prev.cursor && s.damaged === prev.damaged) return;
  try {
    const st = storage();
    if (!st) return;
    if (s.header) st.setItem(SAVE_KEY, serializeSave({ header: s.header, log: s.log, cursor: s.cursor }));
    else if (!s.damaged) st.removeItem(SAVE_KEY);
  } catch {
    // Storage full or blocked: the game goes on; only the autosave is lost.
  }
});

/** Re-reads the save (tests; another tab). */
export function rehydrateGame(): void {
  resetTimeline();
  useGameStore.setState(initialState());
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

export const canUndo = (s: GameStoreState): boolean => lastHumanBefore(s) >= 0;
export const canRedo = (s: GameStoreState): boolean => s.header !== null && s.cursor < s.log.length;

export interface UndoRedo {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
}
export const useUndoRedo = (): UndoRedo => useGameStore(useShallow((s) => ({ canUndo: canUndo(s), canRedo: canRedo(s) })));

export const useSeats = (): Seats | null => useGameStore((s) => s.header?.seats ?? null);

/** The actions up to the cursor: the game as played (for export and replay). */
export const selectPlayed = (s: GameStoreState): readonly Action[] => (s.cursor === s.log.length ? s.log : s.log.slice(0, s.cursor));
