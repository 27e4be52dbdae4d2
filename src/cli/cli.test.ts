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
    execFile(TSX, [join('src', 'cli', `${script}.ts`), ...args], { encoding: 'utf8', timeout: 150_000 }, (error, stdout, stderr) => {
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
  }, 180_000);

  it('takes --bots as one level or seat=level pairs, and prints a short summary without --json', async () => {
    const [pairs, again, human] = await Promise.all([
      run('sim', '--games', '1', '--rounds', '2', '--bots', 'us=heuristic,KP=search', '--iterations', '40', '--json'),
      run('sim', '--games', '1', '--rounds', '2', '--bots', 'us=heuristic,KP=search', '--iterations', '40', '--json'),
      run('sim', '--games', '2', '--rounds', '2'),
    ]);
    expect(pairs.code).toBe(0);
    const summary = JSON.parse(pairs.stdout);
    expect(summary.bots).toEqual({ US: 'heuristic', KP: 'search', CN: 'random', RU: 'random', KR: 'random' });
    // Search bots think by iterations (200 unless told, 40 here to keep the test quick), so even they repeat exactly.
    expect(summary.search).toEqual({ iterations: 40 });
    expect(again.stdout).toBe(pairs.stdout);
    expect(human.code).toBe(0);
    expect(() => JSON.parse(human.stdout)).toThrow();
    expect(human.stdout).toMatch(/^2 games, seed 1, 2 rounds/);
    expect(human.stdout).toMatch(/Wins: US \d+/);
  }, 180_000);

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
  }, 180_000);
});

describe('replay', () => {
  it('replays a log saved under rules 1.0.0 as it was played', async () => {
    const r = await run('replay', join(__dirname, '..', 'log', 'fixtures', '1.0.0', 'standard-six-rounds.json'), '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ ok: true, rulesVersion: '1.0.0', actions: 70 });
  });

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
  }, 180_000);

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
  }, 180_000);
});

/** A bounded CLI run that also feeds stdin (`input`: a Buffer, or 'endless' for a writer that never stops). */
function runWithStdin(script: 'replay', input: Buffer | 'endless', ...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(TSX, [join('src', 'cli', `${script}.ts`), ...args], { encoding: 'utf8', timeout: 150_000, maxBuffer: 4 << 20 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
    const stdin = child.stdin!;
    stdin.on('error', () => {}); // the reader may stop reading (EPIPE): that is the point
    if (input !== 'endless') {
      stdin.end(input);
      return;
    }
    const block = Buffer.alloc(1 << 16, 0x20);
    const pump = () => {
      while (stdin.writable && stdin.write(block));
      if (stdin.writable) stdin.once('drain', pump);
    };
    pump();
  });
}

describe('hostile input to the command line', () => {
  it('replay escapes control and bidi characters from the file and cuts what it quotes', async () => {
    const base = join(dir, 'esc-base.json');
    expect((await run('sim', '--games', '1', '--seed', '4', '--rounds', '1', '--save-log', base)).code).toBe(0);
    const log = JSON.parse(readFileSync(base, 'utf8'));
    // An unknown key that sets the terminal title, clears the screen, writes the clipboard (OSC 52) and reorders text.
    const evil = '\u001b]0;pwned\u0007\u001b[2J\u001b]52;c;ZWNobyBoaQ==\u0007\u202eevil\u009b31m';
    writeFileSync(join(dir, 'esc.json'), JSON.stringify({ ...log, [evil]: 1 }));
    writeFileSync(join(dir, 'long-key.json'), JSON.stringify({ ...log, ['k'.repeat(1_900_000)]: 1 }));
    const [esc, escJson, long] = await Promise.all([
      run('replay', join(dir, 'esc.json')),
      run('replay', join(dir, 'esc.json'), '--json'),
      run('replay', join(dir, 'long-key.json')),
    ]);
    expectUsageError(esc, /esc\.json: \(the whole document\): unknown key "\\u001b\]0;pwned\\u0007\\u001b\[2J\\u001b\]52;c;ZWNobyBoaQ==\\u0007\\u202eevil\\u009b31m"/);
    for (const r of [esc, escJson]) {
      // Nothing a terminal would obey reaches it, on stderr or in the JSON on stdout.
      expect(r.stderr + r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    }
    expect(JSON.parse(escJson.stdout)).toMatchObject({ ok: false, error: { code: 'ERR_SCHEMA' } });
    expectUsageError(long, /long-key\.json: \(the whole document\): unknown key "k{60}…" \(1,900,000 characters\)$/m);
    expect(long.stderr.length).toBeLessThan(600);
  }, 180_000);

  it('replay reads at most the size limit plus one byte, from a device, a file or an endless stdin', async () => {
    const big = join(dir, 'big.json');
    writeFileSync(big, Buffer.alloc(2 * 1024 * 1024 + 1, 0x20));
    const [zero, endless, file] = await Promise.all([
      run('replay', '/dev/zero'),
      runWithStdin('replay', 'endless', '-'),
      run('replay', big),
    ]);
    expectUsageError(zero, /^replay: \/dev\/zero: The file is more than 2 MB \(2,097,152 bytes\), the most a Summitry log can be\.$/m);
    expectUsageError(endless, /^replay: -: The input is more than 2 MB \(2,097,152 bytes\), the most a Summitry log can be\.$/m);
    // Just over the limit: the real size, exactly (not "2.0 MB; at most 2 MB").
    expectUsageError(file, /big\.json: The file is 2,097,153 bytes, 1 byte over the limit; a Summitry log is at most 2 MB \(2,097,152 bytes\)\.$/m);
  }, 180_000);

  it('replay accepts a log with a UTF-8 byte-order mark, from a file or stdin, and says what its hashes cover', async () => {
    const base = join(dir, 'bom-base.json');
    expect((await run('sim', '--games', '1', '--seed', '6', '--rounds', '1', '--save-log', base)).code).toBe(0);
    const text = readFileSync(base, 'utf8');
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    writeFileSync(join(dir, 'bom.json'), withBom);
    const v1 = JSON.parse(text);
    v1.version = 1;
    delete v1.headerHash;
    writeFileSync(join(dir, 'v1.json'), JSON.stringify(v1));
    const [file, stdin, old] = await Promise.all([
      run('replay', join(dir, 'bom.json')),
      runWithStdin('replay', withBom, '-', '--json'),
      run('replay', join(dir, 'v1.json')),
    ]);
    expect(file.stderr).toBe('');
    expect(file.code).toBe(0);
    expect(file.stdout).toMatch(/^OK: .*bom\.json: \d+ actions replayed under rules \d+\.\d+\.\d+, every hash matches, the header's too;/);
    expect(stdin.code).toBe(0);
    expect(JSON.parse(stdin.stdout)).toMatchObject({ ok: true, format: 2, headerChecked: true });
    expect(old.code).toBe(0);
    expect(old.stdout).toMatch(/every hash matches \(a format-1 log: its header, with the seats, names and source, is not covered by a hash\)/);
  }, 180_000);

  it('replay names a log from a newer Summitry as such', async () => {
    const base = join(dir, 'newer-base.json');
    expect((await run('sim', '--games', '1', '--seed', '8', '--rounds', '1', '--save-log', base)).code).toBe(0);
    writeFileSync(join(dir, 'newer.json'), JSON.stringify({ ...JSON.parse(readFileSync(base, 'utf8')), version: 9, somethingNew: true }));
    expectUsageError(await run('replay', join(dir, 'newer.json')), /newer\.json: This file was made by a newer Summitry \(format 9\); this one reads up to format 2\. Update Summitry to open it\.$/m);
  }, 180_000);

  it('sim --save-log refuses a path it cannot write before playing, with exit 2 and one line', async () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    // A million games: if the path were checked after playing, these would never finish.
    const many = ['--games', '1000000'];
    const [folder, underFile, proc, procFolder] = await Promise.all([
      run('sim', ...many, '--save-log', dir),
      run('sim', ...many, '--save-log', join(file, 'game.json')),
      run('sim', ...many, '--save-log', '/proc/summitry/game.json'),
      run('sim', ...many, '--save-log', '/proc/summitry/'),
    ]);
    expectUsageError(folder, /^sim: --save-log ".*" is a folder: give a file path, or end it with "\/" to save every game in that folder\.$/m);
    expectUsageError(underFile, /^sim: --save-log ".*a-file\/game\.json": ".*a-file" is a file, not a folder\.$/m);
    expectUsageError(proc, /^sim: --save-log "\/proc\/summitry\/game\.json": cannot write in "\/proc": /m);
    expectUsageError(procFolder, /^sim: --save-log "\/proc\/summitry\/": cannot write in "\/proc": /m);
    expect(readFileSync(file, 'utf8')).toBe('x');
  }, 180_000);
});
