/** Test support: hostile share links (unit and end-to-end tests build them; the app never does). */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

/**
 * A decompression bomb written token by token: the character "a", then dictionary codes 4, 5, 6, …,
 * each meaning "the previous entry plus its first character". `tokens` codes unpack to
 * (tokens + 1)(tokens + 2) / 2 characters from about 2.5 link characters per code.
 */
export function bombLink(tokens: number): string {
  const bits: number[] = [];
  const write = (count: number, value: number) => {
    for (let i = 0; i < count; i++) bits.push((value >> i) & 1);
  };
  write(2, 0); // an 8-bit character follows
  write(8, 'a'.charCodeAt(0));
  let dictSize = 4;
  let enlargeIn = 4;
  let numBits = 3;
  for (let t = 0; t < tokens; t++) {
    write(numBits, dictSize);
    dictSize++;
    if (--enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
  write(numBits, 2); // end of stream
  let out = '';
  for (let i = 0; i < bits.length; i += 6) {
    let v = 0;
    for (let j = 0; j < 6; j++) v = (v << 1) | (bits[i + j] ?? 0);
    out += ALPHABET[v];
  }
  return out;
}

/** How many characters `bombLink(tokens)` unpacks to. */
export const unpackedLength = (tokens: number): number => ((tokens + 1) * (tokens + 2)) / 2;
