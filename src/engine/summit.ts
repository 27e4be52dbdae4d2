import type { ActorId } from './actors';
import { type Period, periodStart } from './cards';
import { type Effect, res, track, vp } from './effects';
import type { TrackId } from './tracks';

/** The two summit tables of autumn 2025. Washington opens both. */
export const TABLES = ['USKP', 'USCN'] as const;
export type TableId = (typeof TABLES)[number];
/** The order tables sit in the summit step: Trump meets Xi first (Busan, 30 October), then Kim, if Kim comes. */
export const SUMMIT_ORDER: readonly TableId[] = ['USCN', 'USKP'];

export interface TableInfo {
  readonly id: TableId;
  readonly name: string;
  readonly host: ActorId;
  readonly guest: ActorId;
  readonly readiness: TrackId;
  /** Third parties who may sweeten or spoil this table, in turn order. */
  readonly thirdParties: readonly ActorId[];
}

export const TABLE_INFO: Readonly<Record<TableId, TableInfo>> = {
  USKP: { id: 'USKP', name: 'Trump–Kim summit', host: 'US', guest: 'KP', readiness: 'summitUSKP', thirdParties: ['CN', 'RU', 'KR'] },
  USCN: { id: 'USCN', name: 'Trump–Xi summit', host: 'US', guest: 'CN', readiness: 'summitUSCN', thirdParties: ['KP', 'RU', 'KR'] },
};

/**
 * When each table can first open. Trump meets Xi at Busan in APEC week (30 October); a Trump–Kim meeting is
 * possible from October, when Trump's overtures begin. Readiness built earlier waits for its season. So a Kim
 * who sits down in October follows his own calculation, and one who waits for Busan defers to Xi: the
 * analysts' question is decided by play. In a shorter game the periods come sooner.
 */
export const TABLE_SEASON: Readonly<Record<TableId, Period>> = { USKP: 'october', USCN: 'apec' };
export const tableOpensFrom = (table: TableId, rounds: number): number => periodStart(TABLE_SEASON[table], rounds);

/** Readiness at which a table opens in the summit step. Cards and operations never take a ready table below it. */
export const SUMMIT_READY = 4;
export const READINESS_TRACKS: readonly TrackId[] = ['summitUSKP', 'summitUSCN'];
/** Readiness left after a summit is held: a new one must be prepared. */
export const READINESS_AFTER_SUMMIT = 0;
/** Every deal is worth this to both parties: the summit itself. */
export const DEAL_VP = 2;
/** The host scores this much more for a deal: Washington scores deals and summits. */
export const HOST_DEAL_BONUS_VP = 2;

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
  /** What the term does for the receiver and the world. */
  readonly effects: readonly Effect[];
  /** What it costs the side that concedes it: always something it scores, so no package is best for both sides. */
  readonly cost: readonly Effect[];
}

const term = (t: TermInfo) => t;

export const TERM_INFO: Readonly<Record<TermId, TermInfo>> = {
  // Trump–Kim: what Washington can give…
  sanctionsRelief: term({ id: 'sanctionsRelief', table: 'USKP', giver: 'US', name: 'Ease sanctions', effects: [track('sanctions', -2), vp('KP', 2)], cost: [vp('US', -2), res('US', 'standing', -1)] }),
  recognition: term({ id: 'recognition', table: 'USKP', giver: 'US', name: 'Drop the denuclearization demand', effects: [track('nuclear', 1), vp('KP', 2)], cost: [vp('US', -2), track('alliance', -1)] }),
  exercisesPause: term({ id: 'exercisesPause', table: 'USKP', giver: 'US', name: 'Pause joint exercises', effects: [track('tension', -1), vp('KP', 2)], cost: [vp('US', -2), track('alliance', -1)] }),
  // …and what Pyongyang can give.
  freeze: term({ id: 'freeze', table: 'USKP', giver: 'KP', name: 'Freeze nuclear tests', effects: [track('nuclear', -1), vp('US', 2)], cost: [vp('KP', -2)] }),
  moratorium: term({ id: 'moratorium', table: 'USKP', giver: 'KP', name: 'Missile-test moratorium', effects: [track('tension', -1), vp('US', 2), vp('KR', 2)], cost: [vp('KP', -2), res('KP', 'military', -1)] }),
  remains: term({ id: 'remains', table: 'USKP', giver: 'KP', name: 'Return of war remains', effects: [res('US', 'standing', 1), vp('US', 2)], cost: [res('KP', 'standing', -1)] }),
  // Trump–Xi: what Washington can give…
  tariffCut: term({ id: 'tariffCut', table: 'USCN', giver: 'US', name: 'Cut tariffs', effects: [res('CN', 'economy', 2), vp('CN', 2)], cost: [res('US', 'economy', -1), vp('US', -2)] }),
  chipExports: term({ id: 'chipExports', table: 'USCN', giver: 'US', name: 'Ease chip export controls', effects: [res('CN', 'economy', 1), vp('CN', 4)], cost: [vp('US', -2), res('US', 'standing', -1)] }),
  taiwanWording: term({ id: 'taiwanWording', table: 'USCN', giver: 'US', name: 'Soften language on Taiwan', effects: [res('CN', 'standing', 1), vp('CN', 2)], cost: [vp('US', -2), track('alliance', -1)] }),
  // …and what Beijing can give.
  soybeans: term({ id: 'soybeans', table: 'USCN', giver: 'CN', name: 'Resume soybean purchases', effects: [res('US', 'economy', 1), vp('US', 2)], cost: [res('CN', 'economy', -1)] }),
  fentanyl: term({ id: 'fentanyl', table: 'USCN', giver: 'CN', name: 'Curb fentanyl precursors', effects: [res('US', 'standing', 1), vp('US', 2)], cost: [vp('CN', -2)] }),
  pressurePyongyang: term({ id: 'pressurePyongyang', table: 'USCN', giver: 'CN', name: 'Lean on Pyongyang', effects: [track('sanctions', 1), vp('US', 4), vp('KR', 2)], cost: [vp('CN', -2), track('axis', -1)] }),
};

/** Terms the US may give at the Trump–Kim table: what North Korea may name as its precondition for attending. */
export const PRECONDITION_TERMS: readonly TermId[] = ['sanctionsRelief', 'recognition', 'exercisesPause'];

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

/** Third parties' interventions (sweeten / spoil): what each costs at once and pays off when the table closes. */
export const SWEETEN_COST = 1;
export const SPOIL_COST = 1;
/** Russia's spoiling also strains the axis: Pyongyang and Beijing chose to sit at that table. */
export const RUSSIA_SPOIL_AXIS_COST = 1;
/** VP for a sweetener if the table ends in a deal; for a spoiler if it ends without one. */
export const SWEETEN_VP = 2;
export const SPOIL_VP = 4;
/** A sweetener adds this VP for the guest to any deal; a spoiler takes this VP from the guest in a deal. */
export const SWEETEN_GUEST_VP = 0;
export const SPOIL_GUEST_VP = 2;

/** North Korea snubs the Trump–Kim table: readiness lost, and what Pyongyang gains by walking away. */
export const SNUB_READINESS_LOSS = 0;
/** What a snub does to readiness, in words: with no loss the table stays ready and Washington may ask again. */
export const SNUB_READINESS_WORDS = SNUB_READINESS_LOSS > 0 ? `readiness −${SNUB_READINESS_LOSS}` : 'readiness stays (Washington may ask again next round)';
export const SNUB_GAINS: readonly Effect[] = [res('KP', 'standing', 1), track('axis', 1)];
/** A guest who refuses an offer walks away with this (standing at home). */
export const WALKAWAY_GAINS: Readonly<Record<ActorId, readonly Effect[]>> = {
  KP: [res('KP', 'standing', 1)],
  CN: [res('CN', 'standing', 1)],
  US: [], RU: [], KR: [],
};
/** A publicly refused offer costs its proposer standing (audience costs, after Fearon). */
export const AUDIENCE_COST = 1;
