import {
  ACTORS, type ActorId, type Deal, type GameState, newGameOrThrow, type SummitHeld, RESOURCE_MAX, RESOURCE_MIN, RESOURCES, type ResourceId,
  type TableId, TABLES, TRACK_INFO, TRACKS, type TrackId,
} from '../engine';

/**
 * Agenda items and objectives are predicates over the state. The bots need more than met / not met:
 * how far away a condition is. Rather than copy every threshold (and drift when the balance moves),
 * the structure of each predicate is discovered once by probing it one variable at a time.
 */

export type Lever =
  | { readonly kind: 'track'; readonly track: TrackId }
  | { readonly kind: 'resource'; readonly actor: ActorId; readonly resource: ResourceId }
  | { readonly kind: 'deals'; readonly table: TableId }
  | { readonly kind: 'apec' }
  /** Rounds in which North Korea sat down at the Trump–Kim table. */
  | { readonly kind: 'attended' }
  /** Rounds in which North Korea snubbed the Trump–Kim table. */
  | { readonly kind: 'snubbed' }
  /** Trump–Kim deals that gave North Korea the precondition it named. */
  | { readonly kind: 'termsMet' };

/** A round no game reaches: where the termsMet lever keeps its probe deal. */
const PROBE_ROUND = 1000;

/** apecResult as a number: 0 pending, 1 success, 2 failure. */
const APEC_CODES = ['pending', 'success', 'failure'] as const;

const LEVERS: readonly Lever[] = [
  ...TRACKS.map((track) => ({ kind: 'track', track }) as const),
  ...ACTORS.flatMap((actor) => RESOURCES.map((resource) => ({ kind: 'resource', actor, resource }) as const)),
  ...TABLES.map((table) => ({ kind: 'deals', table }) as const),
  { kind: 'apec' },
  { kind: 'attended' },
  { kind: 'snubbed' },
  { kind: 'termsMet' },
];

function range(l: Lever): readonly number[] {
  const [lo, hi] = l.kind === 'track' ? [TRACK_INFO[l.track].min, TRACK_INFO[l.track].max]
    : l.kind === 'resource' ? [RESOURCE_MIN, RESOURCE_MAX]
      : l.kind === 'deals' || l.kind === 'attended' || l.kind === 'snubbed' ? [0, 3] : l.kind === 'termsMet' ? [0, 1] : [0, 2];
  const out: number[] = [];
  for (let v = lo; v <= hi; v++) out.push(v);
  return out;
}

export function leverValue(s: GameState, l: Lever): number {
  switch (l.kind) {
    case 'track': return s.tracks[l.track];
    case 'resource': return s.actors[l.actor].resources[l.resource];
    case 'deals': {
      let n = 0;
      for (const d of s.deals) if (d.table === l.table) n++;
      return n;
    }
    case 'apec': return APEC_CODES.indexOf(s.apecResult);
    case 'attended': {
      let n = 0;
      for (const h of s.summitsHeld) if (h.table === 'USKP' && h.attended) n++;
      return n;
    }
    case 'snubbed': {
      let n = 0;
      for (const h of s.summitsHeld) if (h.table === 'USKP' && !h.attended) n++;
      return n;
    }
    case 'termsMet': {
      let n = 0;
      for (const d of s.deals) {
        if (d.table !== 'USKP') continue;
        const held = s.summitsHeld.find((h) => h.table === 'USKP' && h.round === d.round && h.attended);
        if (held?.precondition && d.terms.includes(held.precondition)) n++;
      }
      return n;
    }
  }
}

function withLever(s: GameState, l: Lever, v: number): GameState {
  switch (l.kind) {
    case 'track': return { ...s, tracks: { ...s.tracks, [l.track]: v } };
    case 'resource': {
      const a = s.actors[l.actor];
      return { ...s, actors: { ...s.actors, [l.actor]: { ...a, resources: { ...a.resources, [l.resource]: v } } } };
    }
    case 'deals': {
      // Round PROBE_ROUND holds the termsMet lever's deal: the other levers leave it alone.
      const others = s.deals.filter((d) => d.table !== l.table || d.round === PROBE_ROUND);
      const mine: Deal[] = [];
      // A representative deal: at Trump–Kim, Pyongyang's missile-test moratorium (objectives read a deal's terms).
      for (let i = 0; i < v; i++) mine.push({ round: 1, table: l.table, terms: l.table === 'USKP' ? ['moratorium'] : [] });
      return { ...s, deals: [...others, ...mine] };
    }
    case 'apec': return { ...s, apecResult: APEC_CODES[v]! };
    case 'attended': {
      // Sat down in the first rounds (before any probed deal's round counts as "after").
      const others = s.summitsHeld.filter((h) => !(h.table === 'USKP' && h.attended) || h.round === PROBE_ROUND);
      const mine: SummitHeld[] = [];
      for (let i = 0; i < v; i++) mine.push({ round: i + 1, table: 'USKP', attended: true, precondition: null });
      return { ...s, summitsHeld: [...others, ...mine] };
    }
    case 'snubbed': {
      const others = s.summitsHeld.filter((h) => !(h.table === 'USKP' && !h.attended));
      const mine: SummitHeld[] = [];
      for (let i = 0; i < v; i++) mine.push({ round: i + 1, table: 'USKP', attended: false, precondition: null });
      return { ...s, summitsHeld: [...others, ...mine] };
    }
    case 'termsMet': {
      if (v === 0) return { ...s, deals: s.deals.filter((d) => d.round !== PROBE_ROUND), summitsHeld: s.summitsHeld.filter((h) => h.round !== PROBE_ROUND) };
      // A Trump–Kim deal on Kim's terms, in a round of its own so it does not disturb the other levers; it neither
      // drops the denuclearization demand nor freezes tests, terms that objectives read on their own.
      return {
        ...s,
        summitsHeld: [...s.summitsHeld, { round: PROBE_ROUND, table: 'USKP', attended: true, precondition: 'exercisesPause' }],
        deals: [...s.deals, { round: PROBE_ROUND, table: 'USKP', terms: ['exercisesPause', 'remains'] }],
      };
    }
  }
}

/** One way to meet a condition: every listed lever inside its set of good values. */
interface Requirement { readonly lever: Lever; readonly good: readonly number[] }
export type Alternative = readonly Requirement[];

/** The shape of a predicate: met when any alternative holds. */
export interface ConditionShape { readonly alternatives: readonly Alternative[] }

function goodValues(p: (s: GameState) => boolean, base: GameState, l: Lever): number[] {
  return range(l).filter((v) => p(withLever(base, l, v)));
}

function nearest(good: readonly number[], v: number): number {
  let best = good[0]!;
  for (const g of good) if (Math.abs(g - v) < Math.abs(best - v)) best = g;
  return best;
}

/** From a state where p holds, which levers can break it, and at which values does it still hold. */
function conjunction(p: (s: GameState) => boolean, truth: GameState): Alternative {
  const reqs: Requirement[] = [];
  for (const l of LEVERS) {
    const good = goodValues(p, truth, l);
    if (good.length < range(l).length) reqs.push({ lever: l, good });
  }
  return reqs;
}

export function discoverShape(p: (s: GameState) => boolean, base: GameState): ConditionShape {
  if (p(base)) return { alternatives: [conjunction(p, base)] };
  const alternatives: Alternative[] = [];
  for (const l of LEVERS) {
    const good = goodValues(p, base, l);
    if (good.length > 0) alternatives.push(conjunction(p, withLever(base, l, nearest(good, leverValue(base, l)))));
  }
  if (alternatives.length > 0) return { alternatives };
  // Needs two levers at once (e.g. "sanctions high and nuclear low"): search pairs for a state where it holds.
  for (let i = 0; i < LEVERS.length; i++) {
    for (let j = i + 1; j < LEVERS.length; j++) {
      for (const a of range(LEVERS[i]!)) {
        const s1 = withLever(base, LEVERS[i]!, a);
        for (const b of range(LEVERS[j]!)) {
          const s2 = withLever(s1, LEVERS[j]!, b);
          if (p(s2)) return { alternatives: [conjunction(p, s2)] };
        }
      }
    }
  }
  return { alternatives: [] };
}

/** Levers that can only grow in play: deals and summits are never undone, APEC is judged once. */
function stepsTo(l: Lever, from: number, good: readonly number[]): number {
  if (good.includes(from)) return 0;
  if (l.kind === 'apec') return from === 0 ? 1 : Infinity;
  let best = Infinity;
  for (const g of good) {
    if ((l.kind === 'deals' || l.kind === 'attended' || l.kind === 'snubbed' || l.kind === 'termsMet') && g < from) continue;
    const d = Math.abs(g - from);
    if (d < best) best = d;
  }
  return best;
}

/** Steps (track or resource points, deals, judgments) still needed to meet the condition; 0 when met. */
export function distance(shape: ConditionShape, s: GameState): number {
  let best = Infinity;
  for (const alt of shape.alternatives) {
    let d = 0;
    for (const r of alt) {
      d += stepsTo(r.lever, leverValue(s, r.lever), r.good);
      if (d >= best) break;
    }
    if (d < best) best = d;
  }
  return best;
}

let baseState: GameState | null = null;
/** A neutral probing base: the opening position, before any deal or APEC judgment. */
export function probeBase(): GameState {
  baseState ??= newGameOrThrow({ seed: '1' });
  return baseState;
}
