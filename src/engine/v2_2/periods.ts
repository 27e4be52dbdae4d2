// Split from cards.ts in this frozen copy only (the code is 2.2.0's, unchanged; cards.ts re-exports it): today's
// OBJECTIVE_BY_ID imports 2.2.0's objectives, which read the summit tables, which read the periods, and this way
// that chain does not bring the card data into the browser's first download.
/** The three decks of the autumn: each enters the draw pile when its period begins. */
export const PERIODS = ['september', 'october', 'apec'] as const;
export type Period = (typeof PERIODS)[number];

export const PERIOD_INFO: Readonly<Record<Period, { readonly name: string; readonly fromRound: number }>> = {
  september: { name: 'September', fromRound: 1 },
  october: { name: 'October', fromRound: 3 },
  apec: { name: 'APEC week', fromRound: 5 },
};

/**
 * The round a period's deck enters in a game of `rounds` rounds: its calendar round, brought forward in a
 * short game so that APEC week's cards still come, in the last round at the latest (when APEC is judged).
 */
export function periodStart(p: Period, rounds: number): number {
  const apec = Math.max(1, Math.min(PERIOD_INFO.apec.fromRound, rounds));
  if (p === 'apec') return apec;
  if (p === 'october') return Math.max(1, Math.min(PERIOD_INFO.october.fromRound, apec - 1));
  return 1;
}

/** Periods whose decks have entered by `round` in a game of `rounds`. */
export const periodsIn = (round: number, rounds: number): Period[] => PERIODS.filter((p) => periodStart(p, rounds) <= round);
