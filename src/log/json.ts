import { err, ok, type Result } from '../engine';
import { type LogError, MAX_LOG_BYTES } from './format';
import { pathStep } from './path';
import { clip, safeMessage } from './quote';

/** Keys that could reach Object.prototype if a later step copied them carelessly: refused outright. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const utf8Length = (s: string) => new TextEncoder().encode(s).length;

/** Where a JSON.parse error points: "line 3, column 14" (both 1-based), from the position V8 reports. */
function where(text: string, pos: number): string {
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  const column = pos - before.lastIndexOf('\n');
  return ` at line ${line}, column ${column}`;
}

/** Path of the first forbidden key, walking without recursion so deep nesting cannot overflow the stack. */
function forbiddenKeyPath(root: unknown): { path: string; key: string } | null {
  const stack: [unknown, string][] = [[root, '']];
  while (stack.length) {
    const [v, path] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], `${path}[${i}]`]);
      continue;
    }
    for (const k of Object.keys(v)) {
      const p = path + pathStep(k, path === '');
      if (FORBIDDEN_KEYS.has(k)) return { path: p, key: k };
      stack.push([(v as Record<string, unknown>)[k], p]);
    }
  }
  return null;
}

const bytes = (n: number) => `${n.toLocaleString('en-US')} byte${n === 1 ? '' : 's'}`;
const LIMIT = `${MAX_LOG_BYTES / 1048576} MB (${bytes(MAX_LOG_BYTES)})`;

/**
 * The size refusal, exact where it matters: a file just over the limit is named in bytes with how much
 * too long it is ("2.0 MB" for a file over 2 MB would read as a contradiction). `size` null: only known
 * to be over the limit (a stream, read no further than that).
 */
export function tooLargeMessage(what: string, size: number | null): string {
  if (size === null) return `The ${what} is more than ${LIMIT}, the most a Summitry log can be.`;
  const over = size - MAX_LOG_BYTES;
  const shown = size < 2 * MAX_LOG_BYTES ? `${bytes(size)}, ${bytes(over)} over the limit` : `${(size / 1048576).toFixed(1)} MB`;
  return `The ${what} is ${shown}; a Summitry log is at most ${LIMIT}.`;
}

/** A byte-order mark (Windows Notepad writes one) is not part of the text: every reader drops it. */
export const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** Text to a JSON value, refusing oversized, empty, malformed and prototype-polluting input with one clear message. */
export function safeJsonParse(input: string, what = 'file'): Result<unknown, LogError> {
  const text = stripBom(input);
  if (text.length > MAX_LOG_BYTES || utf8Length(text) > MAX_LOG_BYTES) {
    return err({ code: 'ERR_TOO_LARGE', message: tooLargeMessage(what, utf8Length(text)) });
  }
  if (text.trim() === '') return err({ code: 'ERR_EMPTY', message: `The ${what} is empty.` });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(msg);
    if (/end of JSON/i.test(msg) || (pos && Number(pos[1]) >= text.trimEnd().length)) {
      return err({ code: 'ERR_NOT_JSON', message: `The ${what} ends too early: it looks truncated (cut off after ${text.length} characters).` });
    }
    // V8's message quotes an excerpt of the input: escaped and cut like any quoted input.
    return err({ code: 'ERR_NOT_JSON', message: `The ${what} is not valid JSON${pos ? where(text, Number(pos[1])) : ''}: ${safeMessage(clip(msg, 200))}` });
  }
  const bad = forbiddenKeyPath(value);
  if (bad !== null) return err({ code: 'ERR_SCHEMA', path: bad.path, message: `${bad.path}: the key "${bad.key}" is not allowed in a Summitry log.` });
  return ok(value);
}
