import fc from 'fast-check';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { decodeShare } from '.';
import { MAX_LOG_BYTES } from './format';
import { decompressBounded } from './lz';
import { bombLink, unpackedLength } from './lzBomb';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

describe('bounded share-link decompression', () => {
  it('the bomb is real: lz-string unpacks a small one to the expected run of "a"', () => {
    expect(LZString.decompressFromEncodedURIComponent(bombLink(100))).toBe('a'.repeat(unpackedLength(100)));
    expect(decompressBounded(bombLink(100), 10_000)).toEqual({ ok: true, text: 'a'.repeat(unpackedLength(100)) });
  });

  it('stops as soon as the text passes the bound', () => {
    expect(decompressBounded(bombLink(100), unpackedLength(100))).toMatchObject({ ok: true });
    expect(decompressBounded(bombLink(100), unpackedLength(100) - 1)).toEqual({ ok: false, reason: 'tooLarge' });
  });

  it('a 70,000-character link that would unpack to 400 MB is refused as too large (at 2 MB)', () => {
    const link = bombLink(28_300);
    expect(link.length).toBeLessThan(75_000);
    expect(unpackedLength(28_300)).toBeGreaterThan(400_000_000);
    expect(decompressBounded(link, MAX_LOG_BYTES)).toEqual({ ok: false, reason: 'tooLarge' });
    const r = decodeShare(link);
    expect(!r.ok && r.error).toEqual({ code: 'ERR_TOO_LARGE', message: 'The share link unpacks to more than 2 MB; a Summitry log is at most 2 MB.' });
  });

  it('unpacks exactly what lz-string packed, any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const packed = LZString.compressToEncodedURIComponent(s);
        expect(decompressBounded(packed, 1e6)).toEqual({ ok: true, text: s });
      }),
      { numRuns: 100 },
    );
  });

  it('answers like lz-string for any input, damaged or not', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 60 }), fc.stringMatching(/^[A-Za-z0-9+\-$ ]{0,60}$/)), (s) => {
        let theirs: string | null;
        try {
          theirs = LZString.decompressFromEncodedURIComponent(s);
        } catch {
          theirs = null;
        }
        const ours = decompressBounded(s, 1e6);
        // A stream starting with code 3 is garbage to lz-string too (it unpacks "undefined…" or throws).
        const badStart = s !== '' && (Math.max(0, ALPHABET.indexOf(s.replace(/ /g, '+')[0]!)) & 48) === 48;
        if (theirs === null || badStart) expect(ours).toEqual({ ok: false, reason: 'damaged' });
        else expect(ours).toEqual({ ok: true, text: theirs });
      }),
      { numRuns: 500 },
    );
  });
});
