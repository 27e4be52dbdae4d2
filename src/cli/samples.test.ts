// @vitest-environment node
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES_VERSION } from '../engine';
import { parseLog, replayLog } from '../log';
// Older rules loaded up front, as in Node (the browser loads them on demand: loadRuleset.test.ts).
import '../log/older';

/** The sample logs shipped to the replay viewer must replay under the current engine: `npm run samples` refreshes them. */

const DIR = join(process.cwd(), 'public', 'samples');
const STALE = 'stale sample: run `npm run samples` after an engine change and commit public/samples/';

interface Entry { file: string; title: string; description: string; actions: number; rulesVersion?: string }
const index: { samples: Entry[] } = existsSync(join(DIR, 'index.json')) ? JSON.parse(readFileSync(join(DIR, 'index.json'), 'utf8')) : { samples: [] };
/** The rules a sample was played under, read from the file itself. */
const rulesOf = (s: Entry): string => (JSON.parse(readFileSync(join(DIR, s.file), 'utf8')) as { rulesVersion: string }).rulesVersion;
const current = index.samples.filter((s) => rulesOf(s) === RULES_VERSION);
const older = index.samples.filter((s) => rulesOf(s) !== RULES_VERSION);

describe('public/samples', () => {
  it('has an index listing every sample log in the folder', () => {
    expect(index.samples.length).toBeGreaterThanOrEqual(3);
    const files = readdirSync(DIR).filter((f) => f.endsWith('.json') && f !== 'index.json').sort();
    expect(index.samples.map((s) => s.file).sort()).toEqual(files);
    for (const s of index.samples) {
      expect(s.title.length).toBeGreaterThan(0);
      expect(s.description.length).toBeGreaterThan(0);
    }
  });

  it('the index names the rules version of every sample, as its file does', () => {
    for (const s of index.samples) expect(s.rulesVersion, s.file).toBe(rulesOf(s));
  });

  it.each(current.map((s) => [s.file, s] as const))('%s parses and replays with every hash matching', (_file, s) => {
    const parsed = parseLog(readFileSync(join(DIR, s.file), 'utf8'));
    if (!parsed.ok) expect.fail(`${s.file}: ${parsed.error.message} (${STALE})`);
    expect(parsed.value.actions).toHaveLength(s.actions);
    const replayed = replayLog(parsed.value);
    if (!replayed.ok) expect.fail(`${s.file}: ${replayed.error.message} (${STALE})`);
  });

  // The 1.0.0 samples are kept byte for byte and replay under their own rules (src/log/rulesets.ts).
  it('keeps the 1.0.0 samples', () => expect(older.length).toBeGreaterThanOrEqual(4));
  it.each(older.map((s) => [s.file, s] as const))('%s (older rules) parses and replays with every hash matching', (_file, s) => {
    const parsed = parseLog(readFileSync(join(DIR, s.file), 'utf8'));
    if (!parsed.ok) expect.fail(`${s.file}: ${parsed.error.message}`);
    const replayed = replayLog(parsed.value);
    if (!replayed.ok) expect.fail(`${s.file}: ${replayed.error.message}`);
  });

  it('includes a long log of exactly 1,000 actions', () => {
    expect(index.samples.some((s) => s.actions === 1000)).toBe(true);
  });
});
