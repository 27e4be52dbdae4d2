import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_BOT_SEATS, LOG_ERROR_CODES, decodeShare, encodeShare, makeLog, parseLog, randomGameActions, replayLog, serializeLog } from '.';

/** Whatever arrives, parsing answers with a Result and a known error code; it never throws. */
const options = { seed: '5', rounds: 2 };
const log = makeLog({ options, seats: ALL_BOT_SEATS, actions: randomGameActions(options, 2) });
const text = serializeLog(log);

function answers(t: string): void {
  const r = parseLog(t);
  if (r.ok) {
    const rep = replayLog(r.value);
    if (!rep.ok) expect(LOG_ERROR_CODES).toContain(rep.error.code);
  } else {
    expect(LOG_ERROR_CODES).toContain(r.error.code);
    expect(r.error.message.length).toBeGreaterThan(0);
  }
}

describe('parseLog fuzz', () => {
  it('any string', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (s) => answers(s)), { numRuns: 300 });
  });

  it('any JSON value', () => {
    fc.assert(fc.property(fc.json({ maxDepth: 4 }), (s) => answers(s)), { numRuns: 300 });
  });

  it('a real log cut anywhere, or with one character changed', () => {
    fc.assert(
      fc.property(fc.nat({ max: text.length - 1 }), fc.string({ minLength: 1, maxLength: 1 }), (i, c) => {
        answers(text.slice(0, i));
        answers(text.slice(0, i) + c + text.slice(i + 1));
      }),
      { numRuns: 300 },
    );
  });

  it('a real log with any field replaced by any JSON value', () => {
    const doc = JSON.parse(text) as Record<string, unknown>;
    const keys = Object.keys(doc);
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 3 }), (k, v) => answers(JSON.stringify({ ...doc, [k]: v }))),
      { numRuns: 300 },
    );
  });

  it('decodeShare of any string answers with a Result', () => {
    const good = encodeShare(log);
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.nat({ max: good.length }), (s, i) => {
        for (const input of [s, good.slice(0, i) + s]) {
          const r = decodeShare(input);
          if (!r.ok) expect(LOG_ERROR_CODES).toContain(r.error.code);
        }
      }),
      { numRuns: 200 },
    );
  });
});
