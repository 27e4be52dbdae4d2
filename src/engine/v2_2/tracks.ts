/** Shared tracks that every actor moves and reads. (Help texts dropped from this frozen copy: replays show today's.) */
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
  tension: { id: 'tension', name: 'Tension', min: 0, max: 10, start: 4, help: '' },
  sanctions: { id: 'sanctions', name: 'Sanctions pressure', min: 0, max: 10, start: 5, help: '' },
  summitUSKP: { id: 'summitUSKP', name: 'Summit readiness US–DPRK', min: 0, max: 6, start: 2, help: '' },
  summitUSCN: { id: 'summitUSCN', name: 'Summit readiness US–China', min: 0, max: 6, start: 2, help: '' },
  axis: { id: 'axis', name: 'Axis cohesion', min: 0, max: 10, start: 5, help: '' },
  nuclear: { id: 'nuclear', name: 'Nuclear status', min: 0, max: 6, start: 3, help: '' },
  apec: { id: 'apec', name: 'APEC preparation', min: 0, max: 6, start: 2, help: '' },
  alliance: { id: 'alliance', name: 'Alliance health US–ROK', min: 0, max: 6, start: 3, help: '' },
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
