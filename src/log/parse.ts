import type { z } from 'zod';
import { ACTION_TYPES, err, ok, type Result } from '../engine';
import { type GameLog, LOG_TYPE, LOG_VERSION, type LogError } from './format';
import { safeJsonParse } from './json';
import { formatPath } from './path';
import { quote, safeMessage } from './quote';
import { headerHash } from './headerHash';
import { logSchema, logSchemaV1, shareSchema, shareSchemaV1 } from './schema';
import { knownRulesVersions, rulesInfo } from './rulesets';

export { formatPath } from './path';

const DISCRIMINATED: Record<string, readonly string[]> = { type: ACTION_TYPES, kind: ['human', 'bot'] };

/** One sentence for the first problem zod found, naming where it is. */
export function describeIssue(issue: z.core.$ZodIssue): { path: string; message: string } {
  const path = formatPath(issue.path);
  let text = issue.message.replace(/^Invalid input: /, '');
  if (issue.code === 'unrecognized_keys') {
    // Keys come from the file: quoted, escaped and cut (zod's own message would carry them raw and whole).
    const [first, ...more] = issue.keys;
    text = `unknown key ${quote(first ?? '')}${more.length ? ` (and ${more.length} more)` : ''}`;
  } else if (issue.code === 'invalid_union' && 'discriminator' in issue && issue.discriminator) {
    const known = DISCRIMINATED[String(issue.discriminator)];
    text = `unknown ${String(issue.discriminator)}${known ? `: expected one of ${known.join(', ')}` : ''}`;
  } else if (issue.code === 'invalid_value' && 'values' in issue) {
    text = `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  } else if (issue.code === 'invalid_type') {
    text = text.replace(/, received undefined$/, ' (missing)');
  }
  return { path, message: `${path}: ${safeMessage(text)}` };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Validates a document already parsed from JSON. Order matters for the message: first "is it a log at
 * all", then the format version (a newer file is named as such, not as a pile of schema errors), then
 * the schema, then the rules version.
 */
export function validateLog(doc: unknown, opts?: { what?: string }): Result<GameLog, LogError>;
/** For share links, which carry no per-step hashes: the caller recomputes them by replaying. */
export function validateLog(doc: unknown, opts: { what?: string; withoutHashes: true }): Result<Omit<GameLog, 'hashes'>, LogError>;
export function validateLog(doc: unknown, { what = 'file', withoutHashes = false }: { what?: string; withoutHashes?: boolean } = {}): Result<Omit<GameLog, 'hashes'>, LogError> {
  if (!isRecord(doc) || doc.type !== LOG_TYPE) {
    return err({ code: 'ERR_SCHEMA', path: 'type', message: `This ${what} is not a Summitry game log (it should start with "type": "${LOG_TYPE}").` });
  }
  const v = doc.version;
  if (typeof v !== 'number' || !Number.isInteger(v)) {
    return err({ code: 'ERR_SCHEMA', path: 'version', message: 'version: expected a whole number (the log format version).' });
  }
  if (v > LOG_VERSION) return err({ code: 'ERR_VERSION', path: 'version', message: newerFormatMessage(`This ${what}`, v, LOG_VERSION) });
  if (v < 1) {
    // Format 1 is the first format Summitry wrote: there is nothing older to migrate from.
    return err({ code: 'ERR_VERSION', path: 'version', message: `Log format ${v} was never written by Summitry; this one reads formats 1 to ${LOG_VERSION}.` });
  }
  const schema = v === 1 ? (withoutHashes ? shareSchemaV1 : logSchemaV1) : withoutHashes ? shareSchema : logSchema;
  const parsed = schema.safeParse(doc);
  if (!parsed.success) {
    const { path, message } = describeIssue(parsed.error.issues[0]!);
    return err({ code: 'ERR_SCHEMA', path, message });
  }
  const data = parsed.data;
  const hashes = (data as { hashes?: readonly string[] }).hashes;
  if (hashes && hashes.length !== data.actions.length) {
    return err({ code: 'ERR_SCHEMA', path: 'hashes', message: `hashes: expected one per action (${data.actions.length}), found ${hashes.length}.` });
  }
  const rules = rulesInfo(data.rulesVersion);
  if (!rules) {
    // Refused, not warned: hashes are taken under one set of rules, so other rules cannot replay the game faithfully.
    return err({ code: 'ERR_RULES_VERSION', path: 'rulesVersion', message: `This ${what} was played under rules ${data.rulesVersion}; this Summitry replays rules ${knownRulesVersions()} only, so its moves cannot be replayed faithfully.` });
  }
  // Rules 1.0.0 seeds are numbers; later rules take text seeds.
  const seed = data.options.seed;
  if (typeof seed !== rules.seed) {
    return err({ code: 'ERR_SCHEMA', path: 'options.seed', message: `options.seed: rules ${data.rulesVersion} take ${rules.seed === 'number' ? 'a whole number' : 'text'} as the seed.` });
  }
  const log = { ...data, options: { ...data.options, seed } };
  // Format 2 on: the header (who played, under which rules and options, written by what) is covered too.
  if ('headerHash' in log && log.headerHash !== headerHash(log)) {
    return err({ code: 'ERR_HASH_MISMATCH', path: 'headerHash', message: `The ${what}'s header (seats, names, options, source or rules version) does not match its recorded hash: it was edited.` });
  }
  return ok(log);
}

/** "made by a newer Summitry" for a saved game or log whose format this build cannot read yet. */
export function newerFormatMessage(subject: string, version: number, reads: number): string {
  return `${subject} was made by a newer Summitry (format ${version}); this one reads up to format ${reads}. Update Summitry to open it.`;
}

/** Text of a saved log to a validated GameLog. Never throws; the error names what is wrong and where. It does not replay: see replayLog. */
export function parseLog(text: string): Result<GameLog, LogError> {
  const json = safeJsonParse(text);
  if (!json.ok) return json;
  return validateLog(json.value);
}
