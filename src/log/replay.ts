import { type Action, apply, describeAction, err, type GameOptions, type GameState, newGame, ok, type Result, stateHash } from '../engine';
import type { GameLog, LogError } from './format';

export interface Replay {
  /** states[0] is the new game; states[i] is the state after action i (1-based), i.e. after actions[i - 1]. */
  readonly states: readonly GameState[];
}

const illegal = (n: number, a: Action, message: string): LogError => ({
  code: 'ERR_ILLEGAL_ACTION',
  action: n,
  path: `actions[${n - 1}]`,
  message: `Action ${n} (${describeAction(a)}) is not legal: ${message}`,
});

/**
 * Plays actions from the seed as far as they are legal: the states reached (none if the options are
 * bad) and, if it stopped early, why. Callers that must refuse a bad log use replayActions; a view of a
 * game's history (the debrief) can show the legal part.
 */
export function playPrefix(options: GameOptions, actions: readonly Action[]): { states: GameState[]; stop: LogError | null } {
  const first = newGame(options);
  if (!first.ok) return { states: [], stop: { code: 'ERR_SCHEMA', path: 'options', message: `options: ${first.error.message}` } };
  const states: GameState[] = [first.value];
  let s = first.value;
  for (let i = 0; i < actions.length; i++) {
    const r = apply(s, actions[i]!);
    if (!r.ok) return { states, stop: illegal(i + 1, actions[i]!, r.error.message) };
    s = r.value;
    states.push(s);
  }
  return { states, stop: null };
}

/** Plays actions from the seed; refuses at the first illegal one. The shared core of replayLog and makeLog. */
export function replayActions(options: GameOptions, actions: readonly Action[]): Result<GameState[], LogError> {
  const { states, stop } = playPrefix(options, actions);
  return stop ? err(stop) : ok(states);
}

/**
 * Checks the recorded hashes of steps from..to-1 (1-based; step i follows actions[i - 1]) against replayed states.
 * Split out so a viewer can show a long game at once and finish this check a moment later.
 */
export function checkStepHashes(log: GameLog, states: readonly GameState[], from = 1, to = states.length): LogError | null {
  for (let i = Math.max(1, from); i < Math.min(to, states.length); i++) {
    if (stateHash(states[i]!) !== log.hashes[i - 1]) {
      return { code: 'ERR_HASH_MISMATCH', action: i, path: `hashes[${i - 1}]`, message: `The state after action ${i} (${describeAction(log.actions[i - 1]!)}) does not match its recorded hash: the log was altered or made by different rules.` };
    }
  }
  return null;
}

/**
 * Replays a parsed log from its seed, checking every action is legal, the final hash, and (unless
 * `stepHashes: false`, for a caller that runs checkStepHashes itself) every recorded step hash.
 */
export function replayLog(log: GameLog, { stepHashes = true }: { stepHashes?: boolean } = {}): Result<Replay, LogError> {
  const r = replayActions(log.options, log.actions);
  if (!r.ok) return r;
  const states = r.value;
  // Step hashes first: the first step that differs is the most useful thing to name.
  if (stepHashes) {
    const e = checkStepHashes(log, states);
    if (e) return err(e);
  }
  if (stateHash(states[states.length - 1]!) !== log.finalHash) {
    return err({ code: 'ERR_HASH_MISMATCH', path: 'finalHash', message: 'The final state does not match the recorded final hash: the log was altered.' });
  }
  return ok({ states });
}
