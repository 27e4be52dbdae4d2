/**
 * Mulberry32: a tiny, fast 32-bit PRNG. Its whole state is one uint32 kept in the game state,
 * so a game replays exactly from its seed and actions.
 */
export type RngState = number;

export function seedRng(seed: number): RngState {
  // Mix the seed so nearby seeds give unrelated streams.
  let h = (seed ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** Returns a float in [0, 1) and the next state. */
export function nextFloat(s: RngState): [number, RngState] {
  const next = (s + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return [((t ^ (t >>> 14)) >>> 0) / 4294967296, next];
}

/** Integer in [0, n). */
export function nextInt(s: RngState, n: number): [number, RngState] {
  const [f, next] = nextFloat(s);
  return [Math.floor(f * n), next];
}

/** Fisher–Yates shuffle of a copy. */
export function shuffle<T>(items: readonly T[], s: RngState): [T[], RngState] {
  const out = items.slice();
  let state = s;
  for (let i = out.length - 1; i > 0; i--) {
    let j: number;
    [j, state] = nextInt(state, i + 1);
    const tmp = out[i]!;
    out[i] = out[j]!;
    out[j] = tmp;
  }
  return [out, state];
}
