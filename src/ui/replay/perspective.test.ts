import { describe, expect, it } from 'vitest';
import { ACTORS, newGameOrThrow } from '../../engine';
import { viewAs } from './perspective';

describe('replay perspective', () => {
  const s = newGameOrThrow({ seed: '5', rounds: 6 });
  it('"all" shows every hand and objective; "public" none; a seat only its own', () => {
    for (const id of ACTORS) {
      expect(viewAs(s, 'all').actors[id].hand).toEqual(s.actors[id].hand);
      expect(viewAs(s, 'all').actors[id].objective).toBe(s.actors[id].objective);
      expect(viewAs(s, 'public').actors[id].hand).toBeNull();
      expect(viewAs(s, 'KP').actors[id].hand).toEqual(id === 'KP' ? s.actors[id].hand : null);
      expect(viewAs(s, 'KP').actors[id].objective).toBe(id === 'KP' ? s.actors[id].objective : null);
    }
    expect('deck' in viewAs(s, 'all')).toBe(false);
    expect('rng' in viewAs(s, 'all')).toBe(false);
  });
});
