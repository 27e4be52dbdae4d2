import { describe, expect, it } from 'vitest';
import { intOption, numberOption, parseBots } from './options';
import { deriveSeed } from './play';
import { UsageError } from './run';

describe('parseBots', () => {
  it('defaults every seat to random', () => {
    expect(parseBots(undefined)).toEqual({ US: 'random', KP: 'random', CN: 'random', RU: 'random', KR: 'random' });
  });
  it('gives one level to every seat', () => {
    expect(Object.values(parseBots('search'))).toEqual(['search', 'search', 'search', 'search', 'search']);
  });
  it('reads seat=level pairs in any case, leaving the rest random', () => {
    expect(parseBots('kr=Heuristic, US = search')).toEqual({ US: 'search', KP: 'random', CN: 'random', RU: 'random', KR: 'heuristic' });
  });
  it.each([
    ['', /needs a level/],
    ['smart', /unknown bot level "smart"/],
    ['US=smart', /unknown bot level "smart" for US/],
    ['XX=random', /unknown seat "XX"/],
    ['US=random,', /"" is not a seat=level pair/],
    ['US=random,US=search', /seat US is given twice/],
  ])('refuses %j', (raw, message) => {
    expect(() => parseBots(raw)).toThrow(UsageError);
    expect(() => parseBots(raw)).toThrow(message);
  });
});

describe('number options', () => {
  it('accepts whole numbers in range and refuses the rest', () => {
    expect(intOption('games', undefined, 100, 1, 10)).toBe(100);
    expect(intOption('games', '7', 100, 1, 10)).toBe(7);
    for (const bad of ['0', '11', '2.5', '1e3', 'x', '']) expect(() => intOption('games', bad, 1, 1, 10)).toThrow(/--games must be a whole number from 1 to 10/);
    expect(numberOption('seconds', '0.5', 2, 0.1, 10)).toBe(0.5);
    expect(() => numberOption('seconds', 'fast', 2, 0.1, 10)).toThrow(/--seconds must be a number/);
  });
});

describe('deriveSeed', () => {
  it('is stable and spreads nearby inputs apart', () => {
    expect(deriveSeed(1, 0)).toBe(deriveSeed(1, 0));
    const seeds = new Set(Array.from({ length: 1000 }, (_, i) => deriveSeed(1, i)));
    expect(seeds.size).toBe(1000);
    expect(deriveSeed(1, 0)).not.toBe(deriveSeed(2, 0));
    for (const s of seeds) expect(s >>> 0).toBe(s);
  });
});
