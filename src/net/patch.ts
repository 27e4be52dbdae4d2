/**
 * What changed between two updates a device receives, so that a move sends a few hundred bytes
 * instead of the whole seat view (whose chronicle alone grows to ~14 KB by the end of a game and
 * was re-sent to every device on every move). Plain JSON data only (what the server sends).
 *
 * A patch node is one of:
 *   { v: value }                 replace with this value
 *   { a: items }                 an array that grew: append these (the old items are unchanged)
 *   { o: { key: node }, d?: [] } an object: patch these keys, delete the keys in d
 * `undefined` means no change. Pure: neither input is modified, and unchanged parts of the old
 * value are shared by the new one.
 */
export type PatchNode =
  | { readonly v: unknown }
  | { readonly a: readonly unknown[] }
  | { readonly o: Readonly<Record<string, PatchNode>>; readonly d?: readonly string[] };

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  if (isObject(a)) {
    if (!isObject(b)) return false;
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    if (ka.length !== kb.length) return false;
    for (const k of ka) if (!(k in b) || !sameData(a[k], b[k])) return false;
    return true;
  }
  return false;
}

export function diff(prev: unknown, next: unknown): PatchNode | undefined {
  if (prev === next) return undefined;
  if (Array.isArray(prev) && Array.isArray(next)) {
    // The engine's arrays (chronicle, history, discard) and the message list only grow during a game;
    // the engine shares their old items, so the prefix check is mostly by reference.
    if (next.length >= prev.length && prev.every((x, i) => sameData(x, next[i]))) {
      return next.length === prev.length ? undefined : { a: next.slice(prev.length) };
    }
    return { v: next };
  }
  if (isObject(prev) && isObject(next)) {
    const o: Record<string, PatchNode> = {};
    const d: string[] = [];
    let changed = false;
    for (const k of Object.keys(next)) {
      if (next[k] === undefined) continue;
      const n = k in prev && prev[k] !== undefined ? diff(prev[k], next[k]) : { v: next[k] };
      if (n) {
        o[k] = n;
        changed = true;
      }
    }
    for (const k of Object.keys(prev)) {
      if (prev[k] !== undefined && (!(k in next) || next[k] === undefined)) {
        d.push(k);
        changed = true;
      }
    }
    if (!changed) return undefined;
    return d.length > 0 ? { o, d } : { o };
  }
  return sameData(prev, next) ? undefined : { v: next };
}

export function applyPatch<T>(prev: T, node: PatchNode | undefined): T {
  if (!node) return prev;
  if ('v' in node) return node.v as T;
  if ('a' in node) {
    if (!Array.isArray(prev)) throw new Error('A patch appends to something that is not a list.');
    return [...prev, ...node.a] as T;
  }
  if (!isObject(prev)) throw new Error('A patch changes fields of something that is not an object.');
  const out: Record<string, unknown> = { ...prev };
  for (const k of node.d ?? []) delete out[k];
  // defineProperty: a key named "__proto__" stays a plain field, never the object's prototype.
  for (const [k, n] of Object.entries(node.o)) Object.defineProperty(out, k, { value: applyPatch(out[k], n), enumerable: true, writable: true, configurable: true });
  return out as T;
}
