import type { z } from 'zod';
import { ACTION_TYPES, err, ok, RULES_VERSION, type Result } from '../engine';
import { type GameLog, LOG_TYPE, LOG_VERSION, type LogError } from './format';
import { safeJsonParse } from './json';
import { logSchema, shareSchema } from './schema';

/** "actions[12].card" from zod's ["actions", 12, "card"]. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || '(the whole document)';
}

const DISCRIMINATED: Record<string, readonly string[]> = { type: ACTION_TYPES, kind: ['human', 'bot'] };

/** One sentence for the first problem zod found, naming where it is. */
export function describeIssue(issue: z.core.$ZodIssue): { path: string; message: string } {
  const path = formatPath(issue.path);
  let text = issue.message.replace(/^Invalid input: /, '');
  if (issue.code === 'invalid_union' && 'discriminator' in issue && issue.discriminator) {
    const known = DISCRIMINATED[String(issue.discriminator)];
    text = `unknown ${String(issue.discriminator)}${known ? `: expected one of ${known.join(', ')}` : ''}`;
  } else if (issue.code === 'invalid_value' && 'values' in issue) {
    text = `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  } else if (issue.code === 'invalid_type') {
    text = text.replace(/, received undefined$/, ' (missing)');
  }
  return { path, message: `${path}: ${text}` };
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
  if (v > LOG_VERSION) {
    return err({ code: 'ERR_VERSION', path: 'version', message: `This log was made by a newer Summitry (format ${v}); this one reads up to format ${LOG_VERSION}. Update Summitry to open it.` });
  }
  if (v < LOG_VERSION) {
    // Format 1 is the first format Summitry wrote: there is nothing older to migrate from.
    return err({ code: 'ERR_VERSION', path: 'version', message: `Log format ${v} was never written by Summitry; this one reads format ${LOG_VERSION}.` });
  }
  const parsed = (withoutHashes ? shareSchema : logSchema).safeParse(doc);
  if (!parsed.success) {
    const { path, message } = describeIssue(parsed.error.issues[0]!);
    return err({ code: 'ERR_SCHEMA', path, message });
  }
  const log = parsed.data;
  const hashes = (log as { hashes?: readonly string[] }).hashes;
  if (hashes && hashes.length !== log.actions.length) {
    return err({ code: 'ERR_SCHEMA', path: 'hashes', message: `hashes: expected one per action (${log.actions.length}), found ${hashes.length}.` });
  }
  if (log.rulesVersion !== RULES_VERSION) {
    // Refused, not warned: hashes are taken under one set of rules, so other rules cannot replay the game faithfully.
    return err({ code: 'ERR_RULES_VERSION', path: 'rulesVersion', message: `This log was played under rules ${log.rulesVersion}; this Summitry plays rules ${RULES_VERSION}, so its moves cannot be replayed faithfully.` });
  }
  return ok(log);
}

/** Text of a saved log to a validated GameLog. Never throws; the error names what is wrong and where. It does not replay: see replayLog. */
export function parseLog(text: string): Result<GameLog, LogError> {
  const json = safeJsonParse(text);
  if (!json.ok) return json;
  return validateLog(json.value);
}
