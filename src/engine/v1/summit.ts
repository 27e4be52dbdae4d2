import type { ActorId } from './actors';
import { type Effect, res, track, vp } from './effects';
import type { TrackId } from './tracks';

/** The two summit tables of autumn 2025. Washington opens both. */
export const TABLES = ['USKP', 'USCN'] as const;
export type TableId = (typeof TABLES)[number];

export interface TableInfo {
  readonly id: TableId;
  readonly name: string;
  readonly host: ActorId;
  readonly guest: ActorId;
  readonly readiness: TrackId;
}

export const TABLE_INFO: Readonly<Record<TableId, TableInfo>> = {
  USKP: { id: 'USKP', name: 'Trump–Kim summit', host: 'US', guest: 'KP', readiness: 'summitUSKP' },
  USCN: { id: 'USCN', name: 'Trump–Xi summit', host: 'US', guest: 'CN', readiness: 'summitUSCN' },
};

/** Readiness at which a table opens in the summit step. */
export const SUMMIT_READY = 4;
/** Readiness left after a summit is held: a new one must be prepared. */
export const READINESS_AFTER_SUMMIT = 0;
/** Every deal is worth this to both parties: the summit itself. */
export const DEAL_VP = 1;

/** Concrete terms a side can put on the table. The giver concedes; the effects say what it costs whom. */
export const TERMS = [
  'sanctionsRelief', 'recognition', 'exercisesPause', 'freeze', 'moratorium', 'remains',
  'tariffCut', 'chipExports', 'soybeans', 'fentanyl', 'pressurePyongyang', 'taiwanWording',
] as const;
export type TermId = (typeof TERMS)[number];

export interface TermInfo {
  readonly id: TermId;
  readonly table: TableId;
  readonly giver: ActorId;
  readonly name: string;
  readonly effects: readonly Effect[];
}

const term = (t: TermInfo) => t;

export const TERM_INFO: Readonly<Record<TermId, TermInfo>> = {
  sanctionsRelief: term({ id: 'sanctionsRelief', table: 'USKP', giver: 'US', name: 'Ease sanctions', effects: [track('sanctions', -2), vp('KP', 1), res('US', 'standing', -1)] }),
  recognition: term({ id: 'recognition', table: 'USKP', giver: 'US', name: 'Drop the denuclearization precondition', effects: [track('nuclear', 1), vp('KP', 1), track('alliance', -1)] }),
  exercisesPause: term({ id: 'exercisesPause', table: 'USKP', giver: 'US', name: 'Pause joint exercises', effects: [track('tension', -1), vp('KP', 1), track('alliance', -1)] }),
  freeze: term({ id: 'freeze', table: 'USKP', giver: 'KP', name: 'Freeze nuclear tests', effects: [track('nuclear', -1), vp('US', 1), track('tension', -1)] }),
  moratorium: term({ id: 'moratorium', table: 'USKP', giver: 'KP', name: 'Missile-test moratorium', effects: [track('tension', -1), vp('US', 1), vp('KR', 1), res('KP', 'military', -1)] }),
  remains: term({ id: 'remains', table: 'USKP', giver: 'KP', name: 'Return of war remains', effects: [res('US', 'standing', 1), vp('US', 1)] }),
  tariffCut: term({ id: 'tariffCut', table: 'USCN', giver: 'US', name: 'Cut tariffs', effects: [res('CN', 'economy', 2), res('US', 'economy', -1)] }),
  chipExports: term({ id: 'chipExports', table: 'USCN', giver: 'US', name: 'Ease chip export controls', effects: [res('CN', 'economy', 2), res('US', 'standing', -1)] }),
  taiwanWording: term({ id: 'taiwanWording', table: 'USCN', giver: 'US', name: 'Soften language on Taiwan', effects: [res('CN', 'standing', 1), track('alliance', -1)] }),
  soybeans: term({ id: 'soybeans', table: 'USCN', giver: 'CN', name: 'Resume soybean purchases', effects: [res('US', 'economy', 1), res('CN', 'economy', -1)] }),
  fentanyl: term({ id: 'fentanyl', table: 'USCN', giver: 'CN', name: 'Curb fentanyl precursors', effects: [res('US', 'standing', 1), res('CN', 'capital', -1)] }),
  pressurePyongyang: term({ id: 'pressurePyongyang', table: 'USCN', giver: 'CN', name: 'Lean on Pyongyang', effects: [track('sanctions', 1), vp('US', 1), track('axis', -1), vp('KR', 1)] }),
};

export const TABLE_TERMS: Readonly<Record<TableId, readonly TermId[]>> = {
  USKP: TERMS.filter((t) => TERM_INFO[t].table === 'USKP'),
  USCN: TERMS.filter((t) => TERM_INFO[t].table === 'USCN'),
};

/** Every legal package for a table: a non-empty set of terms from each side, in canonical order. */
function packagesFor(table: TableId): readonly (readonly TermId[])[] {
  const terms = TABLE_TERMS[table];
  const out: TermId[][] = [];
  for (let mask = 1; mask < 1 << terms.length; mask++) {
    const pick = terms.filter((_, i) => mask & (1 << i));
    const givers = new Set(pick.map((t) => TERM_INFO[t].giver));
    if (givers.size === 2) out.push(pick);
  }
  return out;
}

export const TABLE_PACKAGES: Readonly<Record<TableId, readonly (readonly TermId[])[]>> = {
  USKP: packagesFor('USKP'),
  USCN: packagesFor('USCN'),
};

/** A package is valid when it has distinct terms of this table and at least one concession from each side. */
export function validPackage(table: TableId, terms: readonly unknown[]): terms is readonly TermId[] {
  if (terms.length === 0 || new Set(terms).size !== terms.length) return false;
  const givers = new Set<ActorId>();
  for (const t of terms) {
    if (typeof t !== 'string' || !(t in TERM_INFO)) return false;
    const info = TERM_INFO[t as TermId];
    if (info.table !== table) return false;
    givers.add(info.giver);
  }
  return givers.size === 2;
}
