import { ACTORS, MAX_ROUNDS, MIN_ROUNDS, STANDARD_ROUNDS } from '../engine';
import { intOption, parseBots, parseCli } from './options';
import { runCli, UsageError, writeJson } from './run';
import { checkSavePath, gameFile, logOf, savesAll, writeLog } from './savelog';
import { type SimSummary, simulate } from './simulate';

/** Search bots get a fixed iteration budget by default: a wall-clock budget would make runs unrepeatable. */
const SEARCH_ITERATIONS = 200;

const USAGE = `Usage: npm run --silent sim -- [options]
Plays bot-vs-bot games and sums them up. The same options always give the same output.
  --games N        games to play (default 100)
  --seed S         run seed 0..4294967295 (default 1); game i and its bots get seeds derived from S and i
  --rounds R       rounds per game ${MIN_ROUNDS}..${MAX_ROUNDS} (default ${STANDARD_ROUNDS})
  --bots SPEC      one level for every seat (random, heuristic, search) or pairs like US=heuristic,KP=random;
                   unnamed seats play random (default: all random)
  --iterations N   search bot iterations per move (default ${SEARCH_ITERATIONS}, so runs repeat exactly)
  --budget-ms MS   search bot thinking time per move instead (wall clock: results then vary run to run)
  --save-log PATH  save the first game's log to PATH; a PATH ending in "/" saves every game there as game-0001.json, ...
  --json           print the summary as JSON (only JSON on stdout)
Errors: one line on stderr; exit 2 for bad options, 1 for an internal failure.`;

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function human(s: SimSummary): string {
  const bots = ACTORS.map((a) => `${a} ${s.bots[a]}`).join(', ');
  const culprits = [...ACTORS, 'world' as const].filter((a) => s.culprits[a] > 0).map((a) => `${a} ${s.culprits[a]}`).join(', ');
  return [
    `${s.games} game${s.games === 1 ? '' : 's'}, seed ${s.seed}, ${s.rounds} rounds; bots: ${bots}`,
    `Wins: ${ACTORS.map((a) => `${a} ${s.wins[a]} (${pct(s.winShare[a])})`).join(', ')}`,
    `Catastrophes: ${s.catastrophes} (${pct(s.catastrophes / Math.max(s.games, 1))})${culprits ? `; pushed over by ${culprits}` : ''}`,
    `Average game: ${s.avgRounds} rounds, ${s.avgActions} actions, ${s.avgDeals} deals`,
    `Average VP: ${ACTORS.map((a) => `${a} ${s.avgVp[a]}`).join(', ')}`,
  ].join('\n');
}

await runCli('sim', () => {
  const { values } = parseCli({
    options: {
      games: { type: 'string' }, seed: { type: 'string' }, rounds: { type: 'string' }, bots: { type: 'string' },
      'budget-ms': { type: 'string' }, iterations: { type: 'string' }, 'save-log': { type: 'string' },
      json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const games = intOption('games', values.games, 100, 1, 1_000_000);
  const seed = intOption('seed', values.seed, 1, 0, 0xffffffff);
  const rounds = intOption('rounds', values.rounds, STANDARD_ROUNDS, MIN_ROUNDS, MAX_ROUNDS);
  const bots = parseBots(values.bots);
  const budgetMs = values['budget-ms'] === undefined ? undefined : intOption('budget-ms', values['budget-ms'], 0, 1, 600_000);
  const iterations = values.iterations !== undefined ? intOption('iterations', values.iterations, 0, 1, 10_000_000)
    : budgetMs === undefined ? SEARCH_ITERATIONS : undefined;
  const savePath = values['save-log'];
  if (savePath !== undefined && savePath.trim() === '') throw new UsageError('--save-log needs a file path.');
  // Checked before playing: a bad path must not cost a whole run (or end it with "internal error").
  if (savePath !== undefined) checkSavePath(savePath);
  const createdAt = new Date().toISOString();
  const summary = simulate(
    { games, seed, rounds, bots, ...(budgetMs !== undefined ? { budgetMs } : {}), ...(iterations !== undefined ? { iterations } : {}) },
    savePath === undefined ? undefined : (game, i) => {
      if (savesAll(savePath)) writeLog(gameFile(savePath, i), logOf(game, bots, { source: 'summitry sim', createdAt }));
      else if (i === 0) writeLog(savePath, logOf(game, bots, { source: 'summitry sim', createdAt }));
    },
  );
  if (values.json) writeJson(summary);
  else process.stdout.write(`${human(summary)}\n`);
});
