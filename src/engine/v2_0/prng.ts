/**
 * sfc32 (Chris Doty-Humphrey's Small Fast Counting generator): four uint32 words of state kept in the
 * game state, so a game replays exactly from its seed and actions. A seed is any string; cyrb128 hashes
 * it to the 128 bits of the first state.
 */
export type RngState = readonly [number, number, number, number];

/** cyrb128 (bryc): a fast 128-bit string hash. Not cryptographic; it spreads a seed over the state. */
function cyrb128(str: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < str.length; i++) {
    const k = str.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** One sfc32 step: the output and the next state. */
function sfc32(s: RngState): [number, RngState] {
  let [a, b, c, d] = s;
  const t = (((a + b) | 0) + d) | 0;
  d = (d + 1) | 0;
  a = b ^ (b >>> 9);
  b = (c + (c << 3)) | 0;
  c = (c << 21) | (c >>> 11);
  c = (c + t) | 0;
  return [t >>> 0, [a >>> 0, b >>> 0, c >>> 0, d >>> 0]];
}

/** The state for a seed string; a number (bots' own streams, tests) is hashed as its decimal text. */
export function seedRng(seed: string | number): RngState {
  let s: RngState = cyrb128(typeof seed === 'number' ? String(seed >>> 0) : seed);
  // The first outputs of a fresh sfc32 state are weakly mixed: discard a few, as its author advises.
  for (let i = 0; i < 12; i++) s = sfc32(s)[1];
  return s;
}

/** Returns a float in [0, 1) and the next state. */
export function nextFloat(s: RngState): [number, RngState] {
  const [x, next] = sfc32(s);
  return [x / 4294967296, next];
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

/** A valid seed string: 1–64 printable ASCII characters (a drawn seed is 32 lowercase hex digits). */
export const isSeed = (x: unknown): x is string => typeof x === 'string' && x.length >= 1 && x.length <= 64 && /^[\x20-\x7e]+$/.test(x);

/** A fresh, independent state drawn from `s` (four outputs), and the advanced `s`. Cheap: no hashing. */
export function splitRng(s: RngState): [RngState, RngState] {
  let st = s;
  const w: number[] = [];
  for (let i = 0; i < 4; i++) {
    let x: number;
    [x, st] = sfc32(st);
    w.push(x);
  }
  return [[w[0]!, w[1]!, w[2]!, w[3]! | 1], st];
}

/** One uint32 from a seed string (its first hashed word): for callers that derive their own numeric streams. */
export const seedWord = (seed: string): number => cyrb128(seed)[0];
