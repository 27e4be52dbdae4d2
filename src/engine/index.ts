/** Summitry rules engine: pure functions over plain data. No DOM, no timers, no Math.random. */
export * from './result';
export * from './actors';
export * from './resources';
export * from './tracks';
export * from './effects';
export * from './cards';
export * from './ops';
export * from './summit';
export * from './calendar';
export * from './objectives';
export * from './state';
export * from './actions';
export * from './setup';
export * from './turn';
export * from './legal';
export * from './apply';
export * from './view';
export * from './hash';
export * from './scoring';
export * from './describe';
export { seedRng, nextFloat, nextInt, shuffle, isSeed, splitRng, seedWord, type RngState } from './prng';
export * from './readings';
// The round flow's rule numbers; the flow's functions stay internal (they mutate drafts).
export { readingOf } from './flow';
export { AGENDA_ITEM_VP, CAPITAL_FINAL_VP, CAPITAL_INCOME, STANDING_BONUS, STANDING_BONUS_AT, STANDING_FINAL_VP, SANCTIONS_BITE_AT, SANCTIONS_BITE, TURNS_IN_ROUND } from './flow';
