/**
 * What the board shows, derived from a GameView: whose move it is, the step in words, threshold notes
 * for each track, and what changed since the previous view. Pure, so it is tested without a DOM.
 */
import {
  ACCIDENT_TENSION, ACCIDENT_TENSION_GRAVE, accidentChance, GRAVE_ACCIDENT_AT, ACTORS, ACTOR_INFO, APEC_MAX_TENSION, APEC_MIN_PREP, BRINK_TENSION, CALENDAR, CATASTROPHE_TENSION,
  CRISIS_TENSION, describeEffects, type ActorId, type GameState,
  type GameView, RESOURCES, type ResourceId, roundLabel, standings, SUMMIT_READY, TABLE_INFO, TERM_INFO, TRACKS,
  type TrackId, TURN_ORDER, TURNS_PER_ROUND,
} from '../../engine';
// Not re-exported by the engine's index yet (asked in notes/RULES2.md): the crisis' cost, from the rules' own data.
import { CRISIS_EFFECTS } from '../../engine/flow';

export const TURNS_IN_ROUND = TURN_ORDER.length * TURNS_PER_ROUND;

/** Sanctions bite North Korea's economy from this value (engine rule, shown on the track). */
export const SANCTIONS_BITE_AT = 7;

/** Whose move it is, read from the view (the engine's toMove takes a full state). */
export function boardToMove(v: GameView): ActorId | null {
  // In setup, the first actor in turn order still to keep an objective or forecast (public progress only).
  if (v.phase === 'setup') return TURN_ORDER.find((a) => !v.actors[a].hasObjective || !v.actors[a].hasForecast) ?? null;
  if (v.phase === 'action') return TURN_ORDER[v.turn % TURN_ORDER.length]!;
  if (v.phase === 'summit' && v.summit) {
    const table = v.summit.tables[v.summit.index];
    if (!table) return null;
    if (v.summit.stage === 'attend') return TABLE_INFO[table].guest;
    if (v.summit.stage === 'intervene') return v.summit.waiting[0] ?? null;
    if (v.summit.offer) return v.summit.offer.to;
    return TABLE_INFO[table].host;
  }
  return null;
}

export const currentTableOf = (v: GameView) => (v.phase === 'summit' && v.summit ? v.summit.tables[v.summit.index] ?? null : null);

/** The APEC round of the scripted calendar (1-based), or null if the game ends before it: APEC is then judged in the last round. */
export const APEC_ROUND = CALENDAR.findIndex((c) => c.apec) + 1;
export const apecRoundOf = (rounds: number) => Math.min(APEC_ROUND, rounds);

export const actorName = (id: ActorId) => ACTOR_INFO[id].short;

/** The current step in words, for the status line and screen readers. */
export function stepText(v: GameView): string {
  const mover = boardToMove(v);
  switch (v.phase) {
    case 'setup':
      return `Secret setup: ${mover ? ACTOR_INFO[mover].name : ''} to keep an objective and record a forecast`;
    case 'action':
      return `Action turn ${v.turn + 1} of ${TURNS_IN_ROUND}: ${mover ? ACTOR_INFO[mover].name : ''} to move`;
    case 'summit': {
      const table = currentTableOf(v);
      if (!table || !v.summit) return 'Summit step';
      const info = TABLE_INFO[table];
      const count = v.summit.tables.length > 1 ? ` (table ${v.summit.index + 1} of ${v.summit.tables.length})` : '';
      const offer = v.summit.offer;
      if (v.summit.stage === 'attend') return `Summit step, ${info.name}${count}: ${ACTOR_INFO[info.guest].name} to attend or snub`;
      if (v.summit.stage === 'intervene') return `Summit step, ${info.name}${count}: ${mover ? ACTOR_INFO[mover].name : ''} to sweeten, spoil or stay out`;
      if (!offer) return `Summit step, ${info.name}${count}: ${ACTOR_INFO[info.host].name} to propose terms or decline`;
      const terms = offer.terms.map((t) => TERM_INFO[t].name).join(', ');
      return `Summit step, ${info.name}${count}: ${actorName(offer.from)} ${offer.countered ? 'counters' : 'offers'} ${terms}; ${ACTOR_INFO[offer.to].name} to answer`;
    }
    case 'ended':
      return endText(v);
  }
}

export function endText(v: GameView): string {
  if (v.end?.reason === 'catastrophe') {
    const who = v.end.culprit ? ` ${ACTOR_INFO[v.end.culprit].name} pushed it over the edge.` : ' A world event tipped it over.';
    return `Game over: catastrophe. Tension reached ${CATASTROPHE_TENSION}; nobody wins.${who}`;
  }
  const top = finalOrder(v)[0];
  return `Game over: the autumn is over.${top ? ` ${ACTOR_INFO[top].name} leads with ${v.actors[top].vp} VP.` : ''}`;
}

/** Final ranking by the engine's own rule. standings() reads only end, vp and standing, which a view carries. */
export function finalOrder(v: GameView): ActorId[] {
  return standings(v as unknown as GameState).map((s) => s.actor);
}

export function roundText(v: GameView): string {
  return `Round ${v.round} of ${v.options.rounds}: ${roundLabel(v.round)}`;
}

export interface TrackMark {
  /** Spaces from this value up (or exactly this value) carry the note. */
  readonly from: number;
  readonly to: number;
  readonly label: string;
  /** The rule in full words, for the text tables (the board prints the short label). */
  readonly text?: string;
  readonly tone: 'danger' | 'good' | 'warn';
}

const pct = (p: number) => `${Math.round(p * 100)}%`;

/** Rule thresholds drawn on each track, with words so colour is never the only signal. */
export const TRACK_MARKS: Readonly<Record<TrackId, readonly TrackMark[]>> = {
  // Most severe first: a space takes the tone of the first zone that holds it; each zone's bracket starts at its threshold.
  tension: [
    { from: CATASTROPHE_TENSION, to: CATASTROPHE_TENSION, label: `Catastrophe at ${CATASTROPHE_TENSION}`, tone: 'danger' },
    {
      from: BRINK_TENSION, to: CATASTROPHE_TENSION - 1, label: `Accidents ${BRINK_TENSION}+`, tone: 'danger',
      text: `Accidents at ${BRINK_TENSION}+: each round opens with a chance of an accident (tension +${ACCIDENT_TENSION}, +${ACCIDENT_TENSION_GRAVE} from ${GRAVE_ACCIDENT_AT}): ${[...new Set(Array.from({ length: CATASTROPHE_TENSION - BRINK_TENSION }, (_, k) => BRINK_TENSION + k))].map((t) => `${pct(accidentChance(t))} at ${t}`).join(', ')}`,
    },
    { from: CRISIS_TENSION, to: CATASTROPHE_TENSION - 1, label: `Crisis ${CRISIS_TENSION}+`, tone: 'warn', text: `Crisis at ${CRISIS_TENSION}+: at each round's end, ${describeEffects(CRISIS_EFFECTS).replace(/\.$/, '')}` },
    { from: APEC_MAX_TENSION + 1, to: CATASTROPHE_TENSION - 1, label: `APEC fails above ${APEC_MAX_TENSION}`, tone: 'warn' },
  ],
  sanctions: [{ from: SANCTIONS_BITE_AT, to: 10, label: `Bites DPRK economy at ${SANCTIONS_BITE_AT}+`, tone: 'warn' }],
  summitUSKP: [{ from: SUMMIT_READY, to: 6, label: `Summit table opens at ${SUMMIT_READY}`, tone: 'good' }],
  summitUSCN: [{ from: SUMMIT_READY, to: 6, label: `Summit table opens at ${SUMMIT_READY}`, tone: 'good' }],
  axis: [],
  nuclear: [],
  apec: [{ from: APEC_MIN_PREP, to: 6, label: `APEC success at ${APEC_MIN_PREP}+`, tone: 'good' }],
  alliance: [],
};

export const trackNotes = (t: TrackId): string => TRACK_MARKS[t].map((m) => m.text ?? m.label).join('; ');

/** What tension does right now (text, never colour alone): crisis costs and the accident risk; '' below the crisis. */
export function tensionNow(tension: number, short = false): string {
  if (tension >= CATASTROPHE_TENSION) return 'Catastrophe';
  const risk = accidentChance(tension);
  // The board's printed line: a few words beside the track's name.
  if (short) return tension >= CRISIS_TENSION ? `Crisis now${risk > 0 ? ` · accident risk ${pct(risk)} a round` : ''}` : '';
  const parts = [
    ...(tension >= CRISIS_TENSION ? ['crisis costs at each round\'s end'] : []),
    ...(risk > 0 ? [`accident risk ${pct(risk)} at the start of each round`] : []),
  ];
  return parts.length ? `Now: ${parts.join('; ')}` : '';
}

export interface BoardHighlight {
  readonly tracks?: readonly string[];
  readonly actors?: readonly string[];
}

export interface ActorDelta {
  readonly vp: number;
  readonly hand: number;
  readonly resources: Readonly<Record<ResourceId, number>>;
}

export interface BoardChanges {
  readonly tracks: ReadonlySet<TrackId>;
  readonly actors: ReadonlySet<ActorId>;
  /** Deltas are known only when the previous view is given. */
  readonly trackDelta: Readonly<Partial<Record<TrackId, number>>>;
  readonly actorDelta: Readonly<Partial<Record<ActorId, ActorDelta>>>;
}

export const NO_CHANGES: BoardChanges = { tracks: new Set(), actors: new Set(), trackDelta: {}, actorDelta: {} };

/**
 * What to highlight: the caller's `changed` list if given, else whatever differs from `previous`.
 * Deltas come from `previous` when it is given.
 */
export function boardChanges(v: GameView, changed?: BoardHighlight, previous?: GameView): BoardChanges {
  if (!changed && !previous) return NO_CHANGES;
  const trackDelta: Partial<Record<TrackId, number>> = {};
  const actorDelta: Partial<Record<ActorId, ActorDelta>> = {};
  const diffTracks = new Set<TrackId>();
  const diffActors = new Set<ActorId>();
  if (previous) {
    for (const t of TRACKS) {
      const d = v.tracks[t] - previous.tracks[t];
      if (d !== 0) { trackDelta[t] = d; diffTracks.add(t); }
    }
    for (const a of ACTORS) {
      const now = v.actors[a];
      const was = previous.actors[a];
      const resources = {} as Record<ResourceId, number>;
      let any = false;
      for (const r of RESOURCES) {
        resources[r] = now.resources[r] - was.resources[r];
        if (resources[r] !== 0) any = true;
      }
      const vp = now.vp - was.vp;
      const hand = now.handCount - was.handCount;
      if (vp !== 0) any = true;
      actorDelta[a] = { vp, hand, resources };
      if (any) diffActors.add(a);
    }
  }
  const tracks = changed ? new Set(TRACKS.filter((t) => changed.tracks?.includes(t))) : diffTracks;
  const actors = changed ? new Set(ACTORS.filter((a) => changed.actors?.includes(a))) : diffActors;
  return { tracks, actors, trackDelta, actorDelta };
}

export const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0');

/** The APEC track's live note: when it is judged, or how it went. */
export function apecNote(v: GameView): string {
  if (v.apecResult === 'success') return 'APEC succeeded';
  if (v.apecResult === 'failure') return 'APEC failed';
  const r = apecRoundOf(v.options.rounds);
  return r === v.round ? 'Judged this round' : `Judged in round ${r}`;
}

/** One short line for the board's status bar; stepText has the full detail. */
export function statusLine(v: GameView): string {
  const mover = boardToMove(v);
  switch (v.phase) {
    case 'setup':
      return `Setup · ${mover ? ACTOR_INFO[mover].name : ''} to move`;
    case 'action':
      return `Action turn ${v.turn + 1} of ${TURNS_IN_ROUND} · ${mover ? ACTOR_INFO[mover].name : ''} to move`;
    case 'summit': {
      const table = currentTableOf(v);
      const what = v.summit?.stage === 'attend' ? 'to attend or snub' : v.summit?.stage === 'intervene' ? 'to sweeten, spoil or pass' : v.summit?.offer ? 'to answer' : 'to propose or decline';
      return `Summit step · ${table ? TABLE_INFO[table].name : ''} · ${mover ? ACTOR_INFO[mover].short : ''} ${what}`;
    }
    case 'ended':
      return v.end?.reason === 'catastrophe' ? 'Game over · catastrophe: nobody wins' : 'Game over · the autumn is over';
  }
}
