/**
 * Prints a random-bot game log to stdout, for end-to-end tests and benchmarks that need a log made by the
 * current engine: `npx tsx src/log/fixture.ts SEED ROUNDS [MAX_ACTIONS]`.
 */
import { randomFixtureLog } from './fixtureLog';
import { serializeLog } from './make';

const [seed = '1', rounds = '6', max] = process.argv.slice(2);
process.stdout.write(serializeLog(randomFixtureLog(Number(seed), Number(rounds), max === undefined ? Infinity : Number(max))));
