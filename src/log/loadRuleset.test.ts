import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES_VERSION } from '../engine';
import * as v1 from '../engine/v1';
import * as v2_0 from '../engine/v2_0';
import * as v2_1 from '../engine/v2_1';
import * as v2_2 from '../engine/v2_2';
import { makeLog } from './make';
import { parseLog } from './parse';
import { replayLog } from './replay';
import { CURRENT_RULESET, knownRulesVersions, loadRuleset, rulesetFor, rulesInfo } from './rulesets';
import { OLDER_IDS } from './schema';
import { decodeShareReplay, encodeShare, unpackShare } from './share';

/**
 * Older rules as the browser gets them: known from the start, their engines fetched on demand. This file never
 * imports ./older (which loads them all, for Node), and the order of its tests matters: the first ones run
 * before anything is loaded.
 */
const fixture = (path: string) => readFileSync(join(__dirname, 'fixtures', path), 'utf8');

describe('older rules loaded on demand', () => {
  it('before loading, a 2.1.0 log is known and validated, but not replayed', () => {
    expect(rulesetFor(RULES_VERSION)).toBe(CURRENT_RULESET);
    expect(rulesetFor('2.1.0')).toBeNull();
    expect(rulesInfo('2.1.0')).toEqual({ version: '2.1.0', playable: false, seed: 'string' });
    expect(rulesetFor('2.2.0')).toBeNull();
    expect(rulesInfo('2.2.0')).toEqual({ version: '2.2.0', playable: false, seed: 'string' });
    expect(rulesInfo('1.0.0')).toEqual({ version: '1.0.0', playable: false, seed: 'number' });
    expect(rulesInfo('9.9.9')).toBeNull();
    expect(rulesInfo('constructor')).toBeNull();
    expect(knownRulesVersions()).toBe(`1.0.0, 2.0.0, 2.1.0, 2.2.0 and ${RULES_VERSION}`);
    const p = parseLog(fixture('2.1.0/snub.json'));
    if (!p.ok) throw new Error(p.error.message);
    expect(replayLog(p.value)).toMatchObject({ ok: false, error: { code: 'ERR_RULES_VERSION', message: expect.stringMatching(/not loaded/) } });
    expect(() => makeLog({ rulesVersion: '2.1.0', options: p.value.options, seats: p.value.seats, actions: [] })).toThrow(/not loaded/);
    // A share link is unpacked and checked before its rules are needed.
    const link = encodeShare(p.value);
    expect(unpackShare(link)).toMatchObject({ ok: true, value: { rulesVersion: '2.1.0' } });
    expect(decodeShareReplay(link)).toMatchObject({ ok: false, error: { code: 'ERR_RULES_VERSION' } });
  });

  it('once loaded, the same log replays with every hash', async () => {
    const rules = await loadRuleset('2.1.0');
    expect(rules?.version).toBe('2.1.0');
    expect(rulesetFor('2.1.0')).toBe(rules);
    expect(await loadRuleset('2.1.0')).toBe(rules);
    const p = parseLog(fixture('2.1.0/snub.json'));
    if (!p.ok) throw new Error(p.error.message);
    expect(replayLog(p.value)).toMatchObject({ ok: true, value: { rules } });
  });

  it('every known version loads as what rulesets.ts says of it; an unknown one gives null', async () => {
    for (const version of ['1.0.0', '2.0.0', '2.1.0', '2.2.0', RULES_VERSION]) {
      const r = await loadRuleset(version);
      expect(r).toMatchObject(rulesInfo(version)!);
    }
    expect(await loadRuleset('9.9.9')).toBeNull();
  });

  it("the schema's written-out ids of older rules are exactly those of their engines", () => {
    const union = (...lists: (readonly string[])[]) => [...new Set(lists.flat())].sort();
    expect([...OLDER_IDS.terms].sort()).toEqual(union(v1.TERMS, v2_0.TERMS, v2_1.TERMS, v2_2.TERMS));
    expect([...OLDER_IDS.ops].sort()).toEqual(union(v1.OPS, v2_0.OPS, v2_1.OPS, v2_2.OPS));
    expect([...OLDER_IDS.readings].sort()).toEqual(union(v2_0.READINGS, v2_1.READINGS, v2_2.READINGS));
  });
});
