import { quote } from './quote';

/** One step of a path: `[3]`, `.card`, or a quoted `["odd key"]` for a key from the file that is not a plain name. */
export function pathStep(p: PropertyKey, first: boolean): string {
  if (typeof p === 'number') return `[${p}]`;
  const k = String(p);
  if (/^[A-Za-z_$][\w$]{0,40}$/.test(k)) return first ? k : `.${k}`;
  return `[${quote(k)}]`;
}

/** "actions[12].card" from zod's ["actions", 12, "card"]. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += pathStep(p, out === '');
  return out || '(the whole document)';
}
