import LZString from 'lz-string';
import { type Action, err, ok, type Result } from '../engine';
import { type GameLog, type LogError, MAX_ACTIONS, MAX_LOG_BYTES } from './format';
import { safeJsonParse } from './json';
import { decompressBounded } from './lz';
import { validateLog } from './parse';
import { type Replay, replayUnder } from './replay';

/** Longest `log=` value accepted: a 100-round game compresses to far less. */
export const MAX_SHARE_LENGTH = 200_000;

const CODE = {
  keepObjective: 'K', forecast: 'F', playEvent: 'E', playOps: 'O', attend: 'T', snub: 'S', sweeten: 'W', spoil: 'X', pass: 'N',
  propose: 'P', counter: 'C', decline: 'D', accept: 'A', reject: 'R',
} as const satisfies Record<Action['type'], string>;
const TYPE_OF: Readonly<Record<string, Action['type']>> = Object.fromEntries(Object.entries(CODE).map(([t, c]) => [c, t as Action['type']]));

/** `KP:T:-`: North Korea attends without naming a precondition. */
const NO_PRECONDITION = '-';

/** One move in a link: `US:O:olive-branch:lobby`, `KP:E:srbm-test`, `US:P:freeze.sanctionsRelief`, `KP:A`. */
export function moveString(a: Action): string {
  const parts: (string | number)[] = [a.actor, CODE[a.type]];
  if (a.type === 'playEvent') parts.push(a.card, ...(a.choice !== undefined ? [a.choice] : []));
  else if (a.type === 'playOps') parts.push(a.card, a.op);
  else if (a.type === 'propose' || a.type === 'counter') parts.push(a.terms.join('.'));
  else if (a.type === 'keepObjective') parts.push(a.objective);
  else if (a.type === 'forecast') parts.push(a.reading);
  else if (a.type === 'attend') parts.push(a.precondition ?? NO_PRECONDITION);
  return parts.join(':');
}

/** The action a move string stands for, its values still unchecked (the log schema checks them), or null. */
export function parseMove(s: string): Record<string, unknown> | null {
  const [actor, code, ...args] = s.split(':');
  const type = code === undefined ? undefined : TYPE_OF[code];
  if (!actor || !type) return null;
  switch (type) {
    case 'playEvent':
      if (args.length === 1) return { type, actor, card: args[0] };
      if (args.length === 2 && (args[1] === '0' || args[1] === '1')) return { type, actor, card: args[0], choice: Number(args[1]) };
      return null;
    case 'playOps':
      return args.length === 2 ? { type, actor, card: args[0], op: args[1] } : null;
    case 'propose':
    case 'counter':
      return args.length === 1 ? { type, actor, terms: args[0]!.split('.') } : null;
    case 'keepObjective':
      return args.length === 1 ? { type, actor, objective: args[0] } : null;
    case 'forecast':
      return args.length === 1 ? { type, actor, reading: args[0] } : null;
    case 'attend':
      return args.length === 1 ? { type, actor, precondition: args[0] === NO_PRECONDITION ? null : args[0] } : null;
    default:
      return args.length === 0 ? { type, actor } : null;
  }
}

/**
 * A log packed for a URL (`#/replay?log=<this>`): lz-string, URI-safe. The per-step hashes are left out
 * (they are incompressible hex and the bulk of the link) and recomputed on opening; the final hash stays,
 * so a damaged or edited link is still caught. Actions travel as short move strings (`moves`), which
 * makes a 6-round game's link about a third shorter.
 */
export function encodeShare(log: GameLog): string {
  const { hashes: _h, createdAt: _c, actions, ...rest } = log;
  return LZString.compressToEncodedURIComponent(JSON.stringify({ ...rest, moves: actions.map(moveString) }));
}

/** The link's document with its move strings turned back into actions, for the log schema to check. */
function expandMoves(doc: unknown): Result<unknown, LogError> {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc) || !('moves' in doc)) return ok(doc);
  const { moves, ...rest } = doc as Record<string, unknown>;
  if (!Array.isArray(moves) || moves.length > MAX_ACTIONS) return bad(`The share link is damaged: moves: expected a list of at most ${MAX_ACTIONS} moves.`);
  const actions: unknown[] = [];
  for (let i = 0; i < moves.length; i++) {
    const m = moves[i];
    const a = typeof m === 'string' && m.length <= 200 ? parseMove(m) : null;
    if (!a) return bad(`The share link is damaged: moves[${i}] is not a move.`);
    actions.push(a);
  }
  return ok({ ...rest, actions });
}

const bad = (message: string): Result<never, LogError> => err({ code: 'ERR_SHARE_LINK', message });

export function decodeShare(s: string): Result<GameLog, LogError> {
  const r = decodeShareReplay(s);
  return r.ok ? ok(r.value.log) : r;
}

/** decodeShare, also handing back the replayed states (the viewer needs them; no second replay). */
export function decodeShareReplay(s: string): Result<{ log: GameLog; replay: Replay }, LogError> {
  const v = unpackShare(s);
  return v.ok ? replayShare(v.value) : v;
}

/**
 * A share link unpacked and checked as a log, not yet replayed: its rules version is known (an older one can be
 * loaded, log/rulesets.ts) before replayShare recomputes its hashes.
 */
export function unpackShare(s: string): Result<Omit<GameLog, 'hashes'>, LogError> {
  if (s.length === 0) return bad('The share link carries no game (its log= part is empty).');
  if (s.length > MAX_SHARE_LENGTH) return bad(`The share link is too long (${s.length} characters; at most ${MAX_SHARE_LENGTH}).`);
  // Bounded while unpacking: a short link can unpack to hundreds of megabytes.
  const unpacked = decompressBounded(s, MAX_LOG_BYTES);
  if (!unpacked.ok && unpacked.reason === 'tooLarge') {
    return err({ code: 'ERR_TOO_LARGE', message: `The share link unpacks to more than ${MAX_LOG_BYTES / 1048576} MB; a Summitry log is at most ${MAX_LOG_BYTES / 1048576} MB.` });
  }
  const text = unpacked.ok ? unpacked.text : '';
  if (!text) return bad('The share link is damaged: it could not be unpacked. Was it copied in full?');
  const json = safeJsonParse(text, 'share link');
  if (!json.ok) return bad(`The share link is damaged: ${json.error.message}`);
  const expanded = expandMoves(json.value);
  if (!expanded.ok) return expanded;
  return validateLog(expanded.value, { what: 'share link', withoutHashes: true });
}

/** Replays an unpacked link, recomputing the step hashes it leaves out; its final hash must match. */
export function replayShare(v: Omit<GameLog, 'hashes'>): Result<{ log: GameLog; replay: Replay }, LogError> {
  // Under the log's own rules: a link made before an upgrade of the rules still opens as it was played.
  const r = replayUnder(v);
  if (!r.ok) return r;
  const replay = r.value;
  const log: GameLog = { ...v, hashes: replay.native.slice(1).map(replay.rules.hash) };
  if (replay.rules.hash(replay.native[replay.native.length - 1]) !== log.finalHash) {
    return err({ code: 'ERR_HASH_MISMATCH', path: 'finalHash', message: 'The final state does not match the recorded final hash: the link was altered.' });
  }
  return ok({ log, replay });
}
