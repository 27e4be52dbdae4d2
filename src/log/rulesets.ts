import * as current from '../engine';
import * as v1 from '../engine/v1';
import * as v2_0 from '../engine/v2_0';
import * as v2_1 from '../engine/v2_1';
import { type Action, type ActorId, err, type GameState, type Result, type Standing } from '../engine';
import { fromV1 } from './fromV1';

/**
 * Every set of rules this build can replay. A log is replayed under the rules it was played by (its
 * `rulesVersion`), so a game saved before an upgrade of the rules still opens exactly as it was played; only
 * the current rules can continue a game. A rules version missing here is refused (ERR_RULES_VERSION).
 *
 * States are opaque per ruleset (`native`): they are hashed by their own rules, and shown through `display`,
 * which gives today's GameState shape the board, the move list and the debrief understand.
 */
export interface Ruleset {
  readonly version: string;
  /** Only the current rules can be played on; older ones replay. */
  readonly playable: boolean;
  /** The seed's type under these rules: 1.0.0 took a whole number, 2.0.0 on take a string. */
  readonly seed: 'number' | 'string';
  start(options: { readonly seed: number | string; readonly rounds: number }): Result<unknown, string>;
  apply(s: unknown, a: Action): Result<unknown, string>;
  hash(s: unknown): string;
  describe(a: Action): string;
  /** The winner by these rules' own standings (tie-breaks changed between versions). */
  winner(s: unknown): ActorId | null;
  standings(s: unknown): readonly Standing[];
  display(s: unknown): GameState;
}

const message = <T>(r: Result<T, { readonly message: string }>): Result<T, string> => (r.ok ? r : err(r.error.message));

const v1Rules: Ruleset = {
  version: v1.RULES_VERSION,
  playable: false,
  seed: 'number',
  start: (o) => (typeof o.seed === 'number' ? message(v1.newGame({ seed: o.seed, rounds: o.rounds })) : err('rules 1.0.0 take a whole number as the seed')),
  // A 1.0.0 log's actions are 1.0.0 actions: the log schema checks their shape, v1's apply their content.
  apply: (s, a) => message(v1.apply(s as v1.GameState, a as unknown as v1.Action)),
  hash: (s) => v1.stateHash(s as v1.GameState),
  // A move 1.0.0 did not have (a hostile or mislabelled file) is still named, in today's words, when it is refused.
  describe: (a) => ((v1.ACTION_TYPES as readonly string[]).includes(a.type) ? v1.describeAction(a as unknown as v1.Action) : current.describeAction(a)),
  winner: (s) => v1.winner(s as v1.GameState),
  standings: (s) => v1.standings(s as v1.GameState),
  display: (s) => fromV1(s as v1.GameState),
};

/**
 * An engine with today's state and actions (rules 2.0.0 on: later versions retuned numbers, objectives and agendas,
 * not the state): it takes a text seed, and the board shows its states as they are.
 */
interface TextSeedEngine {
  readonly RULES_VERSION: string;
  newGame(o: { readonly seed: string; readonly rounds: number }): Result<GameState, { readonly message: string }>;
  apply(s: GameState, a: Action): Result<GameState, { readonly message: string }>;
  stateHash(s: GameState): string;
  describeAction(a: Action): string;
  winner(s: GameState): ActorId | null;
  standings(s: GameState): readonly Standing[];
}

const textSeedRules = (engine: TextSeedEngine, playable: boolean): Ruleset => ({
  version: engine.RULES_VERSION,
  playable,
  seed: 'string',
  start: (o) => (typeof o.seed === 'string' ? message(engine.newGame({ seed: o.seed, rounds: o.rounds })) : err(`rules ${engine.RULES_VERSION} take a text seed`)),
  apply: (s, a) => message(engine.apply(s as GameState, a)),
  hash: (s) => engine.stateHash(s as GameState),
  describe: (a) => engine.describeAction(a),
  winner: (s) => engine.winner(s as GameState),
  standings: (s) => engine.standings(s as GameState),
  display: (s) => s as GameState,
});

const v2_0Rules = textSeedRules(v2_0, false);
const v2_1Rules = textSeedRules(v2_1, false);
const currentRules = textSeedRules(current, true);

export const RULESETS: Readonly<Record<string, Ruleset>> = {
  [v1Rules.version]: v1Rules,
  [v2_0Rules.version]: v2_0Rules,
  [v2_1Rules.version]: v2_1Rules,
  [currentRules.version]: currentRules,
};

export const CURRENT_RULESET = currentRules;

export function rulesetFor(version: string): Ruleset | null {
  return Object.hasOwn(RULESETS, version) ? RULESETS[version]! : null;
}

/** "1.0.0 and 2.0.0", for messages that say what this build can open. */
export const knownRulesVersions = (): string => {
  const v = Object.keys(RULESETS);
  return v.length === 1 ? v[0]! : `${v.slice(0, -1).join(', ')} and ${v[v.length - 1]}`;
};

/**
 * A log's options as the current engine takes them, or null for a log played under other rules (which can be
 * replayed, not continued). validateLog has checked the seed's type against the log's rules.
 */
export function playableOptions(log: { readonly rulesVersion: string; readonly options: { readonly seed: number | string; readonly rounds: number } }): current.GameOptions | null {
  return log.rulesVersion === CURRENT_RULESET.version ? (log.options as current.GameOptions) : null;
}
