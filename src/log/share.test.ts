import { describe, expect, it } from 'vitest';
import LZString from 'lz-string';
import { ALL_BOT_SEATS, decodeShare, encodeShare, makeLog, randomGameActions } from '.';

const options = { seed: 9, rounds: 6 };
const log = makeLog({ options, seats: { ...ALL_BOT_SEATS, US: { kind: 'human', name: 'Ms Park' } }, actions: randomGameActions(options, 5) });

describe('share links', () => {
  it('round-trip exactly (hashes recomputed) and are URL-safe', () => {
    const s = encodeShare(log);
    expect(s).toMatch(/^[A-Za-z0-9+\-$]*$/);
    const r = decodeShare(s);
    expect(r.ok && r.value).toEqual(log);
  });

  it('a cut-off link is refused with a clear message', () => {
    const s = encodeShare(log);
    const r = decodeShare(s.slice(0, s.length / 2));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/share link/);
    expect(decodeShare('').ok).toBe(false);
    expect(decodeShare('!!!not lz!!!').ok).toBe(false);
  });

  it('an edited link is caught by the final hash', () => {
    const { hashes: _h, ...rest } = log;
    const edited = { ...rest, finalHash: '0123456789abcd' };
    const r = decodeShare(LZString.compressToEncodedURIComponent(JSON.stringify(edited)));
    expect(!r.ok && r.error.code).toBe('ERR_HASH_MISMATCH');
  });

  it('a link to a hostile document is refused by the same schema', () => {
    const r = decodeShare(LZString.compressToEncodedURIComponent('{"type":"summitry-log","version":1,"__proto__":{"x":1}}'));
    expect(!r.ok && r.error.code).toBe('ERR_SHARE_LINK');
  });
});
