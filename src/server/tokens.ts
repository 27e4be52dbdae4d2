import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '../net/protocol';

/** Secrets for joining: random from the OS, stored only as SHA-256 hashes. */

/** 128-bit bearer token for a seat, a projector or the facilitator. */
export const newToken = (): string => randomBytes(16).toString('base64url');
export const newId = (prefix: string): string => `${prefix}_${randomBytes(9).toString('base64url')}`;
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}

/** A join code (50 bits): guessing one takes ~10^15 tries against a limit of a few per minute. */
export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** A new game's seed: the app's one rule (128 bits from the platform's cryptographic source, src/log/seed.ts). */
export { newSeed } from '../log/seed';

/** A copy in random order (Fisher–Yates with the OS's random source): a shuffle of students nobody can steer. */
export function shuffled<T>(xs: readonly T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
