import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as v1 from '../engine/v1';
import * as v2_0 from '../engine/v2_0';
import * as v2_1 from '../engine/v2_1';
import * as v2_2 from '../engine/v2_2';
import { type ActorId, type GameState, objectiveIn } from '../engine';
import { RULES_VERSION } from '../engine';
import { decodeShareReplay, encodeShare } from './share';
import { makeLog } from './make';
import { parseLog } from './parse';
import { checkStepHashes, replayLog } from './replay';
import { CURRENT_RULESET, playableOptions, rulesetFor } from './rulesets';
// Older rules loaded up front, as in Node (the browser loads them on demand: loadRuleset.test.ts).
import './older';

/** Logs saved under rules 1.0.0, committed as they were written: they must open, as played, forever. */
const FIXTURES = join(__dirname, 'fixtures', '1.0.0');
const SAMPLES = join(__dirname, '..', '..', 'public', 'samples');
const jsonFiles = (dir: string, label: string) => readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'index.json').map((f) => ({ name: `${label}${f}`, text: readFileSync(join(dir, f), 'utf8') }));
const fixtures = jsonFiles(FIXTURES, '');
/** The replay viewer's samples played under `version`. */
const samplesOf = (version: string) => jsonFiles(SAMPLES, 'public/samples/').filter((f) => (JSON.parse(f.text) as { rulesVersion: string }).rulesVersion === version);
const samples1 = samplesOf('1.0.0');

describe('rules 1.0.0 logs after the upgrade', () => {
  it('the current rules are not 1.0.0, and both are known', () => {
    expect(RULES_VERSION).not.toBe('1.0.0');
    expect(rulesetFor('1.0.0')?.playable).toBe(false);
    expect(rulesetFor(RULES_VERSION)).toBe(CURRENT_RULESET);
    expect(rulesetFor('9.9.9')).toBeNull();
    expect(rulesetFor('constructor')).toBeNull();
  });

  it('has committed 1.0.0 fixtures and samples to check', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(3);
    expect(samples1.length).toBeGreaterThanOrEqual(4);
  });

  for (const f of [...fixtures, ...samples1]) {
    it(`${f.name} replays under 1.0.0 with every hash matching, and shows as it was played`, () => {
      const p = parseLog(f.text);
      if (!p.ok) throw new Error(p.error.message);
      expect(p.value.rulesVersion).toBe('1.0.0');
      const r = replayLog(p.value);
      if (!r.ok) throw new Error(r.error.message);
      const { states, native, rules } = r.value;
      expect(rules.version).toBe('1.0.0');
      expect(states).toHaveLength(p.value.actions.length + 1);
      // The display follows the game step by step: same round, phase, scores and tracks as the 1.0.0 state.
      for (let i = 0; i < states.length; i += 7) {
        const n = native[i] as v1.GameState;
        const d = states[i]!;
        expect(d.round).toBe(n.round);
        expect(d.phase).toBe(n.phase);
        expect(d.tracks).toEqual(n.tracks);
        for (const a of v1.ACTORS) {
          expect(d.actors[a].vp).toBe(n.actors[a].vp);
          expect(d.actors[a].hand).toEqual(n.actors[a].hand);
          expect(d.actors[a].objective).toBe(n.actors[a].objective);
        }
        expect(d.chronicle).toEqual(n.chronicle);
      }
      // The move words are 1.0.0's own (a card since removed is still named).
      for (const a of p.value.actions.slice(0, 5)) expect(rules.describe(a)).toBe(v1.describeAction(a as unknown as v1.Action));
      // Nothing of it can be continued under today's rules.
      expect(playableOptions(p.value)).toBeNull();
    });
  }

  it('an edited 1.0.0 log is still caught by its hashes', () => {
    const text = fixtures.find((f) => f.name === 'standard-six-rounds.json')!.text;
    const doc = JSON.parse(text);
    doc.hashes[10] = '0000000000000';
    const p = parseLog(JSON.stringify(doc));
    if (!p.ok) throw new Error(p.error.message);
    const r = replayLog(p.value, { stepHashes: false });
    if (!r.ok) throw new Error(r.error.message);
    expect(checkStepHashes(p.value, r.value)).toMatchObject({ code: 'ERR_HASH_MISMATCH', action: 11 });
    expect(replayLog(p.value)).toMatchObject({ ok: false, error: { code: 'ERR_HASH_MISMATCH', action: 11 } });
  });

  it('makeLog under 1.0.0 writes the same hashes the sample recorded', () => {
    const p = parseLog(fixtures.find((f) => f.name === 'short-three-rounds.json')!.text);
    if (!p.ok) throw new Error(p.error.message);
    const again = makeLog({ rulesVersion: '1.0.0', options: p.value.options, seats: p.value.seats, actions: p.value.actions });
    expect(again.rulesVersion).toBe('1.0.0');
    expect(again.hashes).toEqual(p.value.hashes);
    expect(again.finalHash).toBe(p.value.finalHash);
  });

  it('a share link of a 1.0.0 game opens under 1.0.0', () => {
    const p = parseLog(fixtures.find((f) => f.name === 'catastrophe.json')!.text);
    if (!p.ok) throw new Error(p.error.message);
    const d = decodeShareReplay(encodeShare(p.value));
    if (!d.ok) throw new Error(d.error.message);
    expect(d.value.replay.rules.version).toBe('1.0.0');
    expect(d.value.log.hashes).toEqual(p.value.hashes);
    expect(d.value.replay.states.at(-1)!.phase).toBe('ended');
  });

  it('a rules 2.0 move in a 1.0.0 log is refused as illegal under 1.0.0, and named', () => {
    const doc = JSON.parse(fixtures.find((f) => f.name === 'short-three-rounds.json')!.text);
    for (const a of [{ type: 'snub', actor: 'KP' }, { type: 'keepObjective', actor: 'US', objective: 'us-dealmaker' }]) {
      const p = parseLog(JSON.stringify({ ...doc, actions: [a, ...doc.actions.slice(1)] }));
      if (!p.ok) throw new Error(p.error.message);
      const r = replayLog(p.value);
      expect(r).toMatchObject({ ok: false, error: { code: 'ERR_ILLEGAL_ACTION', action: 1 } });
      expect(!r.ok && r.error.message).not.toMatch(/undefined/);
    }
  });

  it('each rules version takes its own kind of seed', () => {
    const doc = JSON.parse(fixtures[0]!.text);
    const { headerHash: _h, ...noHash } = { ...doc, version: 1 };
    expect(parseLog(JSON.stringify({ ...noHash, options: { ...doc.options, seed: 'abc' } }))).toMatchObject({ ok: false, error: { code: 'ERR_SCHEMA', path: 'options.seed' } });
    expect(parseLog(JSON.stringify({ ...noHash, rulesVersion: RULES_VERSION }))).toMatchObject({ ok: false, error: { code: 'ERR_SCHEMA', path: 'options.seed' } });
    expect(parseLog(JSON.stringify({ ...noHash, rulesVersion: '3.0.0' }))).toMatchObject({ ok: false, error: { code: 'ERR_RULES_VERSION' } });
  });
});

/** Logs saved under rules 2.0.0 (before 2.1 retuned the numbers): they replay under their own rules, forever. */
const FIXTURES_2_0 = join(__dirname, 'fixtures', '2.0.0');
const fixtures2 = jsonFiles(FIXTURES_2_0, '2.0.0/');
const samples2 = samplesOf('2.0.0');

describe('rules 2.0.0 logs after the later rules', () => {
  it('2.0.0 is known, replays only, and takes a text seed', () => {
    expect(RULES_VERSION).not.toBe('2.0.0');
    const r = rulesetFor('2.0.0');
    expect(r?.playable).toBe(false);
    expect(r?.seed).toBe('string');
    expect(fixtures2.length).toBeGreaterThanOrEqual(3);
  });

  for (const f of [...fixtures2, ...samples2]) {
    it(`${f.name} replays under 2.0.0 with every hash matching, its own winner, and its objectives named`, () => {
      const p = parseLog(f.text);
      if (!p.ok) throw new Error(p.error.message);
      expect(p.value.rulesVersion).toBe('2.0.0');
      const r = replayLog(p.value);
      if (!r.ok) throw new Error(r.error.message);
      const { states, native, rules } = r.value;
      expect(rules.version).toBe('2.0.0');
      expect(states).toHaveLength(p.value.actions.length + 1);
      expect(checkStepHashes(p.value, r.value)).toBeNull();
      const last = native[native.length - 1] as v2_0.GameState;
      expect(states[states.length - 1]).toBe(last);
      if (last.phase === 'ended') expect(rules.winner(last)).toBe(v2_0.winner(last));
      // A 2.0.0 objective that 2.1 retired or retuned is still shown by its 2.0.0 name.
      for (const a of v2_0.ACTORS) for (const id of last.actors[a].objectiveChoices) expect(objectiveIn('2.0.0', id)).toMatchObject({ name: v2_0.OBJECTIVE_BY_ID.get(id)!.name, vp: v2_0.OBJECTIVE_BY_ID.get(id)!.vp });
      expect(playableOptions(p.value)).toBeNull();
    });
  }

  it('a 2.0.0 log does not replay under today\'s rules: they give other states', () => {
    const p = parseLog(fixtures2[0]!.text);
    if (!p.ok) throw new Error(p.error.message);
    const underToday = replayLog({ ...p.value, rulesVersion: RULES_VERSION });
    expect(underToday.ok && checkStepHashes(p.value, underToday.value) === null).toBe(false);
  });
});

/** A frozen engine of rules 2.1.0 on, as these tests read it (its states have today's shape). */
interface FrozenEngine {
  readonly ACTORS: readonly ActorId[];
  readonly OBJECTIVE_BY_ID: ReadonlyMap<string, { readonly name: string; readonly vp: number }>;
  winner(s: GameState): ActorId | null;
}

/** Each fixture's outcome as its rules scored it, written down when they were frozen: a change to the frozen rules shows here. */
type Outcomes = Readonly<Record<string, { readonly winner: ActorId; readonly vp: number; readonly deals: readonly string[] }>>;

/**
 * Logs saved under a frozen version (2.1.0 on) before later rules changed it: its three fixtures (a full game, a
 * Trump–Kim deal, a snub) and its samples replay under their own rules, forever, and never pass as today's.
 */
function frozenVersionLogs(version: string, engine: FrozenEngine, outcomes: Outcomes): void {
  const fixtures = jsonFiles(join(__dirname, 'fixtures', version), `${version}/`);
  const samples = samplesOf(version);

  describe(`rules ${version} logs after the later rules`, () => {
    it(`${version} is known, replays only, and takes a text seed`, () => {
      expect(RULES_VERSION).not.toBe(version);
      const r = rulesetFor(version);
      expect(r?.playable).toBe(false);
      expect(r?.seed).toBe('string');
      expect(fixtures.map((f) => f.name).sort()).toEqual(Object.keys(outcomes).sort());
      expect(samples.length).toBeGreaterThanOrEqual(3);
    });

    it(`the ${version} fixtures hold a Trump–Kim deal and a snub`, () => {
      const finals = fixtures.map((f) => {
        const p = parseLog(f.text);
        if (!p.ok) throw new Error(p.error.message);
        const r = replayLog(p.value);
        if (!r.ok) throw new Error(r.error.message);
        return r.value.states.at(-1)!;
      });
      expect(finals.some((s) => s.deals.some((d) => d.table === 'USKP') && s.summitsHeld.some((h) => h.table === 'USKP' && h.attended))).toBe(true);
      expect(finals.some((s) => s.summitsHeld.some((h) => h.table === 'USKP' && !h.attended))).toBe(true);
    });

    for (const f of [...fixtures, ...samples]) {
      it(`${f.name} replays under ${version} with every hash matching, its own winner, and its objectives named`, () => {
        const p = parseLog(f.text);
        if (!p.ok) throw new Error(p.error.message);
        expect(p.value.rulesVersion).toBe(version);
        const r = replayLog(p.value);
        if (!r.ok) throw new Error(r.error.message);
        const { states, native, rules } = r.value;
        expect(rules.version).toBe(version);
        expect(states).toHaveLength(p.value.actions.length + 1);
        expect(checkStepHashes(p.value, r.value)).toBeNull();
        const last = native[native.length - 1] as GameState;
        expect(states[states.length - 1]).toBe(last);
        if (last.phase === 'ended') expect(rules.winner(last)).toBe(engine.winner(last));
        const outcome = outcomes[f.name];
        if (outcome) {
          expect(rules.winner(last)).toBe(outcome.winner);
          expect(rules.standings(last)[0]).toMatchObject({ actor: outcome.winner, vp: outcome.vp });
          expect(last.deals.map((d) => d.table)).toEqual(outcome.deals);
        }
        // An objective of these rules that later rules retire or retune is still shown by the name it had then.
        for (const a of engine.ACTORS) for (const id of last.actors[a].objectiveChoices) expect(objectiveIn(version, id)).toMatchObject({ name: engine.OBJECTIVE_BY_ID.get(id)!.name, vp: engine.OBJECTIVE_BY_ID.get(id)!.vp });
        expect(playableOptions(p.value)).toBeNull();
      });
    }

    it(`makeLog under ${version} writes the same hashes the fixture recorded`, () => {
      const p = parseLog(fixtures.find((f) => f.name === `${version}/snub.json`)!.text);
      if (!p.ok) throw new Error(p.error.message);
      const again = makeLog({ rulesVersion: version, options: p.value.options, seats: p.value.seats, actions: p.value.actions, source: p.value.source! });
      expect(again.rulesVersion).toBe(version);
      expect(again.hashes).toEqual(p.value.hashes);
      expect(again.finalHash).toBe(p.value.finalHash);
      expect(again.headerHash).toBe(p.value.headerHash);
    });

    it(`a ${version} log does not pass as a log of today's rules`, () => {
      const doc = JSON.parse(fixtures[0]!.text);
      // Relabelled, its header hash gives it away at once...
      expect(parseLog(JSON.stringify({ ...doc, rulesVersion: RULES_VERSION }))).toMatchObject({ ok: false, error: { code: 'ERR_HASH_MISMATCH', path: 'headerHash' } });
      // ...and its moves, replayed under today's rules, do not give the states it recorded.
      const p = parseLog(fixtures[0]!.text);
      if (!p.ok) throw new Error(p.error.message);
      const underToday = replayLog({ ...p.value, rulesVersion: RULES_VERSION });
      expect(underToday.ok && checkStepHashes(p.value, underToday.value) === null).toBe(false);
    });
  });
}

/** Rules 2.1.0, frozen when 2.2 changed the rules. */
frozenVersionLogs('2.1.0', v2_1, {
  '2.1.0/standard-six-rounds.json': { winner: 'RU', vp: 45, deals: ['USCN'] },
  '2.1.0/trump-kim-summit.json': { winner: 'CN', vp: 45, deals: ['USCN', 'USKP'] },
  '2.1.0/snub.json': { winner: 'US', vp: 46, deals: ['USCN', 'USKP'] },
});

/** Rules 2.2.0, frozen before 2.3 changes the rules. */
frozenVersionLogs('2.2.0', v2_2, {
  '2.2.0/standard-six-rounds.json': { winner: 'RU', vp: 49, deals: ['USKP', 'USCN'] },
  '2.2.0/trump-kim-summit.json': { winner: 'CN', vp: 53, deals: ['USCN', 'USKP'] },
  '2.2.0/snub.json': { winner: 'CN', vp: 53, deals: ['USCN'] },
});
