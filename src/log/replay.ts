import { type Action, err, type GameState, ok, type Result } from '../engine';
import type { GameLog, LogError, LogOptions } from './format';
import { CURRENT_RULESET, notLoadedMessage, type Ruleset, rulesetFor, rulesInfo } from './rulesets';

export interface Replay {
  /** states[0] is the new game; states[i] is the state after action i (1-based), i.e. after actions[i - 1]. */
  readonly states: readonly GameState[];
  /**
   * The same states as the log's own rules keep them (what its hashes cover). Under the current rules this is
   * `states` itself; under older rules `states` are their display in today's shape.
   */
  readonly native: readonly unknown[];
  /** The rules the game was played (and replayed) under. */
  readonly rules: Ruleset;
}

const illegal = (rules: Ruleset, n: number, a: Action, message: string): LogError => ({
  code: 'ERR_ILLEGAL_ACTION',
  action: n,
  path: `actions[${n - 1}]`,
  message: `Action ${n} (${rules.describe(a)}) is not legal: ${message}`,
});

/**
 * Plays actions from the seed as far as they are legal: the states reached (none if the options are
 * bad) and, if it stopped early, why. Callers that must refuse a bad log use replayActions; a view of a
 * game's history (the debrief) can show the legal part. Without `rules`, the current rules.
 */
export function playPrefix(options: LogOptions, actions: readonly Action[], rules: Ruleset = CURRENT_RULESET): { states: GameState[]; native: unknown[]; stop: LogError | null } {
  const first = rules.start(options);
  if (!first.ok) return { states: [], native: [], stop: { code: 'ERR_SCHEMA', path: 'options', message: `options: ${first.error}` } };
  const native: unknown[] = [first.value];
  let s = first.value;
  let stop: LogError | null = null;
  for (let i = 0; i < actions.length; i++) {
    const r = rules.apply(s, actions[i]!);
    if (!r.ok) {
      stop = illegal(rules, i + 1, actions[i]!, r.error);
      break;
    }
    s = r.value;
    native.push(s);
  }
  // Under the current rules the display is the state itself: no copy.
  const states = rules === CURRENT_RULESET ? (native as GameState[]) : native.map(rules.display);
  return { states, native, stop };
}

/** Plays actions from the seed under the current rules; refuses at the first illegal one. The core of makeLog, saves and the server. */
export function replayActions(options: LogOptions, actions: readonly Action[]): Result<GameState[], LogError> {
  const { states, stop } = playPrefix(options, actions);
  return stop ? err(stop) : ok(states);
}

/**
 * The rules a log names, or ERR_RULES_VERSION. validateLog has already refused unknown versions; this keeps replay
 * safe on its own. Older rules must be loaded first (loadRuleset in ./rulesets).
 */
export function rulesOf(log: Pick<GameLog, 'rulesVersion'>): Result<Ruleset, LogError> {
  const rules = rulesetFor(log.rulesVersion);
  if (rules) return ok(rules);
  const message = rulesInfo(log.rulesVersion) ? notLoadedMessage(log.rulesVersion) : `This log was played under rules ${log.rulesVersion}, which this Summitry does not know.`;
  return err({ code: 'ERR_RULES_VERSION', path: 'rulesVersion', message });
}

/** Replays a log's actions under its own rules, refusing at the first illegal one. */
export function replayUnder(log: Pick<GameLog, 'rulesVersion' | 'options' | 'actions'>): Result<Replay, LogError> {
  const rules = rulesOf(log);
  if (!rules.ok) return rules;
  const { states, native, stop } = playPrefix(log.options, log.actions, rules.value);
  return stop ? err(stop) : ok({ states, native, rules: rules.value });
}

/**
 * Checks the recorded hashes of steps from..to-1 (1-based; step i follows actions[i - 1]) against replayed states.
 * Split out so a viewer can show a long game at once and finish this check a moment later.
 */
export function checkStepHashes(log: GameLog, replay: Replay, from = 1, to = replay.native.length): LogError | null {
  const { native, rules } = replay;
  for (let i = Math.max(1, from); i < Math.min(to, native.length); i++) {
    if (rules.hash(native[i]) !== log.hashes[i - 1]) {
      return { code: 'ERR_HASH_MISMATCH', action: i, path: `hashes[${i - 1}]`, message: `The state after action ${i} (${rules.describe(log.actions[i - 1]!)}) does not match its recorded hash: the log was altered or made by different rules.` };
    }
  }
  return null;
}

/**
 * Replays a parsed log from its seed under its own rules, checking every action is legal, the final hash, and
 * (unless `stepHashes: false`, for a caller that runs checkStepHashes itself) every recorded step hash.
 */
export function replayLog(log: GameLog, { stepHashes = true }: { stepHashes?: boolean } = {}): Result<Replay, LogError> {
  const r = replayUnder(log);
  if (!r.ok) return r;
  const replay = r.value;
  // Step hashes first: the first step that differs is the most useful thing to name.
  if (stepHashes) {
    const e = checkStepHashes(log, replay);
    if (e) return err(e);
  }
  if (replay.rules.hash(replay.native[replay.native.length - 1]) !== log.finalHash) {
    return err({ code: 'ERR_HASH_MISMATCH', path: 'finalHash', message: 'The final state does not match the recorded final hash: the log was altered.' });
  }
  return ok(replay);
}
