/**
 * Safe text for messages that quote input (a key from a file, a JSON parser's excerpt, an option value,
 * a file name). A terminal obeys escape sequences (set the title, clear the screen, write the clipboard)
 * and bidirectional controls reorder what is shown; neither may pass through from a hostile file. And a
 * 2 MB key must not make a 2 MB message. Every CLI and log error message goes through these.
 */

// C0 and C1 controls, DEL; bidirectional marks, embeddings, overrides and isolates; zero-width and line/
// paragraph separators; the byte-order mark; lone surrogates (not text at all).
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const hex4 = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** The text with every unsafe character written as a visible `\uXXXX` escape. Safe text is unchanged. */
export function escapeText(s: string): string {
  return s.replace(UNSAFE, hex4);
}

/** At most `max` characters (whole code points), with "…" when cut. */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  let cut = s.slice(0, max);
  // Never split a surrogate pair.
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** Longest piece of input a message quotes: enough to recognise it, short enough for one line. */
export const QUOTE_MAX = 60;

/**
 * Input quoted for a message: in double quotes, escaped (backslash and quote too, so the quote cannot be
 * closed early), cut to `max` characters with its full length named when it was cut:
 * `"x\u001b]0;pwned…" (1,900,000 characters)`.
 */
export function quote(s: string, max = QUOTE_MAX): string {
  const body = escapeText(clip(s, max).replace(/[\\"]/g, (c) => `\\${c}`));
  return s.length > max ? `"${body}" (${s.length.toLocaleString('en-US')} characters)` : `"${body}"`;
}

/** Longest message: a sentence or two, whatever it quotes. */
export const MESSAGE_MAX = 500;

/** A whole message made safe for a terminal or a log line: escaped and bounded. */
export function safeMessage(s: string): string {
  return escapeText(clip(s, MESSAGE_MAX));
}

/**
 * JSON for a terminal: the same value, with the characters JSON.stringify leaves raw (C1 controls,
 * bidirectional controls, separators) written as \u escapes too.
 */
export function safeJson(value: unknown, space?: number): string {
  // C0 controls are escaped by JSON.stringify inside strings; outside them they are its own line breaks.
  return JSON.stringify(value, null, space).replace(UNSAFE_IN_JSON, hex4);
}

// eslint-disable-next-line no-control-regex
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
