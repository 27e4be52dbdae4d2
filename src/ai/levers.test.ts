import { describe, expect, it } from 'vitest';
import { AGENDA, type GameState, newGameOrThrow, OBJECTIVE_BY_ID } from '../engine';
import { discoverShape, distance, probeBase } from './levers';

const withTracks = (s: GameState, t: Partial<GameState['tracks']>): GameState => ({ ...s, tracks: { ...s.tracks, ...t } });

describe('condition shapes discovered by probing', () => {
  const base = probeBase();

  it('measures a one-track threshold in steps', () => {
    const item = AGENDA.KP[0]!; // nuclear status high enough
    const shape = discoverShape(item.met, base);
    const s = newGameOrThrow({ seed: '3' });
    for (let v = 0; v <= 6; v++) {
      const t = withTracks(s, { nuclear: v });
      expect(distance(shape, t) === 0).toBe(item.met(t));
    }
    expect(distance(shape, withTracks(s, { nuclear: 0 }))).toBeGreaterThan(distance(shape, withTracks(s, { nuclear: 1 })));
  });

  it('handles a two-track objective (all parts needed)', () => {
    const o = OBJECTIVE_BY_ID.get('cn-indispensable-axis')!; // tension low and axis high
    const shape = discoverShape(o.met, base);
    const s = newGameOrThrow({ seed: '3' });
    const far = withTracks(s, { tension: 10, axis: 0 });
    const near = withTracks(s, { tension: 5, axis: 4 });
    expect(distance(shape, far)).toBeGreaterThan(distance(shape, near));
    expect(distance(shape, near)).toBeGreaterThan(0);
    expect(o.met(withTracks(s, { tension: 0, axis: 10 }))).toBe(true);
    expect(distance(shape, withTracks(s, { tension: 0, axis: 10 }))).toBe(0);
  });

  it('knows summits attended and deals on Kim\'s terms (rules 2.0 objectives)', () => {
    const s = newGameOrThrow({ seed: '3' });
    const handshake = discoverShape(OBJECTIVE_BY_ID.get('us-handshake')!.met, base);
    expect(distance(handshake, s)).toBe(1);
    expect(distance(handshake, { ...s, summitsHeld: [{ round: 2, table: 'USKP', attended: true, precondition: null }] })).toBe(0);
    const terms = discoverShape(OBJECTIVE_BY_ID.get('kp-on-our-terms-no-freeze')!.met, base);
    expect(distance(terms, s)).toBe(1);
  });

  it('knows deals are never undone', () => {
    const o = OBJECTIVE_BY_ID.get('ru-spoiler-standing')!;
    const shape = discoverShape(o.met, base);
    const s = newGameOrThrow({ seed: '3' });
    expect(distance(shape, s)).toBe(0);
    expect(distance(shape, { ...s, deals: [{ round: 1, table: 'USKP', terms: ['freeze', 'sanctionsRelief'] }] })).toBe(Infinity);
  });
});
