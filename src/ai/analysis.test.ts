// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  ACTOR_OPS, ACTORS, type Action, type ActorId, apply, type GameState, getCard, legalActions, newGame, RULES_VERSION, toMove,
} from '../engine';
import {
  addCounts, type AnalysisEnv, type AnalysisOptions, analyze, buildReport, cardPlayKey, evaluatePackages, parseStrategy, planTasks,
  runTask, strategiesOf, strategyMove, strategyName, tiedAtTop,
} from './analysis';
import { chooseAction } from './bot';

/** Plain seeds for the tests (the CLI passes sim's); what matters is that the report is a function of them. */
const env: AnalysisEnv = {
  gameSeed: (run, i) => (run * 1009 + i * 7919 + 1) >>> 0,
  botSeed: (game, seat) => (game ^ (ACTORS.indexOf(seat) + 1) * 0x9e3779b1) >>> 0,
  newGame: (seed, rounds) => {
    const r = newGame({ seed: String(seed), rounds });
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  },
};

const must = (s: GameState, a: Action) => {
  const r = apply(s, a);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

/** Every position of a heuristic game, with the move played there. */
function positions(seed: number): { s: GameState; a: Action }[] {
  const out: { s: GameState; a: Action }[] = [];
  let s = env.newGame(seed, 6);
  for (let seat = toMove(s); seat; seat = toMove(s)) {
    const a = chooseAction(s, seat, 'heuristic', { seed: env.botSeed(seed, seat) });
    out.push({ s, a });
    s = must(s, a);
  }
  return out;
}

let proposal: GameState | null = null;
/** The first position of a summit table where the host may propose, from heuristic games. */
function proposalPosition(): GameState {
  for (let seed = 1; !proposal && seed < 200; seed++) {
    proposal = positions(seed).find(({ s }) => s.phase === 'summit' && legalActions(s, toMove(s)!).some((a) => a.type === 'propose'))?.s ?? null;
  }
  if (!proposal) throw new Error('no summit position in 200 games');
  return proposal;
}

describe('classifying decisions', () => {
  it('names card plays by operation or "event", and nothing else', () => {
    const setup = env.newGame(3, 6);
    for (const a of legalActions(setup, toMove(setup)!)) expect(cardPlayKey(a)).toBeNull();
    const s = positions(3).find((p) => p.s.phase === 'action')!.s;
    const legal = legalActions(s, toMove(s)!);
    for (const a of legal) {
      const key = cardPlayKey(a);
      if (a.type === 'playOps') expect(key).toBe(`op:${a.op}`);
      else if (a.type === 'playEvent') expect(key).toBe('event');
    }
    expect(legal.some((a) => cardPlayKey(a) === 'event')).toBe(true);
    const summit = proposalPosition();
    for (const a of legalActions(summit, toMove(summit)!)) expect(cardPlayKey(a)).toBeNull();
  });

  it('sees a tie at the top only in a finished calendar game whose best score is shared', () => {
    const s = env.newGame(3, 1);
    const vps = (v: number[]) => Object.fromEntries(ACTORS.map((a, i) => [a, { ...s.actors[a], vp: v[i]! }])) as GameState['actors'];
    // Cast: the shape of `end` grows with the rules (2.0 records its tie-break); only `reason` matters here.
    const ended = (v: number[], reason: 'calendar' | 'catastrophe' = 'calendar'): GameState => ({ ...s, phase: 'ended', end: { reason, culprit: null, tieBreak: null } as unknown as GameState['end'], actors: vps(v) });
    expect(tiedAtTop(ended([5, 5, 1, 2, 3]))).toBe(true);
    expect(tiedAtTop(ended([5, 4, 1, 2, 3]))).toBe(false);
    expect(tiedAtTop(ended([1, 1, 1, 1, 0], 'catastrophe'))).toBe(false);
    expect(tiedAtTop({ ...s, actors: vps([2, 2, 0, 0, 0]) })).toBe(false);
  });
});

describe('package evaluation', () => {
  it('plays every package the host may propose, through the engine, and finds the tops of both sides', () => {
    const s = proposalPosition();
    const ev = evaluatePackages(s)!;
    expect(ev).not.toBeNull();
    const proposals = legalActions(s, toMove(s)!).filter((a) => a.type === 'propose');
    expect(ev.packages).toHaveLength(proposals.length);
    expect(new Set(ev.packages.map((p) => p.key)).size).toBe(proposals.length);
    const maxHost = Math.max(...ev.packages.map((p) => p.host));
    const maxGuest = Math.max(...ev.packages.map((p) => p.guest));
    for (const p of ev.packages) {
      const both = p.host === maxHost && p.guest === maxGuest;
      expect(ev.bestForBoth.includes(p.key)).toBe(both);
    }
    const hostTop = ev.packages.filter((p) => p.host === maxHost);
    expect(ev.hostBest).toBe(hostTop.length === 1 ? hostTop[0]!.key : null);
    // The position itself is untouched, and a card-play position has nothing to evaluate.
    expect(evaluatePackages(s)).toEqual(ev);
    expect(evaluatePackages(env.newGame(3, 6))).toBeNull();
  });

  // Rules 2.0: every term costs its giver, so at a real Trump–Kim table no package is the best for both sides
  // (under 1.0.0 the all-terms grand bargain was; rules/analysis-1.0.0.json keeps that finding).
  it('no package is the best for both sides at a Trump–Kim table', () => {
    for (let seed = 1; seed < 400; seed++) {
      const found = positions(seed).find(({ s }) => s.phase === 'summit' && s.summit?.tables[s.summit.index] === 'USKP' && s.summit.stage === 'offer' && !s.summit.offer);
      if (!found) continue;
      const ev = evaluatePackages(found.s)!;
      expect(ev.table).toBe('USKP');
      expect(ev.bestForBoth).toEqual([]);
      return;
    }
    throw new Error('no Trump–Kim table in 400 games');
  }, 120_000);
});

describe('fixed strategies', () => {
  it('lists "always op X with the highest / lowest card" for every operation, and "always the event"', () => {
    for (const a of ACTORS) {
      const names = strategiesOf(a).map(strategyName);
      expect(names).toHaveLength(ACTOR_OPS[a].length * 2 + 1);
      expect(names).toContain('event');
      for (const op of ACTOR_OPS[a]) expect(names).toEqual(expect.arrayContaining([`op:${op}/high`, `op:${op}/low`]));
      for (const st of strategiesOf(a)) expect(parseStrategy(strategyName(st))).toEqual(st);
    }
    expect(parseStrategy('op:lobby/medium')).toBeNull();
  });

  it('plays the named operation with the biggest or smallest card, or the event when one is legal', () => {
    let checked = 0;
    for (const { s } of positions(8)) {
      if (s.phase !== 'action') continue;
      const seat = toMove(s)! as ActorId;
      const legal = legalActions(s, seat);
      const ops = (a: Action) => ('card' in a ? getCard(a.card)!.ops : 0);
      for (const [op, card] of [[ACTOR_OPS[seat][0]!, 'high'], [ACTOR_OPS[seat].at(-1)!, 'low']] as const) {
        const a = strategyMove(s, seat, { kind: 'op', op, card }, 17)!;
        expect(cardPlayKey(a)).toBe(`op:${op}`);
        const sizes = legal.filter((x) => cardPlayKey(x) === `op:${op}`).map(ops);
        expect(ops(a)).toBe(card === 'high' ? Math.max(...sizes) : Math.min(...sizes));
      }
      const ev = strategyMove(s, seat, { kind: 'event' }, 17);
      if (legal.some((x) => cardPlayKey(x) === 'event')) expect(cardPlayKey(ev!)).toBe('event');
      else expect(ev).toBeNull();
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
    const summit = proposalPosition();
    expect(strategyMove(summit, toMove(summit)!, { kind: 'event' }, 1)).toBeNull();
  });
});

describe('the report', () => {
  const o: AnalysisOptions = { games: 8, seed: 4, strategyGames: 1, searchGames: 2, searchIterations: 4 };

  it('is the same whatever order the tasks ran in, and adds up', () => {
    const tasks = planTasks(o);
    const results = tasks.map((t) => runTask(env, o, t));
    const report = buildReport(o, tasks, results);
    expect(buildReport(o, [...tasks].reverse(), [...results].reverse())).toEqual(report);
    expect(report).toMatchObject({ games: 8, seed: 4, rulesVersion: RULES_VERSION });
    const won = ACTORS.reduce((n, a) => n + report.counts.wins[a], 0);
    expect(won + report.counts.catastrophes).toBeLessThanOrEqual(8);
    expect(ACTORS.reduce((n, a) => n + report.wins[a], 0) + report.catastrophes).toBeCloseTo((won + report.counts.catastrophes) / 8, 3);
    for (const a of ACTORS) {
      // Every game, each actor held exactly one objective.
      const held = Object.values(report.objectives).filter((x) => x.actor === a).reduce((n, x) => n + x.held, 0);
      expect(held).toBe(8);
      expect(report.topMoveShare[a]!.share).toBeGreaterThan(0);
      expect(report.topMoveShare[a]!.share).toBeLessThanOrEqual(1);
      expect(Object.values(report.moveShares[a]).reduce((n, x) => n + x, 0)).toBeCloseTo(1, 2);
      expect(report.fixedStrategies![a].games).toBe(1);
      expect(Object.keys(report.fixedStrategies![a].strategies)).toHaveLength(strategiesOf(a).length);
      expect(report.decisionsPerTeam['4']!.perTeam[a]).toBeLessThan(report.decisionsPerTeam['6']!.perTeam[a]);
    }
    expect(report.eventShare).toBeGreaterThan(0);
    expect(report.eventShare).toBeLessThan(1);
    expect(report.search).toMatchObject({ iterations: 4, games: 2 });
    expect(report.search!.seats.US.games + report.search!.seats.KP.games).toBe(2);
    expect(report.random.games).toBe(8);
    expect(report.decisionsPerTeam['4']!.classMinutes).toBeCloseTo(report.decisionsPerTeam['4']!.total, 0);
  }, 120_000);

  it('skips the slow experiments when asked (the one-thread entry point), and another seed plays other games', () => {
    const quick = analyze(env, { ...o, strategyGames: 0, searchGames: 0 });
    expect(quick.fixedStrategies).toBeNull();
    expect(quick.search).toBeNull();
    const other = analyze(env, { ...o, seed: 5, strategyGames: 0, searchGames: 0 });
    expect(other.decisionsPerTeam).not.toEqual(quick.decisionsPerTeam);
  }, 60_000);

  it('merges counts by adding them, key by key', () => {
    expect(addCounts({ a: 1, b: { c: 2 } }, { a: 2, b: { c: 1, d: 4 }, e: { f: 1 } })).toEqual({ a: 3, b: { c: 3, d: 4 }, e: { f: 1 } });
  });
});
