import LZString from 'lz-string';
import { err, type GameState, ok, type Result, stateHash } from '../engine';
import type { GameLog, LogError } from './format';
import { safeJsonParse } from './json';
import { validateLog } from './parse';
import { replayActions } from './replay';

/** Longest `log=` value accepted: a 100-round game compresses to far less. */
export const MAX_SHARE_LENGTH = 200_000;

/**
 * A log packed for a URL (`#/replay?log=<this>`): lz-string, URI-safe. The per-step hashes are left out
 * (they are incompressible hex and the bulk of the link) and recomputed on opening; the final hash stays,
 * so a damaged or edited link is still caught.
 */
export function encodeShare(log: GameLog): string {
  const { hashes: _h, createdAt: _c, ...rest } = log;
  return LZString.compressToEncodedURIComponent(JSON.stringify(rest));
}

const bad = (message: string): Result<never, LogError> => err({ code: 'ERR_SHARE_LINK', message });

export function decodeShare(s: string): Result<GameLog, LogError> {
  const r = decodeShareReplay(s);
  return r.ok ? ok(r.value.log) : r;
}

/** decodeShare, also handing back the replayed states (the viewer needs them; no second replay). */
export function decodeShareReplay(s: string): Result<{ log: GameLog; states: readonly GameState[] }, LogError> {
  if (s.length === 0) return bad('The share link carries no game (its log= part is empty).');
  if (s.length > MAX_SHARE_LENGTH) return bad(`The share link is too long (${s.length} characters; at most ${MAX_SHARE_LENGTH}).`);
  let text: string | null;
  try {
    text = LZString.decompressFromEncodedURIComponent(s);
  } catch {
    text = null;
  }
  if (!text) return bad('The share link is damaged: it could not be unpacked. Was it copied in full?');
  const json = safeJsonParse(text, 'share link');
  if (!json.ok) return bad(`The share link is damaged: ${json.error.message}`);
  const v = validateLog(json.value, { what: 'share link', withoutHashes: true });
  if (!v.ok) return v;
  const r = replayActions(v.value.options, v.value.actions);
  if (!r.ok) return r;
  const states = r.value;
  const log: GameLog = { ...v.value, hashes: states.slice(1).map(stateHash) };
  if (stateHash(states[states.length - 1]!) !== log.finalHash) {
    return err({ code: 'ERR_HASH_MISMATCH', path: 'finalHash', message: 'The final state does not match the recorded final hash: the link was altered.' });
  }
  return ok({ log, states });
}
