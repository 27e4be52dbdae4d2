import type { Action } from './actions';
import { apply } from './apply';
import type { ReadingId } from './readings';
import { newGameOrThrow } from './setup';
import type { GameState } from './state';
import { toMove } from './turn';

/** Helpers for the engine's tests: set up a scene by editing a copy, and apply actions that must be legal. */

export type Mutable<T> = T extends readonly (infer U)[] ? Mutable<U>[] : T extends object ? { -readonly [K in keyof T]: Mutable<T[K]> } : T;

/** A deep copy of `s`, changed by `f`. The engine never builds states this way; tests use it to stage positions. */
export const edit = (s: GameState, f: (d: Mutable<GameState>) => void): GameState => {
  const d = structuredClone(s) as unknown as Mutable<GameState>;
  f(d);
  return d as unknown as GameState;
};

/** Applies an action that the test expects to be legal, failing loudly with the engine's message if not. */
export const mustApply = (s: GameState, a: Action): GameState => {
  const r = apply(s, a);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
};

/**
 * A new game with its setup played (each actor keeps its first dealt objective and forecasts
 * `forecast`): the position at round 1's first action turn, which most rule tests start from.
 */
export const startedGame = (options: Parameters<typeof newGameOrThrow>[0] = {}, forecast: ReadingId = 'noSummit'): GameState => {
  let s = newGameOrThrow(options);
  while (s.phase === 'setup') {
    const seat = toMove(s)!;
    s = s.actors[seat].objective === ''
      ? mustApply(s, { type: 'keepObjective', actor: seat, objective: s.actors[seat].objectiveChoices[0]! })
      : mustApply(s, { type: 'forecast', actor: seat, reading: forecast });
  }
  return s;
};
