import { isSeed } from '../../engine';
import { newSeed } from '../../log/seed';

/** Longest seed a person may type (rules 2.0: any 1–64 printable ASCII characters). */
export const MAX_TYPED_SEED = 64;

/** A Seed field's text is usable: empty (a seed is drawn) or 1–64 printable ASCII characters once trimmed. */
export function typedSeedOk(text: string): boolean {
  const t = text.trim();
  return t === '' || isSeed(t);
}

/** The seed a new game gets from a Seed field: what was typed (trimmed), or a fresh 128-bit seed when it is empty. */
export const seedFromField = (text: string): string => text.trim() || newSeed();

export const SEED_HELP = 'The same seed deals the same cards and world events. Leave it empty for a new random one.';
export const SEED_PROBLEM = `Use 1 to ${MAX_TYPED_SEED} letters, digits, spaces or punctuation (no accents or line breaks), or leave it empty.`;
