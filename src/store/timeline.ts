import { type Action, apply, type GameOptions, type GameState, newGame, type RuleError } from '../engine';

/**
 * Per-step game states, kept OUTSIDE the store (the store holds only plain, persistable data).
 * states[i] is the state after the first i actions of `actions`. Keyed by the header object's
 * identity: a new game or a loaded game gets a fresh cache; each dispatch extends it by one step.
 */
interface Timeline {
  readonly key: object;
  readonly actions: Action[];
  readonly states: GameState[];
}

let timeline: Timeline | null = null;

/** Drops the cache (tests, clear). */
export function resetTimeline(): void {
  timeline = null;
}

function freshTimeline(key: object, options: GameOptions): Timeline {
  const first = newGame(options);
  if (!first.ok) throw new Error(first.error.message);
  return { key, actions: [], states: [first.value] };
}

/** Seeds the cache with states already computed (a validated save or a loaded log). */
export function seedTimeline(key: object, actions: readonly Action[], states: readonly GameState[]): void {
  timeline = { key, actions: actions.slice(), states: states.slice() };
}

/**
 * The state after `cursor` actions of `log`. Reuses the longest cached prefix whose actions are the
 * same objects, so a dispatch costs one `apply`, and undo/redo cost nothing.
 * Throws only if the log is illegal — the store never lets an illegal action in.
 */
export function stateAt(key: object, options: GameOptions, log: readonly Action[], cursor: number): GameState {
  if (!timeline || timeline.key !== key) timeline = freshTimeline(key, options);
  const t = timeline;
  let same = 0;
  const limit = Math.min(cursor, t.actions.length);
  while (same < limit && t.actions[same] === log[same]) same++;
  if (same < t.actions.length && same < cursor) {
    // The log diverged (a new move after undo): forget the old branch.
    t.actions.length = same;
    t.states.length = same + 1;
  }
  while (t.actions.length < cursor) {
    const i = t.actions.length;
    const r = apply(t.states[i]!, log[i]!);
    if (!r.ok) throw new Error(`Action ${i + 1} is illegal: ${r.error.message}`);
    t.actions.push(log[i]!);
    t.states.push(r.value);
  }
  return t.states[cursor]!;
}

/** Tries one action on the current state; on success the cache already holds the next step. */
export function tryStep(key: object, options: GameOptions, log: readonly Action[], cursor: number, action: Action): RuleError | null {
  const s = stateAt(key, options, log, cursor);
  const r = apply(s, action);
  if (!r.ok) return r.error;
  const t = timeline!;
  t.actions.length = cursor;
  t.states.length = cursor + 1;
  t.actions.push(action);
  t.states.push(r.value);
  return null;
}
