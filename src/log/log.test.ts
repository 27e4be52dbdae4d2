import { describe, expect, it } from 'vitest';
import { newGameOrThrow, stateHash } from '../engine';
import { ALL_BOT_SEATS, checkStepHashes, LOG_VERSION, MAX_LOG_BYTES, makeLog, parseLog, randomGameActions, replayLog, serializeLog, type GameLog } from '.';

const options = { seed: '42', rounds: 6 };
const actions = randomGameActions(options, 3);
const log = makeLog({ options, seats: ALL_BOT_SEATS, actions, source: 'unit test', createdAt: '2025-10-29T09:00:00.000Z' });
const text = serializeLog(log);
/** A card-playing action somewhere in the middle. */
const c = actions.findIndex((a, i) => i >= 12 && 'card' in a);

/** The log as a plain object, edited by `f`, then written back to text. */
function edited(f: (doc: Record<string, any>) => void): string {
  const doc = JSON.parse(text);
  f(doc);
  return JSON.stringify(doc);
}

function failure(t: string) {
  const r = parseLog(t);
  if (r.ok) {
    const rep = replayLog(r.value);
    if (rep.ok) throw new Error('expected the log to be refused');
    return rep.error;
  }
  return r.error;
}

describe('round trip', () => {
  it('a whole random game: make → serialize → parse → replay gives the same hashes and states', () => {
    expect(actions.length).toBeGreaterThan(50);
    const parsed = parseLog(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value).toEqual(log);
    const r = replayLog(parsed.value);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.states).toHaveLength(actions.length + 1);
    expect(stateHash(r.value.states[0]!)).toBe(stateHash(newGameOrThrow(options)));
    expect(r.value.states.slice(1).map(stateHash)).toEqual(log.hashes);
    expect(stateHash(r.value.states.at(-1)!)).toBe(log.finalHash);
    expect(r.value.states.at(-1)!.phase).toBe('ended');
  });

  it('an empty game (no actions yet) round-trips too', () => {
    const empty = makeLog({ options, seats: ALL_BOT_SEATS, actions: [] });
    const r = parseLog(serializeLog(empty));
    expect(r.ok && replayLog(r.value).ok).toBe(true);
  });

  it('makeLog throws on an illegal action list (programmer error)', () => {
    expect(() => makeLog({ options, seats: ALL_BOT_SEATS, actions: [actions[1]!] })).toThrow(/not legal/);
  });

  it('is pretty JSON with one action per line', () => {
    expect(text.split('\n').filter((l) => l.includes('"type":"play')).length).toBeGreaterThan(40);
    expect(text.endsWith('}\n')).toBe(true);
  });
});

describe('bad input gets one clear error', () => {
  it('empty', () => {
    expect(failure('')).toMatchObject({ code: 'ERR_EMPTY' });
    expect(failure('  \n ')).toMatchObject({ code: 'ERR_EMPTY' });
  });

  it('truncated', () => {
    const e = failure(text.slice(0, Math.floor(text.length / 2)));
    expect(e.code).toBe('ERR_NOT_JSON');
    expect(e.message).toMatch(/truncated/);
  });

  it('not JSON, with a position', () => {
    const e = failure('{\n  "type": "summitry-log",\n  oops\n}');
    expect(e.code).toBe('ERR_NOT_JSON');
    expect(e.message).toMatch(/line 3, column 3/);
    expect(failure('<html>hello</html>').code).toBe('ERR_NOT_JSON');
  });

  it('oversized', () => {
    const e = failure(' '.repeat(MAX_LOG_BYTES + 1));
    expect(e.code).toBe('ERR_TOO_LARGE');
    // Multi-byte characters count as bytes, not characters.
    expect(failure('"' + 'é'.repeat(MAX_LOG_BYTES / 2 + 1) + '"').code).toBe('ERR_TOO_LARGE');
  });

  it('JSON that is not a log', () => {
    expect(failure('[1,2,3]')).toMatchObject({ code: 'ERR_SCHEMA', path: 'type' });
    expect(failure('{"type":"excalidraw"}').message).toMatch(/not a Summitry game log/);
  });

  it('newer format version', () => {
    const e = failure(edited((d) => (d.version = LOG_VERSION + 1)));
    expect(e.code).toBe('ERR_VERSION');
    expect(e.message).toBe('This file was made by a newer Summitry (format 3); this one reads up to format 2. Update Summitry to open it.');
  });

  it('older or odd format version', () => {
    expect(failure(edited((d) => (d.version = 0))).code).toBe('ERR_VERSION');
    expect(failure(edited((d) => (d.version = '1'))).code).toBe('ERR_SCHEMA');
  });

  it('other rules version is refused with the reason', () => {
    const e = failure(edited((d) => (d.rulesVersion = '0.9.0')));
    expect(e.code).toBe('ERR_RULES_VERSION');
    expect(e.message).toMatch(/rules 0\.9\.0.*rules 1\.0\.0, 2\.0\.0, 2\.1\.0, 2\.2\.0 and 2\.3\.0/);
  });

  it('schema errors name the path', () => {
    expect(failure(edited((d) => (d.actions[c].card = 7)))).toMatchObject({ code: 'ERR_SCHEMA', path: `actions[${c}].card`, message: expect.stringMatching(new RegExp(`^actions\\[${c}\\]\\.card: expected string`)) });
    expect(failure(edited((d) => (d.actions[3].type = 'cheat')))).toMatchObject({ code: 'ERR_SCHEMA', path: 'actions[3].type' });
    expect(failure(edited((d) => (d.actions[0].extra = 1)))).toMatchObject({ code: 'ERR_SCHEMA', path: 'actions[0]', message: expect.stringMatching(/extra/) });
    expect(failure(edited((d) => (d.seats.US = { kind: 'alien' })))).toMatchObject({ code: 'ERR_SCHEMA', path: 'seats.US.kind' });
    expect(failure(edited((d) => (d.options.seed = -1)))).toMatchObject({ code: 'ERR_SCHEMA', path: 'options.seed' });
    expect(failure(edited((d) => d.hashes.pop()))).toMatchObject({ code: 'ERR_SCHEMA', path: 'hashes' });
    expect(failure(edited((d) => (d.createdAt = 'yesterday')))).toMatchObject({ code: 'ERR_SCHEMA', path: 'createdAt' });
  });

  it('tampered action: another card → illegal, naming the action', () => {
    const e = failure(edited((d) => (d.actions[c].card = 'not-a-card')));
    expect(e.code).toBe('ERR_ILLEGAL_ACTION');
    expect(e.message).toMatch(new RegExp(`^Action ${c + 1} \\(.*\\) is not legal: .*does not hold the card "not-a-card"`));
    expect(e.action).toBe(c + 1);
  });

  it('tampered action: another legal op → hash mismatch at that action', () => {
    const i = actions.findIndex((a) => a.type === 'playOps' && a.actor === 'US');
    const a = actions[i]!;
    if (a.type !== 'playOps') throw new Error('fixture');
    const op = a.op === 'lobby' ? 'build' : 'lobby';
    const e = failure(edited((d) => (d.actions[i].op = op)));
    // Either later moves become illegal or the hash after it differs: both refuse the log at or after i.
    expect(['ERR_HASH_MISMATCH', 'ERR_ILLEGAL_ACTION']).toContain(e.code);
    expect(e.action).toBeGreaterThanOrEqual(i + 1);
    if (e.code === 'ERR_HASH_MISMATCH') expect(e.message).toMatch(new RegExp(`^The state after action ${i + 1} .*does not match its recorded hash`));
  });

  it('replay can leave the step hashes to a later checkStepHashes, still checking the final hash', () => {
    const doc = JSON.parse(text);
    doc.hashes[20] = '00000000000000';
    const p = parseLog(JSON.stringify(doc));
    if (!p.ok) throw new Error(p.error.message);
    const r = replayLog(p.value, { stepHashes: false });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(checkStepHashes(p.value, r.value, 1, 21)).toBeNull();
    expect(checkStepHashes(p.value, r.value, 21, 40)).toMatchObject({ code: 'ERR_HASH_MISMATCH', action: 21 });
    const f = parseLog(text.replace(log.finalHash, '00000000000000'));
    expect(f.ok && !replayLog(f.value, { stepHashes: false }).ok).toBe(true);
  });

  it('hash not matching', () => {
    const e = failure(edited((d) => (d.hashes[20] = '00000000000000')));
    expect(e).toMatchObject({ code: 'ERR_HASH_MISMATCH', action: 21, path: 'hashes[20]' });
    expect(failure(edited((d) => (d.finalHash = 'abc')))).toMatchObject({ code: 'ERR_HASH_MISMATCH', path: 'finalHash' });
  });

  it('a different seed makes every hash wrong', () => {
    expect(failure(edited((d) => (d.options.seed = '43')))).toMatchObject({ code: expect.stringMatching(/ERR_HASH_MISMATCH|ERR_ILLEGAL_ACTION/) });
  });
});

describe('hostile input', () => {
  it('HTML in names stays plain text, exactly as written', () => {
    const name = '<img src=x onerror=alert(1)>';
    const r = parseLog(serializeLog(makeLog({ options, seats: { ...ALL_BOT_SEATS, KP: { kind: 'human', name } }, actions })));
    expect(r.ok && r.value.seats.KP.name).toBe(name);
  });

  it('control characters and over-long names are refused', () => {
    expect(failure(edited((d) => (d.seats.KP.name = 'a\u0000b')))).toMatchObject({ code: 'ERR_SCHEMA', path: 'seats.KP.name' });
    expect(failure(edited((d) => (d.seats.KP.name = 'evil\u202egnp.exe')))).toMatchObject({ code: 'ERR_SCHEMA', path: 'seats.KP.name', message: 'seats.KP.name: must be plain text on one line' });
    expect(parseLog(serializeLog(makeLog({ options, seats: { ...ALL_BOT_SEATS, KP: { kind: 'human', name: 'Kim Jong Un 김정은 ✓' } }, actions }))).ok).toBe(true);
    expect(failure(edited((d) => (d.seats.KP.name = 'x'.repeat(41))))).toMatchObject({ code: 'ERR_SCHEMA', path: 'seats.KP.name' });
    expect(failure(edited((d) => (d.source = 'x'.repeat(201))))).toMatchObject({ code: 'ERR_SCHEMA', path: 'source' });
  });

  it('__proto__, constructor and prototype keys are refused anywhere, and nothing is polluted', () => {
    const withProto = text.replace('"options": {', '"options": { "__proto__": { "polluted": true },');
    expect(failure(withProto)).toMatchObject({ code: 'ERR_SCHEMA', path: 'options.__proto__' });
    expect(failure(text.replace('{"type":"playOps"', '{"constructor":{"prototype":{"polluted":true}},"type":"playOps"'))).toMatchObject({ code: 'ERR_SCHEMA', path: expect.stringMatching(/^actions\[\d+\]\.constructor$/) });
    expect(failure('{"a":[{"b":{"prototype":1}}]}')).toMatchObject({ code: 'ERR_SCHEMA', path: 'a[0].b.prototype' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('deeply nested JSON does not overflow the stack', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(() => failure(deep)).not.toThrow();
  });

  it('an action list longer than any game is refused by the schema', () => {
    const e = failure(edited((d) => (d.actions = Array(6000).fill(d.actions[0]))));
    expect(e).toMatchObject({ code: 'ERR_SCHEMA', path: 'actions' });
  });

  it('the parsed log is plain data with no extra keys carried over', () => {
    const r = parseLog(text);
    expect(r.ok).toBe(true);
    if (r.ok) expect(Object.getPrototypeOf(r.value as GameLog)).toBe(Object.prototype);
  });
});
