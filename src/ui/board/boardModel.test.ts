// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACTOR_STYLE } from '../common/actorStyle';
import { ACTORS, newGameOrThrow, toMove, view } from '../../engine';
import { mapSvg } from './art/mapArt';
import { apecRoundOf, boardChanges, boardToMove, NO_CHANGES, signed, stepText } from './boardModel';
import { playUntil } from './scenarios';

describe('board model', () => {
  it('agrees with the engine on whose move it is, through a whole game', () => {
    for (const seed of [1, 2, 3]) {
      for (let step = 0; step < 200; step += 7) {
        const { state } = playUntil(seed, 3, (s) => s.step === step);
        expect(boardToMove(view(state, null))).toBe(toMove(state));
        if (state.phase === 'ended') break;
      }
    }
  });

  it('describes the step in words', () => {
    expect(stepText(view(newGameOrThrow({ seed: '1' }), null))).toBe('Action turn 1 of 10: United States to move');
  });

  it('computes deltas only when a previous view is given', () => {
    const v = view(newGameOrThrow({ seed: '1' }), null);
    expect(boardChanges(v)).toBe(NO_CHANGES);
    const moved = { ...v, tracks: { ...v.tracks, tension: v.tracks.tension + 2 } };
    const c = boardChanges(moved, undefined, v);
    expect([...c.tracks]).toEqual(['tension']);
    expect(c.trackDelta.tension).toBe(2);
    expect(c.actors.size).toBe(0);
    expect(boardChanges(moved, { tracks: ['axis'] }, v).tracks.has('axis')).toBe(true);
  });

  it('judges APEC in APEC week, or in the last round of a shorter game', () => {
    expect(apecRoundOf(6)).toBe(5);
    expect(apecRoundOf(100)).toBe(5);
    expect(apecRoundOf(2)).toBe(2);
  });

  it('signs deltas with a real minus sign', () => {
    expect([signed(2), signed(-3), signed(0)]).toEqual(['+2', '−3', '±0']);
  });
});

describe('board art', () => {
  it('assets/map.svg is generated from mapArt.ts (run src/ui/board/art/writeMap.ts after editing)', () => {
    const file = readFileSync(new URL('../../../assets/map.svg', import.meta.url), 'utf8');
    expect(file).toBe(mapSvg());
  });

  it('each emblem file draws in its actor’s app-wide colour', () => {
    for (const a of ACTORS) {
      const svg = readFileSync(new URL(`../../../assets/emblems/${a.toLowerCase()}.svg`, import.meta.url), 'utf8');
      expect(svg).toContain(ACTOR_STYLE[a].color);
      expect(svg).toMatch(/<title>[^<]+<\/title>/);
    }
  });
});

describe('board stylesheet', () => {
  it('turns marker and summit animations off for people who ask for reduced motion', () => {
    const css = readFileSync(new URL('./board.css', import.meta.url), 'utf8');
    const block = css.slice(css.indexOf('@media (prefers-reduced-motion: reduce)'));
    expect(block).toMatch(/\.board-marker \{ transition: none; \}/);
    expect(block).toMatch(/\.board-summit\.is-now \.board-summit-line, \.board-token-ring \{ animation: none; \}/);
  });
});
