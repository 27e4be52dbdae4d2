/**
 * lz-string's `decompressFromEncodedURIComponent`, with a bound on the output checked while it is
 * produced. LZ output can grow quadratically in its input: a 65,000-character link unpacks to 400 MB,
 * so bounding the text afterwards is too late (the tab has already frozen). Same algorithm and alphabet
 * as lz-string 1.5 (MIT), rewritten to stop as soon as the text would pass `maxChars`; for any input it
 * returns what lz-string returns, or `tooLarge`.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUE = new Map([...ALPHABET].map((ch, i) => [ch, i]));

export type Unpacked = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: 'damaged' | 'tooLarge' };

const DAMAGED: Unpacked = { ok: false, reason: 'damaged' };
const TOO_LARGE: Unpacked = { ok: false, reason: 'tooLarge' };

export function decompressBounded(encoded: string, maxChars: number): Unpacked {
  // lz-string's own handling: a space is a '+' mangled by URL decoding; an empty input is damaged.
  if (encoded === '') return DAMAGED;
  const input = encoded.replace(/ /g, '+');
  const length = input.length;
  // Unknown characters read as 0, as in lz-string, so every link it opened still opens.
  const valueAt = (i: number) => VALUE.get(input.charAt(i)) ?? 0;
  let val = valueAt(0);
  let position = 32;
  let index = 1;
  const read = (bitCount: number): number => {
    let bits = 0;
    for (let power = 1, n = 0; n < bitCount; n++, power *= 2) {
      const bit = val & position;
      position >>= 1;
      if (position === 0) {
        position = 32;
        val = valueAt(index++);
      }
      if (bit) bits += power;
    }
    return bits;
  };

  const dictionary: string[] = ['', '', ''];
  let dictSize = 4;
  let enlargeIn = 4;
  let numBits = 3;
  const result: string[] = [];
  let total = 0;

  const first = read(2);
  if (first === 2) return { ok: true, text: '' };
  // Code 3 cannot start a stream (lz-string then goes on with an undefined entry): damaged.
  if (first === 3) return DAMAGED;
  const c0 = String.fromCharCode(read(first === 0 ? 8 : 16));
  dictionary[3] = c0;
  let w = c0;
  result.push(c0);
  total = 1;
  if (total > maxChars) return TOO_LARGE;

  for (;;) {
    if (index > length) return { ok: true, text: '' };
    let c = read(numBits);
    if (c === 0 || c === 1) {
      dictionary[dictSize++] = String.fromCharCode(read(c === 0 ? 8 : 16));
      c = dictSize - 1;
      enlargeIn--;
    } else if (c === 2) {
      return { ok: true, text: result.join('') };
    }
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
    let entry: string;
    const known = dictionary[c];
    if (known) entry = known;
    else if (c === dictSize) entry = w + w.charAt(0);
    else return DAMAGED;
    // The bound, before the text grows: every dictionary entry is at most as long as the text so far,
    // so the dictionary stays within a small multiple of the bound too.
    total += entry.length;
    if (total > maxChars) return TOO_LARGE;
    result.push(entry);
    dictionary[dictSize++] = w + entry.charAt(0);
    enlargeIn--;
    w = entry;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
}
