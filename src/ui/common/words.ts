/** Small English helpers for names the game builds into sentences. */

/** "North Korea's", "United States'". */
export const possessive = (name: string): string => (/s$/i.test(name) ? `${name}'` : `${name}'s`);

/** "1 op", "2 ops". */
export const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** A classroom team in words: "Team Juche", but "Team Eagle" stays "Team Eagle" (never "Team Team Eagle"). */
export const teamLabel = (name: string): string => (/^team\b/i.test(name.trim()) ? name.trim() : `Team ${name.trim()}`);
