import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES_VERSION } from '../engine';
import { makeLog } from '../log/make';
import { parseLog } from '../log/parse';
// Older rules loaded up front, as in Node (the browser loads them on demand: loadRuleset.test.ts).
import '../log/older';
import { loadSaveRules, restoreSave, restoreSaveData, SAVE_VERSION, saveData, saveRulesVersion, serializeSave } from './save';

/** A hot-seat save as rules 1.0.0 wrote it (format 1: no rules version), from a committed 1.0.0 game cut mid-way. */
function version1Save(cut: number) {
  const p = parseLog(readFileSync(join(__dirname, '..', 'log', 'fixtures', '1.0.0', 'standard-six-rounds.json'), 'utf8'));
  if (!p.ok) throw new Error(p.error.message);
  const log = p.value.actions.slice(0, cut);
  return { p: p.value, raw: JSON.stringify({ version: 1, header: { options: p.value.options, seats: p.value.seats, createdAt: '2026-11-20T10:00:00.000Z' }, log, cursor: log.length }) };
}

describe('saves across an upgrade of the rules', () => {
  it('a format-1 save is a rules 1.0.0 game: kept, replayable and exportable as played, not continued', () => {
    const { p, raw } = version1Save(30);
    const r = restoreSave(raw);
    if (r.kind !== 'older') throw new Error(`expected an older-rules game, got ${r.kind}`);
    expect(r.game.header.rulesVersion).toBe('1.0.0');
    expect(r.game.cursor).toBe(30);
    expect(r.message).toContain('rules 1.0.0');
    expect(r.message).toContain(`rules ${RULES_VERSION}`);
    expect(r.states).toHaveLength(31);
    // Its log, made under its own rules, carries the hashes the game recorded when it was played.
    const log = makeLog({ rulesVersion: r.game.header.rulesVersion, options: r.game.header.options, seats: r.game.header.seats, actions: r.game.log });
    expect(log.hashes).toEqual(p.hashes.slice(0, 30));
    // Saved again (the library's record), it stays a 1.0.0 game.
    const again = restoreSave(serializeSave(r.game));
    expect(again.kind).toBe('older');
    expect(saveData(r.game).version).toBe(SAVE_VERSION);
  });

  it('a rules 2.1.0 save replays under 2.1.0 as played, and is not continued', () => {
    const p = parseLog(readFileSync(join(__dirname, '..', 'log', 'fixtures', '2.1.0', 'trump-kim-summit.json'), 'utf8'));
    if (!p.ok) throw new Error(p.error.message);
    const log = p.value.actions.slice(0, 40);
    const save = { version: SAVE_VERSION, header: { rulesVersion: '2.1.0', options: p.value.options, seats: p.value.seats, createdAt: '2026-12-01T10:00:00.000Z' }, log, cursor: log.length };
    expect(saveRulesVersion(save)).toBe('2.1.0');
    const r = restoreSaveData(save, JSON.stringify(save));
    if (r.kind !== 'older') throw new Error(`expected an older-rules game, got ${r.kind}`);
    expect(r.message).toContain('rules 2.1.0');
    expect(r.states).toHaveLength(41);
    const again = makeLog({ rulesVersion: '2.1.0', options: r.game.header.options, seats: r.game.header.seats, actions: r.game.log });
    expect(again.hashes).toEqual(p.value.hashes.slice(0, 40));
  });

  it('reads the rules a save names without checking the rest', async () => {
    expect(saveRulesVersion({ version: 1, header: {} })).toBe('1.0.0');
    expect(saveRulesVersion({ version: 2, header: { rulesVersion: RULES_VERSION } })).toBe(RULES_VERSION);
    expect(saveRulesVersion({ version: 2 })).toBeNull();
    expect(saveRulesVersion('nonsense')).toBeNull();
    // Nothing to load for today's rules, unknown ones or no save at all: restoreSave says what is wrong.
    for (const v of [{ version: 2, header: { rulesVersion: RULES_VERSION } }, { version: 2, header: { rulesVersion: '7.0.0' } }, null]) expect(await loadSaveRules(v)).toBe(true);
  });

  it('a 1.0.0 save whose moves do not replay under 1.0.0 is damaged, not silently opened', () => {
    const { raw } = version1Save(12);
    const doc = JSON.parse(raw);
    doc.log[3] = { ...doc.log[3], actor: doc.log[3].actor === 'US' ? 'KP' : 'US' };
    const r = restoreSave(JSON.stringify(doc));
    expect(r.kind).toBe('damaged');
  });

  it('a save under unknown rules is damaged with a message naming them', () => {
    const { raw } = version1Save(5);
    const doc = JSON.parse(raw);
    const r = restoreSave(JSON.stringify({ ...doc, version: SAVE_VERSION, header: { ...doc.header, rulesVersion: '7.0.0' } }));
    expect(r.kind === 'damaged' && r.problem.message).toMatch(/rules 7\.0\.0/);
  });
});
