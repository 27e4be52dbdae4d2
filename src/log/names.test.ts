import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seatSchema } from './schema';
import { capLength, cleanNameInput, normalizeName } from './names';

describe('the name rule', { timeout: 60_000 }, () => {
  it('turns tabs and line breaks into spaces, drops control and bidi characters, trims and caps', () => {
    expect(normalizeName('  Ana\tMaria\r\n ')).toBe('Ana Maria');
    expect(normalizeName('\u202eevil\u202c \u2066Kim\u2069\u200f')).toBe('evil Kim');
    expect(normalizeName('a\u0000b\u007fc\u0085d')).toBe('abc d');
    expect(normalizeName('x'.repeat(50))).toHaveLength(40);
    expect(normalizeName('\u202e\t ')).toBe('');
  });

  it('keeps spaces while typing, and never splits a surrogate pair', () => {
    expect(cleanNameInput('Team  One ')).toBe('Team  One ');
    expect(capLength(`${'x'.repeat(39)}😀`, 40)).toBe('x'.repeat(39));
    expect(normalizeName('\ud800lone')).toBe('lone');
  });

  it('whatever it gives passes the log and save schema', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), (raw) => {
        const name = normalizeName(raw);
        expect(name.length).toBeLessThanOrEqual(40);
        expect(seatSchema.safeParse({ kind: 'human', ...(name ? { name } : {}) }).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
