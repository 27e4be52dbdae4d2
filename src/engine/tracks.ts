/** Shared tracks that every actor moves and reads. */
export const TRACKS = ['tension', 'sanctions', 'summitUSKP', 'summitUSCN', 'axis', 'nuclear', 'apec', 'alliance'] as const;
export type TrackId = (typeof TRACKS)[number];

export interface TrackInfo {
  readonly id: TrackId;
  readonly name: string;
  readonly min: number;
  readonly max: number;
  readonly start: number;
  readonly help: string;
}

export const TRACK_INFO: Readonly<Record<TrackId, TrackInfo>> = {
  tension: { id: 'tension', name: 'Tension', min: 0, max: 10, start: 4, help: 'Escalation on the peninsula. At 6 or more (crisis) every round ends with APEC preparation −1 and South Korea\'s economy −1; from 6 on (the brink) each round may open with an accident that adds 1 more, or 2 from 8 on (10% at 6, up to 50% at 9). At 10 a catastrophe ends the game: nobody wins, and whoever pushed it there ranks last.' },
  sanctions: { id: 'sanctions', name: 'Sanctions pressure', min: 0, max: 10, start: 5, help: 'Pressure on North Korea. At 7 or more North Korea loses 1 economy each round.' },
  summitUSKP: { id: 'summitUSKP', name: 'Summit readiness US–DPRK', min: 0, max: 6, start: 2, help: 'At 4 or more a US–DPRK summit table opens in the summit step, from October. Cards that cool it (Kim\'s coldness, Moscow\'s summons, old betrayals) never take it below 1: they delay the table, and Pyongyang decides at it.' },
  summitUSCN: { id: 'summitUSCN', name: 'Summit readiness US–China', min: 0, max: 6, start: 2, help: 'At 4 or more a US–China summit table opens in the summit step, from APEC week (Busan).' },
  axis: { id: 'axis', name: 'Axis cohesion', min: 0, max: 10, start: 5, help: 'How tightly Pyongyang, Beijing and Moscow move together.' },
  nuclear: { id: 'nuclear', name: 'Nuclear status', min: 0, max: 6, start: 3, help: 'How far the world treats North Korea as a nuclear power.' },
  apec: { id: 'apec', name: 'APEC preparation', min: 0, max: 6, start: 2, help: 'Readiness of the Gyeongju APEC summit. Judged in the APEC round.' },
  alliance: { id: 'alliance', name: 'Alliance health US–ROK', min: 0, max: 6, start: 3, help: 'Trust between Washington and Seoul.' },
};

export const CATASTROPHE_TENSION = TRACK_INFO.tension.max;

/** Tension thresholds with teeth. Crisis: at each round's end, these effects. */
export const CRISIS_TENSION = 6;
/** The brink: each round opens with a seeded chance of an accident that adds ACCIDENT_TENSION. */
export const BRINK_TENSION = 6;
export const ACCIDENT_TENSION = 1;
/** From this tension on an accident is graver: it adds ACCIDENT_TENSION_GRAVE. */
export const GRAVE_ACCIDENT_AT = 8;
export const ACCIDENT_TENSION_GRAVE = 2;
/** Tension an accident adds at this tension. */
export const accidentTension = (tension: number): number => (tension >= GRAVE_ACCIDENT_AT ? ACCIDENT_TENSION_GRAVE : ACCIDENT_TENSION);
/** Chance of an accident at the start of a round, by tension (0 below the brink). */
export const accidentChance = (tension: number): number => (tension >= 9 ? 0.5 : tension >= 8 ? 0.35 : tension >= 7 ? 0.2 : tension >= BRINK_TENSION ? 0.1 : 0);
