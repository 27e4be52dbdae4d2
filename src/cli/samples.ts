import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACTOR_INFO, ACTORS, type GameState, RULES_VERSION, standings } from '../engine';
import type { BotLevel } from '../ai/bot';
import { parseCli } from './options';
import { type BotLevels, deriveSeed, type PlayedGame, playGame } from './play';
import { runCli, writeJson } from './run';
import { logOf, writeLog } from './savelog';

/**
 * Writes the sample game logs the replay viewer offers (public/samples/ and its index.json).
 * Deterministic: no timestamps, fixed seeds, so a re-run changes the files only when the engine or
 * the bots change. Re-run it after any rules change: samples.test.ts fails on stale hashes.
 */

const USAGE = `Usage: npm run --silent samples -- [--out DIR] [--json]
Writes the sample logs and index.json for the replay viewer (default DIR public/samples).`;

const everyone = (level: BotLevel): BotLevels => Object.fromEntries(ACTORS.map((a) => [a, level])) as BotLevels;

interface SampleSpec {
  readonly file: string;
  readonly title: string;
  readonly rounds: number;
  readonly bots: BotLevels;
  readonly maxActions?: number;
  /** Which games make a good sample of this kind; the first seed that passes is used. */
  readonly want: (s: GameState) => boolean;
  readonly blurb: string;
}

const byCalendar = (s: GameState) => s.end?.reason === 'calendar';

/** "2.3" for rules 2.3.0: the samples' file names and titles carry it, so a new version never overwrites an older one's files. */
const MINOR = RULES_VERSION.split('.').slice(0, 2).join('.');

/**
 * The samples of the current rules. Samples of older rules (public/samples/index.json entries with an older
 * rulesVersion) are kept byte for byte: they replay through that version's ruleset, and this script never
 * rewrites them.
 */
const SPECS: readonly SampleSpec[] = [
  {
    file: `${MINOR}-standard-six-rounds.json`,
    title: `Rules ${MINOR}: a full autumn, six rounds, heuristic bots`,
    rounds: 6,
    bots: everyone('heuristic'),
    want: (s) => byCalendar(s) && s.deals.length >= 1,
    blurb: `The standard game under rules ${MINOR}, every seat played by the heuristic bot: objectives kept, forecasts recorded, summits bargained.`,
  },
  {
    file: `${MINOR}-trump-kim-summit.json`,
    title: `Rules ${MINOR}: Kim comes to the table`,
    rounds: 6,
    bots: everyone('heuristic'),
    want: (s) => byCalendar(s) && s.summitsHeld.some((h) => h.table === 'USKP' && h.attended && h.precondition !== null) && s.deals.some((d) => d.table === 'USKP'),
    blurb: 'North Korea attends a Trump–Kim summit, naming its precondition, and a deal is struck: watch the sweeteners and spoilers.',
  },
  {
    file: `${MINOR}-snub.json`,
    title: `Rules ${MINOR}: Pyongyang snubs Trump`,
    rounds: 6,
    bots: everyone('heuristic'),
    want: (s) => byCalendar(s) && s.summitsHeld.some((h) => h.table === 'USKP' && !h.attended),
    blurb: 'The Trump–Kim table is ready, and Kim stays away: what the snub costs and what it earns Pyongyang.',
  },
];

function outcome(g: PlayedGame): string {
  const s = g.state;
  if (s.end?.reason === 'catastrophe') {
    return `Catastrophe in round ${s.round}${s.end.culprit ? `, pushed over the edge by ${ACTOR_INFO[s.end.culprit].name}` : ''}; nobody wins.`;
  }
  if (s.phase !== 'ended') return `Unfinished: round ${s.round} of ${s.options.rounds}, ${s.deals.length} summit deal${s.deals.length === 1 ? '' : 's'} so far.`;
  const [first, second] = standings(s);
  const margin = first!.vp === second!.vp ? `level with ${ACTOR_INFO[second!.actor].name}, ahead on the tie-break` : `${ACTOR_INFO[second!.actor].name} ${second!.vp}`;
  return `${ACTOR_INFO[first!.actor].name} wins with ${first!.vp} VP (${margin}); ${s.deals.length} summit deal${s.deals.length === 1 ? '' : 's'}.`;
}

/** The first game from a fixed run of seeds that shows what the sample is for. */
function pick(spec: SampleSpec, index: number): PlayedGame {
  for (let i = 0; i < 500; i++) {
    const g = playGame({ seed: deriveSeed(2025 + index, i), rounds: spec.rounds, bots: spec.bots, ...(spec.maxActions ? { maxActions: spec.maxActions } : {}) });
    if (spec.want(g.state)) return g;
  }
  throw new Error(`No game among 500 seeds fits the sample "${spec.file}".`);
}

await runCli('samples', () => {
  const { values } = parseCli({ options: { out: { type: 'string', default: join('public', 'samples') }, json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } } });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const dir = values.out;
  // Older rules' samples stay exactly as they are (their files are not touched), listed first.
  const indexPath = join(dir, 'index.json');
  const previous: { samples: { rulesVersion?: string }[] } = existsSync(indexPath) ? JSON.parse(readFileSync(indexPath, 'utf8')) : { samples: [] };
  const kept = previous.samples.filter((x) => (x.rulesVersion ?? '1.0.0') !== RULES_VERSION);
  const fresh = SPECS.map((spec, i) => {
    const game = pick(spec, i);
    const path = join(dir, spec.file);
    writeLog(path, logOf(game, spec.bots, { source: 'summitry samples' }));
    return { file: spec.file, title: spec.title, description: `${spec.blurb} ${outcome(game)}`, actions: game.actions.length, seed: game.start.options.seed, rounds: spec.rounds, rulesVersion: RULES_VERSION };
  });
  const samples = [...kept, ...fresh] as { file: string; description: string; actions: number }[];
  writeFileSync(indexPath, `${JSON.stringify({ samples }, null, 2)}\n`);
  if (values.json) writeJson({ dir, samples });
  else process.stdout.write(samples.map((s) => `${join(dir, s.file)}: ${s.actions} actions. ${s.description}`).join('\n') + '\n');
});
