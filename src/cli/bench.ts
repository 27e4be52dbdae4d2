import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { ACTORS, type Action, apply, type GameState, legalActions, newGameOrThrow, stateHash, toMove } from '../engine';
import { makeLog, parseLog, playableOptions, replayActions, replayLog, serializeLog } from '../log';
import { numberOption, parseCli } from './options';
import { gameSeed, playGame } from './play';
import { runCli, writeJson } from './run';

const USAGE = `Usage: npm run --silent bench -- [--seconds S] [--json]
Measures engine throughput on one core (warm-up first, then S seconds per figure; default 2, about 15 s in all).
  actionsPerSec           apply() on pre-recorded legal action sequences (no bot choice)
  randomGamesPerSec       full 6-round games with random bots (legalActions + choice + apply)
  legalActionsPerSec      legalActions() for the seat to move, over recorded positions
  hashPerSec              stateHash() over recorded positions
  replay1000Ms            median time to parse + validate + replay + verify the hashes of a 1,000-action log
  replay1000EngineOnlyMs  median time to re-apply the same 1,000 actions
  replay1000Breakdown     parse+validate, replay keeping every state, and hashing 1,000 states, each alone
  --json   print the figures, the bars and pass/fail as JSON`;

/** The targets the engine is held to. */
const BARS = { actionsPerSec: 170_000, randomGamesPerSec: 700, replay1000Ms: 20 } as const;

const ALL_RANDOM = Object.fromEntries(ACTORS.map((a) => [a, 'random'])) as Record<(typeof ACTORS)[number], 'random'>;

interface Recorded {
  readonly start: GameState;
  readonly actions: readonly Action[];
  readonly states: readonly GameState[];
}

/** Random games recorded once, so the timed loops measure the engine, not the bots. */
function record(games: number): Recorded[] {
  const out: Recorded[] = [];
  for (let i = 0; i < games; i++) {
    const g = playGame({ seed: gameSeed(0xbe_c4, i), rounds: 6, bots: ALL_RANDOM });
    const states: GameState[] = [g.start];
    let s = g.start;
    for (const a of g.actions) {
      const r = apply(s, a);
      if (!r.ok) throw new Error(`Recorded action failed to replay: ${r.error.message}`);
      s = r.value;
      states.push(s);
    }
    out.push({ start: g.start, actions: g.actions, states });
  }
  return out;
}

/** Runs `work` (which returns units done) for a warm-up, then for `seconds`; returns units per second. */
function rate(seconds: number, work: (i: number) => number): number {
  const warm = performance.now() + Math.min(500, seconds * 250);
  let i = 0;
  while (performance.now() < warm) work(i++);
  let units = 0;
  const t0 = performance.now();
  const end = t0 + seconds * 1000;
  let t = t0;
  while (t < end) {
    units += work(i++);
    t = performance.now();
  }
  return units / ((t - t0) / 1000);
}

/** Median of timed runs of `work`, after a warm-up, within about `seconds`. */
function medianMs(seconds: number, work: () => void): number {
  const warm = performance.now() + Math.min(500, seconds * 250);
  while (performance.now() < warm) work();
  const times: number[] = [];
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end || times.length < 5) {
    const t0 = performance.now();
    work();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

function applyAll(start: GameState, actions: readonly Action[]): GameState {
  let s = start;
  for (const a of actions) {
    const r = apply(s, a);
    if (!r.ok) throw new Error(r.error.message);
    s = r.value;
  }
  return s;
}

/** A long practice game (100 rounds) cut at exactly 1,000 actions: a log may hold an unfinished game. */
function longLog(): string {
  for (let i = 0; ; i++) {
    const g = playGame({ seed: gameSeed(0x1000, i), rounds: 100, bots: ALL_RANDOM, maxActions: 1000 });
    if (g.actions.length === 1000) {
      return serializeLog(makeLog({ options: g.start.options, seats: Object.fromEntries(ACTORS.map((a) => [a, { kind: 'bot', level: 'random' }])) as never, actions: g.actions, source: 'summitry bench' }));
    }
    if (i > 200) throw new Error('No random 100-round game reached 1,000 actions.');
  }
}

const round = (x: number, places = 0) => Number(x.toFixed(places));

await runCli('bench', () => {
  const { values } = parseCli({
    options: { seconds: { type: 'string' }, json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const seconds = numberOption('seconds', values.seconds, 2, 0.05, 600);
  const t0 = performance.now();

  const games = record(40);
  const positions = games.flatMap((g) => g.states.filter((s) => toMove(s) !== null));

  const actionsPerSec = rate(seconds, (i) => {
    const g = games[i % games.length]!;
    applyAll(g.start, g.actions);
    return g.actions.length;
  });
  const randomGamesPerSec = rate(seconds, (i) => {
    playGame({ seed: gameSeed(7, i), rounds: 6, bots: ALL_RANDOM });
    return 1;
  });
  const legalActionsPerSec = rate(seconds, (i) => {
    const s = positions[i % positions.length]!;
    legalActions(s, toMove(s)!);
    return 1;
  });
  const hashPerSec = rate(seconds, (i) => {
    stateHash(positions[i % positions.length]!);
    return 1;
  });

  const text = longLog();
  const parsed = parseLog(text);
  if (!parsed.ok) throw new Error(`The benchmark's own log does not parse: ${parsed.error.message}`);
  const replay1000Ms = medianMs(seconds, () => {
    const p = parseLog(text);
    if (!p.ok || !replayLog(p.value).ok) throw new Error('The 1,000-action log failed to replay.');
  });
  // The benchmark's log is made by this build: its options are today's rules' own.
  const start = newGameOrThrow(playableOptions(parsed.value)!);
  const replay1000EngineOnlyMs = medianMs(seconds / 2, () => applyAll(start, parsed.value.actions));
  // Where the 1,000-action replay spends its time, for whoever makes it faster.
  const log = parsed.value;
  const states = replayActions(log.options, log.actions);
  if (!states.ok) throw new Error(states.error.message);
  const breakdown = {
    parseAndValidateMs: round(medianMs(seconds / 4, () => parseLog(text)), 2),
    replayKeepingStatesMs: round(medianMs(seconds / 4, () => replayActions(log.options, log.actions)), 2),
    hash1000StatesMs: round(medianMs(seconds / 4, () => states.value.forEach((s) => stateHash(s))), 2),
  };

  const figures = {
    actionsPerSec: round(actionsPerSec),
    randomGamesPerSec: round(randomGamesPerSec, 1),
    legalActionsPerSec: round(legalActionsPerSec),
    hashPerSec: round(hashPerSec),
    replay1000Ms: round(replay1000Ms, 2),
    replay1000EngineOnlyMs: round(replay1000EngineOnlyMs, 2),
    replay1000Breakdown: breakdown,
  };
  const pass = {
    actionsPerSec: figures.actionsPerSec >= BARS.actionsPerSec,
    randomGamesPerSec: figures.randomGamesPerSec >= BARS.randomGamesPerSec,
    replay1000Ms: figures.replay1000Ms <= BARS.replay1000Ms,
  };
  const report = {
    ...figures,
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    secondsPerFigure: seconds,
    totalSeconds: round((performance.now() - t0) / 1000, 1),
    bars: BARS,
    pass,
  };
  if (values.json) {
    writeJson(report);
    return;
  }
  const mark = (ok: boolean) => (ok ? 'pass' : 'FAIL');
  process.stdout.write([
    `Summitry engine benchmark (node ${report.node}, one core, ${seconds} s per figure)`,
    `  apply():            ${figures.actionsPerSec.toLocaleString('en')} actions/s (bar ${BARS.actionsPerSec.toLocaleString('en')}: ${mark(pass.actionsPerSec)})`,
    `  random games:       ${figures.randomGamesPerSec} games/s (bar ${BARS.randomGamesPerSec}: ${mark(pass.randomGamesPerSec)})`,
    `  legalActions():     ${figures.legalActionsPerSec.toLocaleString('en')} calls/s`,
    `  stateHash():        ${figures.hashPerSec.toLocaleString('en')} hashes/s`,
    `  1,000-action log:   ${figures.replay1000Ms} ms parse+validate+replay+verify (bar ${BARS.replay1000Ms}: ${mark(pass.replay1000Ms)}); engine only ${figures.replay1000EngineOnlyMs} ms`,
    `                      (parse+validate ${breakdown.parseAndValidateMs} ms, replay keeping every state ${breakdown.replayKeepingStatesMs} ms, 1,000 hashes ${breakdown.hash1000StatesMs} ms)`,
  ].join('\n') + '\n');
});
