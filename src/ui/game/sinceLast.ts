/**
 * What happened while a seat looked away: the public record between two positions. It reads only
 * public views (view(state, null)): the chronicle, the shared tracks, VP and the round records, so
 * a summary can never carry a hand or a hidden objective. Pure, tested without a DOM.
 */
import { type ActorId, ACTORS, type ChronicleEntry, type GameView, TRACKS, type TrackId } from '../../engine';

export interface TrackChange { readonly track: TrackId; readonly from: number; readonly to: number }
export interface VpChange { readonly actor: ActorId; readonly from: number; readonly to: number }

/** One round's scoring: VP each actor gained in it, with the chronicle's reasons. */
export interface RoundScore {
  readonly round: number;
  readonly rows: readonly { readonly actor: ActorId; readonly gained: number; readonly total: number; readonly reasons: readonly string[] }[];
  /** Lines of the round's scoring that name no actor (e.g. APEC judged). */
  readonly notes: readonly string[];
}

export interface SinceLast {
  /** Chronicle lines written since, oldest first. */
  readonly entries: readonly ChronicleEntry[];
  readonly tracks: readonly TrackChange[];
  readonly vp: readonly VpChange[];
  /** Rounds scored since, oldest first. */
  readonly rounds: readonly RoundScore[];
}

export const nothingSince = (s: SinceLast): boolean => s.entries.length === 0 && s.tracks.length === 0 && s.vp.length === 0;

/**
 * The public changes from `before` to `now` (both public views of the same game, `before` earlier),
 * leaving out the first `skip` chronicle lines (the seat's own move, when `before` precedes it).
 */
export function sinceLast(before: GameView, now: GameView, skip = 0): SinceLast {
  const entries = now.chronicle.slice(before.chronicle.length + skip);
  const tracks = TRACKS.filter((t) => before.tracks[t] !== now.tracks[t]).map((t) => ({ track: t, from: before.tracks[t], to: now.tracks[t] }));
  const vp = ACTORS.filter((a) => before.actors[a].vp !== now.actors[a].vp).map((a) => ({ actor: a, from: before.actors[a].vp, to: now.actors[a].vp }));
  const scored = now.history.filter((h) => h.round > 0 && !before.history.some((b) => b.round === h.round));
  const rounds = scored.map((h) => roundScore(now, h.round));
  return { entries, tracks, vp, rounds };
}

/** A round's scoring from the round records (VP at each round's end) and the chronicle's scoring lines. */
export function roundScore(v: GameView, round: number): RoundScore {
  const at = v.history.find((h) => h.round === round);
  const prev = [...v.history].reverse().find((h) => h.round < round);
  const lines = v.chronicle.filter((e) => e.round === round && (e.kind === 'scoring' || e.kind === 'end'));
  const rows = ACTORS.map((actor) => {
    const total = at?.vp[actor] ?? v.actors[actor].vp;
    const gained = total - (prev?.vp[actor] ?? 0);
    return { actor, gained, total, reasons: lines.filter((e) => e.actor === actor).map((e) => e.text) };
  }).sort((a, b) => b.total - a.total);
  return { round, rows, notes: lines.filter((e) => e.actor === null).map((e) => e.text) };
}
