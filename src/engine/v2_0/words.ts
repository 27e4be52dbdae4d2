/** English for the engine's texts (chronicle, errors, move names). */

/** A card or objective name in quotes, unless it carries its own (a card named “A Sort of Nuclear Power”). */
export const quoted = (name: string): string => (/^["“]/.test(name) ? name : `"${name}"`);

/** "North Korea's", "United States'". */
export const possessive = (name: string): string => (/s$/i.test(name) ? `${name}'` : `${name}'s`);

/** "1 op", "2 ops". */
export const opsCount = (n: number): string => `${n} ${n === 1 ? 'op' : 'ops'}`;
