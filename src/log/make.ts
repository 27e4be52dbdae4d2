import type { Action } from '../engine';
import { type GameLog, LOG_TYPE, LOG_VERSION, type LogOptions, SCENARIO } from './format';
import { headerHash } from './headerHash';
import { playPrefix } from './replay';
import { CURRENT_RULESET, notLoadedMessage, rulesetFor, rulesInfo } from './rulesets';
import type { Seats } from './seats';

/** Only the fields the format knows, so a caller's extra bookkeeping never makes a log the schema refuses. */
function plainAction(a: Action): Action {
  switch (a.type) {
    case 'playEvent':
      return a.choice === undefined ? { type: a.type, actor: a.actor, card: a.card } : { type: a.type, actor: a.actor, card: a.card, choice: a.choice };
    case 'playOps':
      return { type: a.type, actor: a.actor, card: a.card, op: a.op };
    case 'propose':
    case 'counter':
      return { type: a.type, actor: a.actor, terms: [...a.terms] };
    case 'keepObjective':
      return { type: a.type, actor: a.actor, objective: a.objective };
    case 'forecast':
      return { type: a.type, actor: a.actor, reading: a.reading };
    case 'attend':
      return { type: a.type, actor: a.actor, precondition: a.precondition };
    case 'snub':
    case 'sweeten':
    case 'spoil':
    case 'pass':
    case 'decline':
    case 'accept':
    case 'reject':
      return { type: a.type, actor: a.actor };
  }
}

export interface MakeLogInput {
  /** The rules the game is played under: the current ones unless it was saved under older rules. */
  readonly rulesVersion?: string;
  readonly options: LogOptions;
  readonly seats: Seats;
  readonly actions: readonly Action[];
  readonly source?: string;
  /** ISO time; pass `new Date().toISOString()` from the caller (the log module reads no clock). */
  readonly createdAt?: string;
}

/** Builds a log with its hashes by replaying the actions. Throws only if the actions are not a legal game (a programmer error). */
export function makeLog({ rulesVersion, options, seats, actions, source, createdAt }: MakeLogInput): GameLog {
  const rules = rulesVersion === undefined ? CURRENT_RULESET : rulesetFor(rulesVersion);
  if (!rules) throw new Error(rulesInfo(rulesVersion!) ? notLoadedMessage(rulesVersion!) : `Unknown rules ${rulesVersion}.`);
  const { native, stop } = playPrefix(options, actions, rules);
  if (stop) throw new Error(stop.message);
  const hashes = native.slice(1).map(rules.hash);
  const header = {
    rulesVersion: rules.version,
    ...(source !== undefined ? { source } : {}),
    scenario: SCENARIO,
    options: { seed: options.seed, rounds: options.rounds },
    seats,
  } as const;
  return {
    type: LOG_TYPE,
    version: LOG_VERSION,
    rulesVersion: header.rulesVersion,
    ...(source !== undefined ? { source } : {}),
    ...(createdAt !== undefined ? { createdAt } : {}),
    scenario: header.scenario,
    options: header.options,
    seats,
    headerHash: headerHash(header),
    actions: actions.map(plainAction),
    hashes,
    finalHash: rules.hash(native[native.length - 1]),
  };
}

/**
 * Pretty JSON, two-space indent, but one action per line: a 6-round log stays readable and diffable
 * without ballooning to thousands of lines.
 */
export function serializeLog(log: GameLog): string {
  const { actions, hashes, ...head } = log;
  const body = JSON.stringify(head, null, 2).replace(/\n}$/, '');
  const list = (xs: readonly unknown[]) => (xs.length ? `[\n${xs.map((x) => `    ${JSON.stringify(x)}`).join(',\n')}\n  ]` : '[]');
  return `${body},\n  "actions": ${list(actions)},\n  "hashes": ${list(hashes)}\n}\n`;
}
