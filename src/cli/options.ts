import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ACTORS, type ActorId } from '../engine';
import { BOT_LEVELS, type BotLevel } from '../ai/bot';
import { quote } from '../log/quote';
import { UsageError } from './run';

/** Parsing and checking of command-line values. Every failure is a UsageError naming the option. */

/** node:util parseArgs, with its errors (unknown option, missing value) turned into usage errors. */
export function parseCli<const T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (e) {
    throw new UsageError(`${e instanceof Error ? e.message : String(e)} (see --help)`);
  }
}

/** An integer option within [min, max]; `undefined` gives the fallback. */
export function intOption(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  const n = /^-?\d+$/.test(raw.trim()) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, got ${quote(raw)}.`);
  }
  return n;
}

/** An optional positive number option (seconds, milliseconds). */
export function numberOption(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  const n = raw.trim() === '' ? NaN : Number(raw);
  if (!Number.isFinite(n) || n < min || n > max) throw new UsageError(`--${name} must be a number from ${min} to ${max}, got ${quote(raw)}.`);
  return n;
}

const isLevel = (v: string): v is BotLevel => (BOT_LEVELS as readonly string[]).includes(v);
const isActor = (v: string): v is ActorId => (ACTORS as readonly string[]).includes(v);
const levelList = BOT_LEVELS.join(', ');

/**
 * `--bots`: one level for every seat ("heuristic"), or seat=level pairs ("US=search,KP=heuristic")
 * with unnamed seats left at `fallback`.
 */
export function parseBots(raw: string | undefined, fallback: BotLevel = 'random'): Record<ActorId, BotLevel> {
  const out = Object.fromEntries(ACTORS.map((a) => [a, fallback])) as Record<ActorId, BotLevel>;
  if (raw === undefined) return out;
  const text = raw.trim();
  if (text === '') throw new UsageError(`--bots needs a level (${levelList}) or seat=level pairs like US=heuristic,KP=random.`);
  if (!text.includes('=')) {
    if (!isLevel(text)) throw new UsageError(`--bots: unknown bot level ${quote(text)}; use one of ${levelList}.`);
    for (const a of ACTORS) out[a] = text;
    return out;
  }
  const seen = new Set<string>();
  for (const part of text.split(',')) {
    const m = /^\s*([^=\s]*)\s*=\s*([^=\s]*)\s*$/.exec(part);
    if (!m) throw new UsageError(`--bots: ${quote(part.trim())} is not a seat=level pair like KP=heuristic.`);
    const seat = m[1]!.toUpperCase();
    const level = m[2]!.toLowerCase();
    if (!isActor(seat)) throw new UsageError(`--bots: unknown seat ${quote(m[1]!)}; the seats are ${ACTORS.join(', ')}.`);
    if (!isLevel(level)) throw new UsageError(`--bots: unknown bot level ${quote(m[2]!)} for ${seat}; use one of ${levelList}.`);
    if (seen.has(seat)) throw new UsageError(`--bots: seat ${seat} is given twice.`);
    seen.add(seat);
    out[seat] = level;
  }
  return out;
}
