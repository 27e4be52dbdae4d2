// @vitest-environment node
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ACTORS } from '../engine';

/** The command line, run for real as a user would, through tsx. */

const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const dir = mkdtempSync(join(tmpdir(), 'summitry-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run { code: number; stdout: string; stderr: string }

function run(script: 'sim' | 'replay' | 'bench', ...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(TSX, [join('src', 'cli', `${script}.ts`), ...args], { encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** An error is one line on stderr, and nothing on stdout. */
function expectUsageError(r: Run, pattern: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(pattern);
}

describe('sim', () => {
  it('prints a JSON summary that is the same for the same seed and differs for another', async () => {
    const [a, b, c] = await Promise.all([
      run('sim', '--games', '3', '--seed', '42', '--json'),
      run('sim', '--games', '3', '--seed', '42', '--json'),
      run('sim', '--games', '3', '--seed', '43', '--json'),
    ]);
    expect(a.code).toBe(0);
    expect(a.stderr).toBe('');
    expect(b.stdout).toBe(a.stdout);
    const s = JSON.parse(a.stdout);
    expect(Object.keys(s)).toEqual(expect.arrayContaining(['games', 'seed', 'bots', 'wins', 'winShare', 'catastrophes', 'culprits', 'avgRounds', 'avgActions', 'avgDeals', 'avgVp', 'finalHashes']));
    expect(s.games).toBe(3);
    expect(s.seed).toBe(42);
    expect(Object.keys(s.wins)).toEqual([...ACTORS]);
    for (const a of ACTORS) expect(s.bots[a]).toBe('random');
    const wins = ACTORS.reduce((n, x) => n + s.wins[x], 0);
    expect(wins + s.catastrophes).toBe(3);
    expect(ACTORS.reduce((n, x) => n + s.winShare[x], 0)).toBeCloseTo(wins / 3, 3);
    expect(s.finalHashes).toHaveLength(3);
    expect(new Set(s.finalHashes).size).toBe(3);
    expect(s.avgActions).toBeGreaterThan(10);
    const other = JSON.parse(c.stdout);
    expect(other.finalHashes).not.toEqual(s.finalHashes);
  }, 60_000);

  it('takes --bots as one level or seat=level pairs, and prints a short summary without --json', async () => {
    const [pairs, again, human] = await Promise.all([
      run('sim', '--games', '1', '--rounds', '2', '--bots', 'us=heuristic,KP=search', '--json'),
      run('sim', '--games', '1', '--rounds', '2', '--bots', 'us=heuristic,KP=search', '--json'),
      run('sim', '--games', '2', '--rounds', '2'),
    ]);
    expect(pairs.code).toBe(0);
    const summary = JSON.parse(pairs.stdout);
    expect(summary.bots).toEqual({ US: 'heuristic', KP: 'search', CN: 'random', RU: 'random', KR: 'random' });
    // Search bots think by iterations unless told otherwise, so even they repeat exactly.
    expect(summary.search).toEqual({ iterations: 200 });
    expect(again.stdout).toBe(pairs.stdout);
    expect(human.code).toBe(0);
    expect(() => JSON.parse(human.stdout)).toThrow();
    expect(human.stdout).toMatch(/^2 games, seed 1, 2 rounds/);
    expect(human.stdout).toMatch(/Wins: US \d+/);
  }, 60_000);

  it('refuses bad options with exit 2 and one clear line', async () => {
    // Every --bots mistake is covered in options.test.ts; here, that the process reports them properly.
    const [level, games, unknown] = await Promise.all([
      run('sim', '--games', '1', '--bots', 'KP=genius', '--json'),
      run('sim', '--games', 'many'),
      run('sim', '--gmaes', '3'),
    ]);
    expectUsageError(level, /^sim: --bots: unknown bot level "genius" for KP; use one of random, heuristic, search\.$/m);
    expectUsageError(games, /--games must be a whole number from 1 to \d+, got "many"/);
    expectUsageError(unknown, /Unknown option '--gmaes'/);
  }, 60_000);
});

describe('replay', () => {
  it('replays what sim saved, with the same final hash', async () => {
    const one = join(dir, 'one.json');
    const all = join(dir, 'all') + '/';
    const [sim, simAll] = await Promise.all([
      run('sim', '--games', '2', '--seed', '9', '--rounds', '3', '--save-log', one, '--json'),
      run('sim', '--games', '2', '--seed', '9', '--rounds', '3', '--save-log', all),
    ]);
    expect(sim.code).toBe(0);
    expect(simAll.code).toBe(0);
    expect(readdirSync(all).sort()).toEqual(['game-0001.json', 'game-0002.json']);
    const hashes: string[] = JSON.parse(sim.stdout).finalHashes;
    const [r1, r2, text] = await Promise.all([
      run('replay', one, '--json'),
      run('replay', join(all, 'game-0002.json')),
      Promise.resolve(readFileSync(one, 'utf8')),
    ]);
    expect(r1.code).toBe(0);
    expect(r1.stderr).toBe('');
    const out = JSON.parse(r1.stdout);
    expect(out).toMatchObject({ ok: true, finalHash: hashes[0], actions: JSON.parse(text).actions.length });
    expect(out.rounds).toBeGreaterThanOrEqual(1);
    expect(r2.code).toBe(0);
    expect(r2.stdout).toContain(hashes[1]!);
  }, 60_000);

  it('refuses a tampered, truncated or missing log with exit 2 naming what is wrong and where', async () => {
    const base = join(dir, 'base.json');
    const sim = await run('sim', '--games', '1', '--seed', '3', '--rounds', '2', '--save-log', base);
    expect(sim.code).toBe(0);
    const log = JSON.parse(readFileSync(base, 'utf8'));
    const hashed = { ...log, hashes: log.hashes.map((h: string, i: number) => (i === 4 ? '00000000000000' : h)) };
    const swapped = { ...log, actions: [log.actions[0], log.actions[2], log.actions[1], ...log.actions.slice(3)] };
    const badOp = { ...log, actions: log.actions.map((a: object, i: number) => (i === 0 ? { ...a, type: 'playOps', op: 'nuke' } : a)) };
    writeFileSync(join(dir, 'hash.json'), JSON.stringify(hashed));
    writeFileSync(join(dir, 'swap.json'), JSON.stringify(swapped));
    writeFileSync(join(dir, 'op.json'), JSON.stringify(badOp));
    writeFileSync(join(dir, 'cut.json'), readFileSync(base, 'utf8').slice(0, 300));
    const [h, s, o, c, m] = await Promise.all([
      run('replay', join(dir, 'hash.json'), '--json'),
      run('replay', join(dir, 'swap.json')),
      run('replay', join(dir, 'op.json')),
      run('replay', join(dir, 'cut.json')),
      run('replay', join(dir, 'missing.json')),
    ]);
    expect(h.code).toBe(2);
    expect(h.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(h.stderr).toMatch(/hash\.json: The state after action 5 .* does not match its recorded hash/);
    expect(JSON.parse(h.stdout)).toMatchObject({ ok: false, error: { code: 'ERR_HASH_MISMATCH', path: 'hashes[4]', action: 5 } });
    expectUsageError(s, /swap\.json: Action 2 .* is not legal/);
    expectUsageError(o, /op\.json: actions\[0\]/);
    expectUsageError(c, /cut\.json: .*truncated/);
    expectUsageError(m, /missing\.json: Cannot read the file: no such file/);
  }, 60_000);
});
