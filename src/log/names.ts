import { ACTORS, type ActorId } from '../engine';
import { MAX_NAME_LENGTH } from './format';
import type { SeatSpec, Seats } from './seats';

/**
 * The one rule for names (player and team names), applied where they enter: the setup form, the
 * classroom form and the store all call it, so whatever is saved passes the log and save schemas
 * and can always be restored. Text copied from chats or documents often carries tabs, line breaks
 * and invisible bidirectional controls (U+202A–U+202E, U+2066–U+2069): tabs and line breaks become
 * spaces, other control and format characters are dropped, spaces are collapsed, the ends trimmed
 * and the length capped (never splitting a surrogate pair).
 */

// eslint-disable-next-line no-control-regex
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
// C0/C1 controls, bidi embeddings/overrides/isolates and marks, invisible operators, BOM.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
// Half of a surrogate pair on its own is not text (it shows as a replacement box).
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Drops what may never be in a name but keeps the spaces, so a form can apply it on every keystroke. */
export function cleanNameInput(raw: string): string {
  return raw.replace(BREAKS, ' ').replace(INVISIBLE, '').replace(LONE_SURROGATE, '');
}

/** Cuts to at most `max` UTF-16 units without leaving half of a surrogate pair. */
export function capLength(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

/** The stored form of a name: cleaned, spaces collapsed, trimmed, capped. May be empty (no name). */
export function normalizeName(raw: string, max: number = MAX_NAME_LENGTH): string {
  const one = cleanNameInput(raw).replace(/\s+/g, ' ').trim();
  return capLength(one, max).trim();
}

/** Seats as stored: only the known fields of each seat, names normalised, an empty name left out. */
export function normalizeSeats(seats: Seats): Seats {
  const out = {} as Record<ActorId, SeatSpec>;
  for (const a of ACTORS) {
    const seat = seats[a];
    const name = typeof seat.name === 'string' ? normalizeName(seat.name) : '';
    const base: SeatSpec = seat.kind === 'bot' ? { kind: 'bot', level: seat.level } : { kind: 'human' };
    out[a] = name ? { ...base, name } : base;
  }
  return out;
}
