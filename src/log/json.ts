import { err, ok, type Result } from '../engine';
import { type LogError, MAX_LOG_BYTES } from './format';

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
function forbiddenKeyPath(root: unknown): string | null {
  const stack: [unknown, string][] = [[root, '']];
  while (stack.length) {
    const [v, path] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], `${path}[${i}]`]);
      continue;
    }
    for (const k of Object.keys(v)) {
      const p = path ? `${path}.${k}` : k;
      if (FORBIDDEN_KEYS.has(k)) return p;
      stack.push([(v as Record<string, unknown>)[k], p]);
    }
  }
  return null;
}

/** Text to a JSON value, refusing oversized, empty, malformed and prototype-polluting input with one clear message. */
export function safeJsonParse(text: string, what = 'file'): Result<unknown, LogError> {
  if (text.length > MAX_LOG_BYTES || utf8Length(text) > MAX_LOG_BYTES) {
    return err({ code: 'ERR_TOO_LARGE', message: `The ${what} is ${(utf8Length(text) / 1048576).toFixed(1)} MB; a Summitry log is at most ${MAX_LOG_BYTES / 1048576} MB.` });
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
    return err({ code: 'ERR_NOT_JSON', message: `The ${what} is not valid JSON${pos ? where(text, Number(pos[1])) : ''}: ${msg}` });
  }
  const bad = forbiddenKeyPath(value);
  if (bad !== null) return err({ code: 'ERR_SCHEMA', path: bad, message: `${bad}: the key "${bad.split('.').pop()}" is not allowed in a Summitry log.` });
  return ok(value);
}
