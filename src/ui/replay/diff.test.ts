import { describe, expect, it } from 'vitest';
import { apply, newGameOrThrow, legalActions, toMove } from '../../engine';
import { describeActorChange, describeTrackChange, diffStates, highlightOf } from './diff';

describe('diffStates', () => {
  const s0 = newGameOrThrow({ seed: '3', rounds: 6 });
  it('finds nothing between a state and itself', () => {
    expect(diffStates(s0, s0)).toEqual({ tracks: [], actors: [], chronicle: [] });
  });

  it('names the tracks and resources an action moved, in words, and the chronicle lines it added', () => {
    const seat = toMove(s0)!;
    const ops = legalActions(s0, seat).find((a) => a.type === 'playOps' && a.op === 'lobby')!;
    const r = apply(s0, ops);
    if (!r.ok) throw new Error(r.error.message);
    const d = diffStates(s0, r.value);
    expect(d.chronicle.length).toBeGreaterThan(0);
    expect(d.tracks.length + d.actors.length).toBeGreaterThan(0);
    for (const c of d.tracks) expect(describeTrackChange(c)).toMatch(/→/);
    for (const c of d.actors) expect(describeActorChange(c)).toMatch(/^(United States|North Korea|China|Russia|South Korea): /);
    const h = highlightOf(d);
    expect(h.tracks).toEqual(d.tracks.map((c) => c.track));
  });

  it('formats signs with a real minus', () => {
    expect(describeTrackChange({ track: 'tension', from: 5, to: 3 })).toBe('Tension 5 → 3 (−2)');
    expect(describeActorChange({ actor: 'KP', what: 'vp', from: 1, to: 3 })).toBe('North Korea: victory points 1 → 3 (+2)');
  });
});
