/**
 * The three analysts' readings of Pyongyang's silence (the article), recorded by every team at the start
 * as a secret forecast and scored at the end against what North Korea actually did.
 */
export const READINGS = ['defersToXi', 'ownCalculation', 'noSummit'] as const;
export type ReadingId = (typeof READINGS)[number];

export const isReadingId = (x: unknown): x is ReadingId => typeof x === 'string' && (READINGS as readonly string[]).includes(x);

export interface ReadingInfo {
  readonly name: string;
  readonly analyst: string;
  readonly text: string;
  /** How the forecast is judged at the end, in plain words. */
  readonly judged: string;
}

export const READING_INFO: Readonly<Record<ReadingId, ReadingInfo>> = {
  defersToXi: {
    name: 'Pyongyang defers to Xi',
    analyst: 'Prof. Kim Jae-cheon (Sogang University)',
    text: 'North Korea is quietly manoeuvring so that Xi emerges the winner of his summit with Trump; it will not reach out to Washington before Beijing has its deal.',
    judged: 'Right if North Korea attends a Trump–Kim summit only after a US–China deal has been concluded.',
  },
  ownCalculation: {
    name: 'Pyongyang follows its own calculation',
    analyst: 'Prof. Park Won-gon (Ewha Womans University)',
    text: 'Kim laid out his terms in September: Washington must drop its denuclearization demand first. Hanoi and Panmunjom left Pyongyang feeling betrayed; it moves on its own reckoning, not Beijing\'s.',
    judged: 'Right if North Korea attends a Trump–Kim summit with no US–China deal concluded before it.',
  },
  noSummit: {
    name: 'No Trump–Kim summit this autumn',
    analyst: 'Prof. Kim Jong (University of North Korean Studies)',
    text: 'Trump\'s overtures fall short of Pyongyang\'s demands, and Kim has no reason to distract from Xi\'s diplomacy: a meeting during APEC is highly unlikely.',
    judged: 'Right if North Korea never attends a Trump–Kim summit.',
  },
};

/** VP for a forecast that proves right at the end. */
export const FORECAST_VP = 6;
