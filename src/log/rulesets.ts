import * as current from '../engine';
import { type Action, type ActorId, err, type GameState, type Result, type Standing } from '../engine';

/**
 * Every set of rules this build can replay. A log is replayed under the rules it was played by (its
 * `rulesVersion`), so a game saved before an upgrade of the rules still opens exactly as it was played; only
 * the current rules can continue a game. A rules version missing here is refused (ERR_RULES_VERSION).
 *
 * States are opaque per ruleset (`native`): they are hashed by their own rules, and shown through `display`,
 * which gives today's GameState shape the board, the move list and the debrief understand.
 *
 * Older rules are frozen engines (src/engine/v1, v2_0, v2_1, v2_2) that few visitors need, so they stay out of the
 * browser's first download: `loadRuleset` fetches one on demand, and the browser awaits it before replaying an
 * older log or save. Node code that replays older logs (the command line, tests) loads them all up front with
 * `import './older'`; the server never replays them.
 * Until a version is loaded `rulesetFor` has no engine for it, though `rulesInfo` already knows it.
 */
export interface Ruleset extends RulesInfo {
  start(options: { readonly seed: number | string; readonly rounds: number }): Result<unknown, string>;
  apply(s: unknown, a: Action): Result<unknown, string>;
  hash(s: unknown): string;
  describe(a: Action): string;
  /** The winner by these rules' own standings (tie-breaks changed between versions). */
  winner(s: unknown): ActorId | null;
  standings(s: unknown): readonly Standing[];
  display(s: unknown): GameState;
}

/** What a log is checked against before any replay, whether the engine is loaded or not. */
export interface RulesInfo {
  readonly version: string;
  /** Only the current rules can be played on; older ones replay. */
  readonly playable: boolean;
  /** The seed's type under these rules: 1.0.0 took a whole number, 2.0.0 on take a string. */
  readonly seed: 'number' | 'string';
}

export const message = <T>(r: Result<T, { readonly message: string }>): Result<T, string> => (r.ok ? r : err(r.error.message));

/**
 * An engine with today's state and actions (rules 2.0.0 on: later versions retuned numbers, objectives and agendas,
 * not the state): it takes a text seed, and the board shows its states as they are.
 */
export interface TextSeedEngine {
  readonly RULES_VERSION: string;
  newGame(o: { readonly seed: string; readonly rounds: number }): Result<GameState, { readonly message: string }>;
  apply(s: GameState, a: Action): Result<GameState, { readonly message: string }>;
  stateHash(s: GameState): string;
  describeAction(a: Action): string;
  winner(s: GameState): ActorId | null;
  standings(s: GameState): readonly Standing[];
}

export const textSeedRules = (engine: TextSeedEngine, playable: boolean): Ruleset => ({
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

const currentRules = textSeedRules(current, true);

export const CURRENT_RULESET = currentRules;

interface Older extends RulesInfo {
  readonly load: () => Promise<Ruleset>;
}

/** The older rules, oldest first; each engine is its own chunk (src/log/older), fetched the first time it is needed. */
const OLDER: readonly Older[] = [
  { version: '1.0.0', playable: false, seed: 'number', load: async () => (await import('./older/v1')).v1Rules },
  { version: '2.0.0', playable: false, seed: 'string', load: async () => (await import('./older/v2_0')).v2_0Rules },
  { version: '2.1.0', playable: false, seed: 'string', load: async () => (await import('./older/v2_1')).v2_1Rules },
  { version: '2.2.0', playable: false, seed: 'string', load: async () => (await import('./older/v2_2')).v2_2Rules },
];

const KNOWN: readonly RulesInfo[] = [...OLDER, currentRules];
const loaded = new Map<string, Ruleset>([[currentRules.version, currentRules]]);

/** What this build knows of a rules version (loaded or not), or null for one it cannot replay. */
export function rulesInfo(version: string): RulesInfo | null {
  const r = KNOWN.find((k) => k.version === version);
  return r ? { version: r.version, playable: r.playable, seed: r.seed } : null;
}

/** The engine of a rules version, if it is loaded: today's always is; older ones once `loadRuleset` or `./older` brought them in. */
export function rulesetFor(version: string): Ruleset | null {
  return loaded.get(version) ?? null;
}

/** Makes an older engine available to `rulesetFor` (src/log/older registers them all at once, for Node). */
export function registerRuleset(rules: Ruleset): void {
  const known = rulesInfo(rules.version);
  if (!known || known.seed !== rules.seed || known.playable !== rules.playable) throw new Error(`Rules ${rules.version} do not match what rulesets.ts says of them.`);
  loaded.set(rules.version, rules);
}

/** The engine of a rules version, fetched first if it is an older one not loaded yet; null for a version this build does not know. */
export async function loadRuleset(version: string): Promise<Ruleset | null> {
  const have = loaded.get(version);
  if (have) return have;
  const older = OLDER.find((r) => r.version === version);
  if (!older) return null;
  registerRuleset(await older.load());
  return loaded.get(version)!;
}

/** "1.0.0 and 2.0.0", for messages that say what this build can open. */
export const knownRulesVersions = (): string => {
  const v = KNOWN.map((r) => r.version);
  return v.length === 1 ? v[0]! : `${v.slice(0, -1).join(', ')} and ${v[v.length - 1]}`;
};

/** A known older version asked for before it was loaded: a mistake of the caller, which must load it first. */
export const notLoadedMessage = (version: string): string =>
  `Rules ${version} are known but not loaded: await loadRuleset('${version}') first (Node: import src/log/older).`;

/**
 * A log's options as the current engine takes them, or null for a log played under other rules (which can be
 * replayed, not continued). validateLog has checked the seed's type against the log's rules.
 */
export function playableOptions(log: { readonly rulesVersion: string; readonly options: { readonly seed: number | string; readonly rounds: number } }): current.GameOptions | null {
  return log.rulesVersion === CURRENT_RULESET.version ? (log.options as current.GameOptions) : null;
}
