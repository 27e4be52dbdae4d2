// @vitest-environment node
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTORS, RULES_VERSION } from '../engine';

/** `npm run analyze`, run for real as a user would, through tsx, with small numbers. */

const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');

interface Run { code: number; stdout: string; stderr: string }

function run(script: 'analyze' | 'sim', ...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(TSX, [join('src', 'cli', `${script}.ts`), ...args], { encoding: 'utf8', timeout: 240_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

function expectUsageError(r: Run, pattern: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(pattern);
}

const SMALL = ['--games', '5', '--seed', '42', '--strategy-games', '1', '--search-games', '1', '--search-iterations', '4', '--json'];

describe('analyze', () => {
  it('prints one JSON report with every figure, the same on one thread or two', async () => {
    const [one, two] = await Promise.all([run('analyze', ...SMALL, '--threads', '1'), run('analyze', ...SMALL, '--threads', '2')]);
    expect(one.code).toBe(0);
    expect(one.stderr).toBe('');
    expect(two.stdout).toBe(one.stdout);
    const r = JSON.parse(one.stdout);
    expect(Object.keys(r)).toEqual(expect.arrayContaining([
      'games', 'seed', 'rulesVersion', 'wins', 'ties', 'catastrophes', 'objectives', 'topMoveShare', 'eventShare', 'summits',
      'kpSummitDecisionsPerGame', 'fixedStrategies', 'search', 'decisionsPerTeam', 'random',
    ]));
    expect(r).toMatchObject({ games: 5, seed: 42, rulesVersion: RULES_VERSION, search: { iterations: 4, games: 1 } });
    expect(Object.keys(r.wins)).toEqual([...ACTORS]);
    for (const a of ACTORS) {
      expect(r.fixedStrategies[a]).toMatchObject({ games: 1, best: expect.any(String), bestWinRate: expect.any(Number), heuristicWinRate: expect.any(Number) });
      expect(r.topMoveShare[a].move).toMatch(/^(op:\w+|event)$/);
    }
    for (const t of Object.values(r.summits) as { opened: number; deals: number }[]) expect(t.deals).toBeLessThanOrEqual(t.opened);
    expect(Object.keys(r.decisionsPerTeam)).toEqual(['4', '6']);
  }, 300_000);

  it("plays sim's games: the same seed gives the wins of sim --bots heuristic, and of random play", async () => {
    const [report, heuristic, random, human] = await Promise.all([
      run('analyze', '--games', '6', '--seed', '9', '--quick', '--json'),
      run('sim', '--games', '6', '--seed', '9', '--bots', 'heuristic', '--json'),
      run('sim', '--games', '6', '--seed', '9', '--json'),
      run('analyze', '--games', '2', '--quick'),
    ]);
    expect(report.code).toBe(0);
    const r = JSON.parse(report.stdout);
    expect(r.counts.wins).toEqual(JSON.parse(heuristic.stdout).wins);
    expect(r.fixedStrategies).toBeNull();
    expect(r.search).toBeNull();
    const sim = JSON.parse(random.stdout);
    for (const a of ACTORS) expect(r.random.wins[a]).toBeCloseTo(sim.winShare[a], 4);
    expect(human.code).toBe(0);
    expect(() => JSON.parse(human.stdout)).toThrow();
    expect(human.stdout).toMatch(/^2 heuristic games, seed 1, rules /);
    expect(human.stdout).toMatch(/packages best for both sides/);
  }, 300_000);

  it('refuses bad options with exit 2 and one clear line', async () => {
    const [games, quick, unknown, threads] = await Promise.all([
      run('analyze', '--games', '0'),
      run('analyze', '--quick', '--search-games', '5'),
      run('analyze', '--strategy', '3'),
      run('analyze', '--threads', 'two'),
    ]);
    expectUsageError(games, /^analyze: --games must be a whole number from 1 to \d+, got "0"\.$/m);
    expectUsageError(quick, /^analyze: --quick skips the fixed strategies and search/m);
    expectUsageError(unknown, /Unknown option '--strategy'/);
    expectUsageError(threads, /--threads must be a whole number/);
  }, 120_000);
});
