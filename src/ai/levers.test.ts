import { describe, expect, it } from 'vitest';
import { AGENDA, type GameState, newGameOrThrow, OBJECTIVE_BY_ID } from '../engine';
import { discoverShape, distance, probeBase } from './levers';

const withTracks = (s: GameState, t: Partial<GameState['tracks']>): GameState => ({ ...s, tracks: { ...s.tracks, ...t } });

describe('condition shapes discovered by probing', () => {
  const base = probeBase();

  it('measures a one-track threshold in steps', () => {
    const item = AGENDA.US[0]!; // US–DPRK readiness high enough for a table
    const shape = discoverShape(item.met, base);
    const s = newGameOrThrow({ seed: '3' });
    for (let v = 0; v <= 6; v++) {
      const t = withTracks(s, { summitUSKP: v });
      expect(distance(shape, t) === 0).toBe(item.met(t));
    }
    expect(distance(shape, withTracks(s, { summitUSKP: 0 }))).toBeGreaterThan(distance(shape, withTracks(s, { summitUSKP: 1 })));
  });

  it('handles a two-track objective (all parts needed)', () => {
    const o = OBJECTIVE_BY_ID.get('us-max-pressure')!;
    const shape = discoverShape(o.met, base);
    const s = newGameOrThrow({ seed: '3' });
    const far = withTracks(s, { sanctions: 0, nuclear: 6 });
    const near = withTracks(s, { sanctions: 6, nuclear: 4 });
    expect(distance(shape, far)).toBeGreaterThan(distance(shape, near));
    expect(distance(shape, near)).toBeGreaterThan(0);
    expect(o.met(withTracks(s, { sanctions: 10, nuclear: 0 }))).toBe(true);
    expect(distance(shape, withTracks(s, { sanctions: 10, nuclear: 0 }))).toBe(0);
  });

  it('knows deals are never undone', () => {
    const o = OBJECTIVE_BY_ID.get('ru-spoiler')!;
    const shape = discoverShape(o.met, base);
    const s = newGameOrThrow({ seed: '3' });
    expect(distance(shape, s)).toBe(0);
    expect(distance(shape, { ...s, deals: [{ round: 1, table: 'USKP', terms: ['freeze', 'sanctionsRelief'] }] })).toBe(Infinity);
  });
});
