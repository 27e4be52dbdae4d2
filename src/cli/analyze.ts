import { availableParallelism } from 'node:os';
import { ACTORS } from '../engine';
import {
  type AnalysisOptions, type AnalysisReport, buildReport, CLASS_ROUNDS, DEFAULT_SEARCH_GAMES, DEFAULT_SEARCH_ITERATIONS,
  DEFAULT_STRATEGY_GAMES, planTasks, SECONDS_PER_TURN,
} from '../ai/analysis';
import { runTasks } from './analyzePool';
import { intOption, parseCli } from './options';
import { runCli, UsageError, writeJson } from './run';

const DEFAULT_GAMES = 1000;
/** Threads by default: the machine's cores, capped (each thread holds its own copy of the engine). */
const DEFAULT_THREADS = Math.max(1, Math.min(availableParallelism(), 8));

const USAGE = `Usage: npm run --silent analyze -- [options]
The balance report: heuristic bots in every seat, plus experiments. The same options always print the
same report (any number of threads); search bots think by iterations, never by the clock.
  --games N              heuristic games (also: random games, and ${CLASS_ROUNDS}-round games for the class estimate) (default ${DEFAULT_GAMES})
  --seed S               run seed 0..4294967295 (default 1); game i is sim's game i for the same seed
  --strategy-games N     games per fixed strategy per seat, vs 4 heuristic bots (default ${DEFAULT_STRATEGY_GAMES}; 0 = skip)
  --search-games N       games with one search seat (rotated) vs 4 heuristic bots (default ${DEFAULT_SEARCH_GAMES}; 0 = skip)
  --search-iterations N  search bot iterations per move (default ${DEFAULT_SEARCH_ITERATIONS})
  --quick                skip the slow experiments (fixed strategies and search)
  --threads N            worker threads (default ${DEFAULT_THREADS}, this machine's cores); does not change the report
  --json                 print the report as JSON (only JSON on stdout)
Errors: one line on stderr; exit 2 for bad options, 1 for an internal failure.`;

const pct = (x: number | null | undefined) => (x === null || x === undefined ? '—' : `${(x * 100).toFixed(1)}%`);

function human(r: AnalysisReport): string {
  const lines = [
    `${r.games} heuristic games, seed ${r.seed}, rules ${r.rulesVersion}`,
    `Wins: ${ACTORS.map((a) => `${a} ${pct(r.wins[a])}`).join(', ')}; ties at the top ${pct(r.ties)}; catastrophes ${pct(r.catastrophes)}`,
    `Top move: ${ACTORS.map((a) => `${a} ${r.topMoveShare[a]?.move ?? '—'} ${pct(r.topMoveShare[a]?.share)}`).join(', ')}; events ${pct(r.eventShare)} of card plays (own events ${pct(r.ownEventShare)}, the rest rival cards fired by ops)`,
    `Summit choices: ${ACTORS.map((a) => `${a} ${Object.entries(r.summitChoices[a]).map(([k, n]) => `${k} ${n}`).join(" ") || "—"}`).join("; ")}`,
    'Objectives (held in games; met and won when held):',
    ...Object.entries(r.objectives).map(([id, o]) => `  ${o.actor} ${id}: held ${o.held}, met ${pct(o.met)}, won ${pct(o.wins)}`),
    'Summits:',
    ...Object.entries(r.summits).map(([t, s]) => `  ${t}: opened ${s.opened}, deals ${s.deals} (in ${pct(s.dealGames)} of games); packages best for both sides: ${s.paretoBestPackages ?? '— (never opened)'} (at ${pct(s.bestForBothShare)} of ${s.positions} positions)`),
    `North Korea's summit decisions per game: ${r.kpSummitDecisionsPerGame}`,
  ];
  if (r.fixedStrategies) {
    lines.push(`Fixed strategies (${r.fixedStrategies.US.games} games each) — best vs the heuristic in that seat:`);
    for (const a of ACTORS) {
      const f = r.fixedStrategies[a];
      lines.push(`  ${a}: ${f.best} ${pct(f.bestWinRate)} vs heuristic ${pct(f.heuristicWinRate)}${f.bestWinRate > f.heuristicWinRate ? '  ← beats the heuristic' : ''}`);
    }
  }
  if (r.search) lines.push(`Search (${r.search.iterations} iterations, one seat rotated, ${r.search.games} games): wins ${pct(r.search.winRate)} vs heuristic ${pct(r.search.heuristicWinRate)} in the same seats`);
  for (const d of Object.values(r.decisionsPerTeam)) {
    lines.push(`${d.rounds}-round game: ${ACTORS.map((a) => `${a} ${d.perTeam[a]}`).join(', ')} decisions; ${d.total} in all ≈ ${d.classMinutes} min at ${SECONDS_PER_TURN} s a turn`);
  }
  lines.push(`Random play (${r.random.games} games): ${ACTORS.map((a) => `${a} ${pct(r.random.wins[a])}`).join(', ')}; catastrophes ${pct(r.random.catastrophes)}`);
  return lines.join('\n');
}

await runCli('analyze', async () => {
  const { values } = parseCli({
    options: {
      games: { type: 'string' }, seed: { type: 'string' }, 'strategy-games': { type: 'string' }, 'search-games': { type: 'string' },
      'search-iterations': { type: 'string' }, threads: { type: 'string' },
      quick: { type: 'boolean', default: false }, json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const games = intOption('games', values.games, DEFAULT_GAMES, 1, 1_000_000);
  const seed = intOption('seed', values.seed, 1, 0, 0xffffffff);
  if (values.quick && (values['strategy-games'] !== undefined || values['search-games'] !== undefined)) {
    throw new UsageError('--quick skips the fixed strategies and search; leave out --strategy-games and --search-games, or --quick.');
  }
  const o: AnalysisOptions = {
    games,
    seed,
    strategyGames: values.quick ? 0 : intOption('strategy-games', values['strategy-games'], DEFAULT_STRATEGY_GAMES, 0, 1_000_000),
    searchGames: values.quick ? 0 : intOption('search-games', values['search-games'], DEFAULT_SEARCH_GAMES, 0, 1_000_000),
    searchIterations: intOption('search-iterations', values['search-iterations'], DEFAULT_SEARCH_ITERATIONS, 1, 1_000_000),
  };
  const threads = intOption('threads', values.threads, DEFAULT_THREADS, 1, 64);
  const tasks = planTasks(o);
  // A long run shows its progress to a person at a terminal; scripts and pipes see only the result.
  const progress = process.stderr.isTTY ? (n: number) => process.stderr.write(`\ranalyze: ${n} of ${tasks.length} tasks done`) : undefined;
  const results = await runTasks(o, tasks, threads, progress);
  if (progress) process.stderr.write('\r\x1b[K');
  const report = buildReport(o, tasks, results);
  if (values.json) writeJson(report);
  else process.stdout.write(`${human(report)}\n`);
});
