import { type GameState } from '../../engine';
import { type GameLog, loadRuleset, type LogError, MAX_LOG_BYTES, parseLog, replayLog, replayShare, type Ruleset, rulesetFor, rulesInfo, tooLargeMessage, unpackShare } from '../../log';

/** Where a log came from: decides what the address can carry (a sample name or the share data; a file cannot be linked). */
export type LogOrigin =
  | { readonly kind: 'file'; readonly name: string }
  | { readonly kind: 'sample'; readonly file: string; readonly title: string }
  | { readonly kind: 'link'; readonly data: string }
  | { readonly kind: 'pasted' };

/** A log opened for viewing: replayed once, every step's state kept in a plain array (not in the store). */
export interface OpenedLog {
  readonly log: GameLog;
  readonly states: readonly GameState[];
  /** The states as the log's own rules keep them (hashed by them) and those rules: see log/replay.ts. */
  readonly native: readonly unknown[];
  readonly rules: Ruleset;
  readonly origin: LogOrigin;
  /**
   * Every recorded step hash checked. A long log is shown before that (its moves are legal and its final
   * hash matches, so the board is right) and checked a moment later: see ReplayScreen.
   */
  readonly verified: boolean;
}

/** Logs up to this long are checked in full before showing; longer ones finish the step-hash check after. */
export const VERIFY_AT_ONCE = 300;

export type Opened = { readonly ok: true; readonly value: OpenedLog } | { readonly ok: false; readonly message: string };

export function originLabel(o: LogOrigin): string {
  switch (o.kind) {
    case 'file': return `the file "${o.name}"`;
    case 'sample': return `the sample "${o.title}"`;
    case 'link': return 'the share link';
    case 'pasted': return 'the pasted text';
  }
}

const refused = (o: LogOrigin, e: LogError): Opened => ({ ok: false, message: `Could not open ${originLabel(o)}: ${e.message}` });

function replayed(log: GameLog, origin: LogOrigin): Opened {
  const verified = log.actions.length <= VERIFY_AT_ONCE;
  const r = replayLog(log, { stepHashes: verified });
  return r.ok ? { ok: true, value: { log, ...r.value, origin, verified } } : refused(origin, r.error);
}

/** The message for a log whose step-hash check failed after it was shown. */
export const refusedLate = (o: OpenedLog, e: LogError): string => `Could not open ${originLabel(o.origin)}: ${e.message}`;

/**
 * Opens at once under rules at hand (today's, or older ones fetched before); older rules not loaded yet are
 * fetched first (each is its own chunk, log/rulesets.ts), so the answer comes as a promise that one time.
 */
function underRules(version: string, origin: LogOrigin, open: () => Opened): Opened | Promise<Opened> {
  if (rulesetFor(version) || !rulesInfo(version)) return open();
  return loadRuleset(version).then(open, (): Opened => ({ ok: false, message: `Could not open ${originLabel(origin)}: the rules ${version} it was played under could not be loaded (are you offline?). Try again in a moment.` }));
}

export function openText(text: string, origin: LogOrigin): Opened | Promise<Opened> {
  const p = parseLog(text);
  return p.ok ? underRules(p.value.rulesVersion, origin, () => replayed(p.value, origin)) : refused(origin, p.error);
}

export function openShare(data: string): Opened | Promise<Opened> {
  const origin: LogOrigin = { kind: 'link', data };
  const u = unpackShare(data);
  if (!u.ok) return refused(origin, u.error);
  return underRules(u.value.rulesVersion, origin, () => {
    // The link is replayed to recompute the hashes it leaves out, so those states are used as they are.
    const d = replayShare(u.value);
    return d.ok ? { ok: true, value: { log: d.value.log, ...d.value.replay, origin, verified: true } } : refused(origin, d.error);
  });
}

/** Reads a chosen or dropped file, refusing an oversized one before reading it. */
export async function readLogFile(file: File): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  const origin: LogOrigin = { kind: 'file', name: file.name };
  if (file.size > MAX_LOG_BYTES) {
    return { ok: false, message: `Could not open ${originLabel(origin)}: ${tooLargeMessage('file', file.size)}` };
  }
  try {
    return { ok: true, text: await file.text() };
  } catch {
    return { ok: false, message: `Could not read ${originLabel(origin)}.` };
  }
}
