import { describe, expect, it } from 'vitest';
import type { Action } from '../../engine';
import { forecastsOf, provedReading } from './forecasts';

describe('forecasts of an ended table', () => {
  it('reads each team\'s forecast from the log and scores it against the reading that proved right', () => {
    const actions = [
      { type: 'keepObjective', actor: 'US', objective: 'x' },
      { type: 'forecast', actor: 'US', reading: 'defersToXi' },
      { type: 'forecast', actor: 'KP', reading: 'noSummit' },
      { type: 'decline', actor: 'US' },
    ] as unknown as Action[];
    expect(forecastsOf({ actions }, 'noSummit')).toEqual([
      { actor: 'US', reading: 'defersToXi', right: false },
      { actor: 'KP', reading: 'noSummit', right: true },
    ]);
    expect(forecastsOf({ actions }, null).map((f) => f.right)).toEqual([null, null]);
    expect(provedReading({ reading: 'noSummit' })).toBe('noSummit');
  });

  it('finds none in a rules 1.0 log, and ignores malformed entries', () => {
    const actions = [{ type: 'decline', actor: 'US' }, { type: 'forecast', actor: 'XX', reading: 'noSummit' }, { type: 'forecast', actor: 'US' }] as unknown as Action[];
    expect(forecastsOf({ actions }, undefined)).toEqual([]);
  });
});
