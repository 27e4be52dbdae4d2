import { describe, expect, it } from 'vitest';
import LZString from 'lz-string';
import { ALL_BOT_SEATS, decodeShare, encodeShare, headerHash, LOG_VERSION, makeLog, parseLog, randomGameActions, replayLog, serializeLog } from '.';
import { RULES_VERSION } from '../engine';

/** Format 2: the header (who played, under which rules and options, written by what) is covered by `headerHash`. */

const options = { seed: '5', rounds: 3 };
const actions = randomGameActions(options, 5);
const seats = { ...ALL_BOT_SEATS, US: { kind: 'human' as const, name: 'Ms Park' } };
const log = makeLog({ options, seats, actions, source: 'unit test', createdAt: '2025-10-29T09:00:00.000Z' });
const text = serializeLog(log);

function edited(f: (doc: Record<string, any>) => void, from = text): string {
  const doc = JSON.parse(from);
  f(doc);
  return JSON.stringify(doc);
}

/** Parse and replay: the first problem, or null when the log opens. */
function problem(t: string) {
  const p = parseLog(t);
  if (!p.ok) return p.error;
  const r = replayLog(p.value);
  return r.ok ? null : r.error;
}

/** The same log as format 1 wrote it: no header hash. */
const v1 = edited((d) => {
  d.version = 1;
  delete d.headerHash;
});

describe('format 2: the header is covered by its hash', () => {
  it('new logs are format 2 with a header hash, and open', () => {
    expect(LOG_VERSION).toBe(2);
    expect(log.version).toBe(2);
    expect(log.headerHash).toMatch(/^[0-9a-f]{14}$/);
    expect(log.headerHash).toBe(headerHash(log));
    expect(problem(text)).toBeNull();
  });

  it.each([
    ['a seat name', (d: any) => (d.seats.US.name = 'Mr Kim')],
    ['a name added', (d: any) => (d.seats.CN.name = 'Beijing team')],
    ['a seat kind', (d: any) => (d.seats.US = { kind: 'bot', level: 'search', name: 'Ms Park' })],
    ['a bot level', (d: any) => (d.seats.KP.level = 'search')],
    ['the source', (d: any) => (d.source = 'Summitry web')],
    ['the source removed', (d: any) => delete d.source],
  ])('editing %s is caught', (_what, f) => {
    expect(problem(edited(f))).toEqual({
      code: 'ERR_HASH_MISMATCH',
      path: 'headerHash',
      message: "The file's header (seats, names, options, source or rules version) does not match its recorded hash: it was edited.",
    });
  });

  it('options are covered too (a changed seed is caught before any replay)', () => {
    expect(problem(edited((d) => (d.options.seed = '6')))).toMatchObject({ code: 'ERR_HASH_MISMATCH', path: 'headerHash' });
    expect(problem(edited((d) => (d.options.rounds = 4)))).toMatchObject({ code: 'ERR_HASH_MISMATCH', path: 'headerHash' });
  });

  it('the hash does not depend on key order or on createdAt', () => {
    expect(problem(edited((d) => (d.createdAt = '2030-01-01T00:00:00.000Z')))).toBeNull();
    const reordered = edited((d) => {
      d.seats = { KR: d.seats.KR, RU: d.seats.RU, CN: d.seats.CN, KP: d.seats.KP, US: { name: d.seats.US.name, kind: d.seats.US.kind } };
    });
    expect(problem(reordered)).toBeNull();
  });

  it('a format-2 log without its header hash, or a format-1 log with one, is refused by the schema', () => {
    expect(problem(edited((d) => delete d.headerHash))).toMatchObject({ code: 'ERR_SCHEMA', path: 'headerHash' });
    expect(problem(edited((d) => (d.version = 1)))).toMatchObject({ code: 'ERR_SCHEMA', message: expect.stringMatching(/unknown key "headerHash"/) });
  });
});

describe('format 1 still opens', () => {
  it('replays with every state hash checked; its header is not covered, as documented', () => {
    const p = parseLog(v1);
    expect(p.ok && p.value.version).toBe(1);
    expect(p.ok && p.value.headerHash).toBeUndefined();
    expect(problem(v1)).toBeNull();
    // The known gap of format 1: an edited name still opens (the replay summary says so).
    expect(problem(edited((d) => (d.seats.US.name = 'Mr Kim'), v1))).toBeNull();
    // Its moves and states are still covered.
    expect(problem(edited((d) => (d.hashes[3] = '00000000000000'), v1))).toMatchObject({ code: 'ERR_HASH_MISMATCH', action: 4 });
  });
});

describe('share links carry the header hash', () => {
  it('round-trip, and an edited name in a link is refused', () => {
    const link = encodeShare(log);
    const r = decodeShare(link);
    const { createdAt: _c, ...shared } = log; // a link leaves out when the log was written
    expect(r.ok && r.value).toEqual(shared);
    const doc = JSON.parse(LZString.decompressFromEncodedURIComponent(link)!);
    doc.seats.US.name = 'Mr Kim';
    const e = decodeShare(LZString.compressToEncodedURIComponent(JSON.stringify(doc)));
    expect(!e.ok && e.error).toMatchObject({ code: 'ERR_HASH_MISMATCH', path: 'headerHash', message: expect.stringMatching(/^The share link's header/) });
  });

  it('a format-1 link (no header hash) still opens', () => {
    const doc = JSON.parse(LZString.decompressFromEncodedURIComponent(encodeShare(log))!);
    doc.version = 1;
    delete doc.headerHash;
    const r = decodeShare(LZString.compressToEncodedURIComponent(JSON.stringify(doc)));
    expect(r.ok && r.value.version).toBe(1);
  });
});

describe('seeds: a number, or (later rules) a bounded string', () => {
  it('each rules version takes its own kind of seed: a number is refused by rules 2.0 with a reason; an over-long or multi-line text by the schema', () => {
    expect(problem(edited((d) => (d.options.seed = 12345)))).toEqual({
      code: 'ERR_SCHEMA',
      path: 'options.seed',
      message: `options.seed: rules ${RULES_VERSION} take text as the seed.`,
    });
    expect(problem(edited((d) => (d.options.seed = 'x'.repeat(65))))).toMatchObject({ code: 'ERR_SCHEMA', path: 'options.seed' });
    expect(problem(edited((d) => (d.options.seed = 'a\nb')))).toMatchObject({ code: 'ERR_SCHEMA', path: 'options.seed' });
    expect(problem(edited((d) => (d.options.seed = '')))).toMatchObject({ code: 'ERR_SCHEMA', path: 'options.seed' });
  });
});
