import {
  ACTOR_INFO, ACTORS, type ActorId, type ChronicleEntry, type GameState, RESOURCE_INFO, RESOURCES, type ResourceId,
  TRACK_INFO, TRACKS, type TrackId,
} from '../../engine';

export interface TrackChange { readonly track: TrackId; readonly from: number; readonly to: number }
export interface ActorChange { readonly actor: ActorId; readonly what: ResourceId | 'vp'; readonly from: number; readonly to: number }

/** What one step changed: for the board's highlights and for the same facts in words. */
export interface StepDiff {
  readonly tracks: readonly TrackChange[];
  readonly actors: readonly ActorChange[];
  /** Chronicle lines the step added (the move itself, and any automatic summit, scoring or world events after it). */
  readonly chronicle: readonly ChronicleEntry[];
}

export const NO_DIFF: StepDiff = { tracks: [], actors: [], chronicle: [] };

export function diffStates(prev: GameState, next: GameState): StepDiff {
  const tracks: TrackChange[] = [];
  for (const t of TRACKS) if (prev.tracks[t] !== next.tracks[t]) tracks.push({ track: t, from: prev.tracks[t], to: next.tracks[t] });
  const actors: ActorChange[] = [];
  for (const a of ACTORS) {
    const p = prev.actors[a];
    const n = next.actors[a];
    for (const r of RESOURCES) if (p.resources[r] !== n.resources[r]) actors.push({ actor: a, what: r, from: p.resources[r], to: n.resources[r] });
    if (p.vp !== n.vp) actors.push({ actor: a, what: 'vp', from: p.vp, to: n.vp });
  }
  return { tracks, actors, chronicle: next.chronicle.slice(prev.chronicle.length) };
}

const signed = (d: number) => (d > 0 ? `+${d}` : `−${-d}`);

export const describeTrackChange = (c: TrackChange) => `${TRACK_INFO[c.track].name} ${c.from} → ${c.to} (${signed(c.to - c.from)})`;

export const describeActorChange = (c: ActorChange) =>
  `${ACTOR_INFO[c.actor].name}: ${c.what === 'vp' ? 'victory points' : RESOURCE_INFO[c.what].name.toLowerCase()} ${c.from} → ${c.to} (${signed(c.to - c.from)})`;

/** The board highlight for a step: tracks that moved and actors whose resources or VP moved. */
export function highlightOf(d: StepDiff): { tracks: TrackId[]; actors: ActorId[] } {
  return { tracks: d.tracks.map((c) => c.track), actors: [...new Set(d.actors.map((c) => c.actor))] };
}
