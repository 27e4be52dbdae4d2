import { type Effect, res, track } from './effects';
// Flavor texts dropped from this frozen copy (no rule or chronicle line reads them; replays show today's).

/** A world event: it happens to everyone at the start of a round, before any actor moves. */
export interface WorldEvent {
  readonly id: string;
  readonly name: string;
  readonly effects: readonly Effect[];
  readonly flavor: string;
}

export interface CalendarRound {
  readonly label: string;
  /** The scheduled headline of this fortnight, if history gives one. */
  readonly scheduled: WorldEvent | null;
  /** The APEC round judges the APEC track. */
  readonly apec: boolean;
}

/** The scripted autumn of 2025. Longer games continue into unscripted rounds. */
export const CALENDAR: readonly CalendarRound[] = [
  // One Tiananmen only: the parade itself is the axis card "Three on Tiananmen"; the calendar opens with the summit before it.
  { label: 'Early September', apec: false, scheduled: { id: 'sco-tianjin', name: 'SCO summit in Tianjin (31 Aug – 1 Sep)', effects: [track('axis', 1)], flavor: '' } },
  { label: 'Late September', apec: false, scheduled: { id: 'spa-address', name: 'Kim addresses the Supreme People\'s Assembly (21 Sep)', effects: [track('nuclear', 1), res('KP', 'standing', 1)], flavor: '' } },
  { label: 'Early October', apec: false, scheduled: { id: 'party-parade', name: 'Workers\' Party 80th anniversary parade (10 Oct)', effects: [track('axis', 1), track('tension', 1)], flavor: '' } },
  { label: 'Late October', apec: false, scheduled: { id: 'budapest-off', name: 'Budapest summit called off; Trump turns to Asia (21–27 Oct)', effects: [res('US', 'capital', -1), track('summitUSCN', 1), track('summitUSKP', 1)], flavor: '' } },
  { label: 'APEC week', apec: true, scheduled: { id: 'apec-opens', name: 'Leaders arrive in Gyeongju (29 Oct – 1 Nov)', effects: [track('apec', 1), track('summitUSKP', 1)], flavor: '' } },
  { label: 'November', apec: false, scheduled: { id: 'aftermath', name: 'The morning after APEC', effects: [], flavor: '' } },
];

/** Headlines drawn at random (from the seeded PRNG) at the start of every round. */
export const HEADLINES: readonly WorldEvent[] = [
  { id: 'hl-artillery', name: 'Artillery drills near the border', effects: [track('tension', 1)], flavor: '' },
  { id: 'hl-hotline', name: 'Hotline answered', effects: [track('tension', -1)], flavor: '' },
  { id: 'hl-oil-cap', name: 'Oil cap breaches reported', effects: [track('sanctions', -1)], flavor: '' },
  { id: 'hl-un-report', name: 'UN report on cyber theft', effects: [track('sanctions', 1)], flavor: '' },
  { id: 'hl-tariff-tweet', name: 'A tariff threat at midnight', effects: [track('summitUSCN', -1)], flavor: '' },
  { id: 'hl-trade-talks', name: 'Trade talks in Kuala Lumpur', effects: [track('summitUSCN', 1)], flavor: '' },
  { id: 'hl-defector', name: 'A diplomat defects', effects: [res('KP', 'standing', -1)], flavor: '' },
  { id: 'hl-typhoon', name: 'Typhoon hits the coast', effects: [res('KR', 'economy', -1)], flavor: '' },
  { id: 'hl-quiet', name: 'A quiet fortnight', effects: [], flavor: '' },
  { id: 'hl-drone', name: 'Drones over Pyongyang', effects: [track('tension', 1), res('KP', 'standing', 1)], flavor: '' },
];

export const roundLabel = (round: number): string => CALENDAR[round - 1]?.label ?? `Extra round ${round}`;
export const calendarRound = (round: number): CalendarRound =>
  CALENDAR[round - 1] ?? { label: roundLabel(round), scheduled: null, apec: false };

/** APEC succeeds when preparation is at least this and tension at most APEC_MAX_TENSION. */
export const APEC_MIN_PREP = 5;
export const APEC_MAX_TENSION = 5;
