/**
 * Seeds for new games (rules 2.0 on): 128 bits from the platform's cryptographic source (Web Crypto, in
 * browsers and in Node 20+ alike), written as 32 lowercase hex digits. With the engine's 128-bit PRNG state, a
 * player who sees her own cards and the public chronicle cannot search the seeds for everyone's hands.
 * A seed a person types is used as typed (trimmed): fixed games are a choice, never a default.
 */
export const DRAWN_SEED = /^[0-9a-f]{32}$/;

export function newSeed(): string {
  const words = new Uint32Array(4);
  globalThis.crypto.getRandomValues(words);
  return Array.from(words, (w) => w.toString(16).padStart(8, '0')).join('');
}
