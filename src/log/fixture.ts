/**
 * Prints a random-bot game log to stdout, for end-to-end tests that need a log made by the current
 * engine (samples can lag behind a rules change): `npx tsx src/log/fixture.ts SEED ROUNDS [MAX_ACTIONS]`.
 */
import { makeLog, serializeLog } from './make';
import { ALL_BOT_SEATS, randomGameActions } from './randomGame';

const [seed = '1', rounds = '6', max] = process.argv.slice(2);
const limit = max === undefined ? Infinity : Number(max);
// With a length asked for, try the following seeds until a game lasts that long (random bots often end in catastrophe).
let options = { seed: Number(seed), rounds: Number(rounds) };
let actions = randomGameActions(options, options.seed, limit);
for (let tries = 0; limit !== Infinity && actions.length < limit && tries < 500; tries++) {
  options = { ...options, seed: options.seed + 1 };
  actions = randomGameActions(options, options.seed, limit);
}
if (limit !== Infinity && actions.length < limit) throw new Error(`No game of ${limit} actions found from seed ${seed}.`);
process.stdout.write(serializeLog(makeLog({ options, seats: ALL_BOT_SEATS, actions, source: 'summitry e2e fixture' })));
