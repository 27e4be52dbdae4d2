import { describe, expect, it } from 'vitest';
import { DRAWN_SEED, newSeed } from './seed';

describe('newSeed', () => {
  it('draws 128 bits as 32 hex digits', () => {
    expect(newSeed()).toMatch(DRAWN_SEED);
  });
  it('never repeats across many draws (a 20-bit seed would within ~1,200)', () => {
    const seen = new Set(Array.from({ length: 5000 }, newSeed));
    expect(seen.size).toBe(5000);
  });
  it('uses every hex digit position: not a small number padded with zeros', () => {
    const firsts = new Set(Array.from({ length: 200 }, () => newSeed()[0]));
    expect(firsts.size).toBeGreaterThan(8);
  });
});
