import { ACTORS } from '../engine';
import type { GameLog } from './format';

/** The part of a log that says which game it is and who played it: everything but the moves and their hashes (and createdAt). */
export type LogHeader = Pick<GameLog, 'rulesVersion' | 'scenario' | 'options' | 'seats' | 'source'>;

/** cyrb53 (public domain, by bryc) over a string: 53 bits, as 14 hex digits like stateHash. */
function cyrb53(text: string): string {
  let h1 = 0xdeadbeef ^ 0x5eed;
  let h2 = 0x41c6ce57 ^ 0x5eed;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/**
 * Hash of a log's header, format 2 on. Fixed field order (not the file's key order), every field named,
 * absent ones as null, so the same header always hashes the same and any edit to it changes the hash.
 * Like the state hashes it detects edits and mistakes; it is not a signature (see README, "Security").
 */
export function headerHash(h: LogHeader): string {
  const seats = ACTORS.map((a) => {
    const s = h.seats[a];
    return [a, s.kind, s.kind === 'bot' ? s.level : null, s.name ?? null];
  });
  // Options by sorted key, so a ruleset with more options is covered without a change here.
  const options = Object.keys(h.options).sort().map((k) => [k, (h.options as unknown as Record<string, unknown>)[k]]);
  return cyrb53(JSON.stringify(['summitry-log-header', h.rulesVersion, h.scenario, options, seats, h.source ?? null]));
}
