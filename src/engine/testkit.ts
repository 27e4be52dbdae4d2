import type { Action } from './actions';
import { apply } from './apply';
import type { GameState } from './state';

/** Helpers for the engine's tests: set up a scene by editing a copy, and apply actions that must be legal. */

export type Mutable<T> = T extends readonly (infer U)[] ? Mutable<U>[] : T extends object ? { -readonly [K in keyof T]: Mutable<T[K]> } : T;

/** A deep copy of `s`, changed by `f`. The engine never builds states this way; tests use it to stage positions. */
export const edit = (s: GameState, f: (d: Mutable<GameState>) => void): GameState => {
  const d = structuredClone(s) as Mutable<GameState>;
  f(d);
  return d as unknown as GameState;
};

/** Applies an action that the test expects to be legal, failing loudly with the engine's message if not. */
export const mustApply = (s: GameState, a: Action): GameState => {
  const r = apply(s, a);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
};
