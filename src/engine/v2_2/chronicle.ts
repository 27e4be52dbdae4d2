import type { ChronicleEntry, GameState } from './state';

/**
 * The chronicle without a copy of it on every move, once it is long.
 *
 * Up to COPY_UP_TO lines (a whole class game), each state simply gets its own array, as it always did.
 * Beyond that a state made by `apply` keeps only the lines its action added and a link to the previous
 * state's chronicle; the whole list is put together when someone reads `state.chronicle` (once per
 * state, then kept). Copying the whole chronicle at each step (close to 2,000 lines late in a
 * 1,000-action log) was most of such a replay's time and garbage.
 *
 * To readers nothing changes: `chronicle` is an enumerable own property holding a readonly array, the
 * same array on every read, so spreads, JSON and structured clones see a plain array, as before.
 */

/** Longer chronicles are linked, not copied. A six-round game writes about 170 lines. */
export const COPY_UP_TO = 256;

interface Segment {
  readonly parent: Segment | null;
  /** Lines up to and including this step. */
  readonly length: number;
  /** The lines this step added (empty for a root). */
  readonly added: readonly ChronicleEntry[];
  /** The whole chronicle up to this step, once put together (a root has it from the start). */
  whole: readonly ChronicleEntry[] | null;
}

/**
 * Where a state keeps its segment: a non-enumerable symbol property, which spreads, JSON and structured
 * clones leave out (a copy holds its chronicle as a plain array). Not a WeakMap: one entry per applied
 * action made the garbage collector's work five times the engine's.
 */
const SEGMENT: unique symbol = Symbol('chronicle segment');
type Linked = { readonly [SEGMENT]?: Segment };

/** A state's segment: a state made by apply has one; any other (a new game, a copy, an edited state) starts a chain. */
function segmentOf(s: GameState): Segment {
  return (s as Linked)[SEGMENT] ?? { parent: null, length: s.chronicle.length, added: [], whole: s.chronicle };
}

function assemble(seg: Segment): readonly ChronicleEntry[] {
  if (seg.whole) return seg.whole;
  const parts: (readonly ChronicleEntry[])[] = [];
  let at = seg;
  while (!at.whole) {
    parts.push(at.added);
    at = at.parent!; // a chain always ends at a root, which has its whole list
  }
  const whole = at.whole.slice();
  for (let i = parts.length - 1; i >= 0; i--) for (const e of parts[i]!) whole.push(e);
  seg.whole = whole;
  return whole;
}

// One getter shared by every state, so states keep one shape (and the engine's property reads stay fast).
function chronicleGetter(this: Linked): readonly ChronicleEntry[] {
  const seg = this[SEGMENT];
  return seg ? assemble(seg) : [];
}

/**
 * Gives `state` (built by apply from `prev`) its chronicle: `prev`'s lines, then `added`. `state` must not
 * have a `chronicle` property yet: it gets a plain array, or for a long chronicle a read-only accessor.
 */
export function linkChronicle<T extends object>(state: T, prev: GameState, added: readonly ChronicleEntry[]): T & { readonly chronicle: readonly ChronicleEntry[] } {
  const linked = (prev as Linked)[SEGMENT];
  const length = (linked ? linked.length : prev.chronicle.length) + added.length;
  if (!linked && length <= COPY_UP_TO) {
    let chronicle = prev.chronicle;
    if (added.length > 0) {
      const copy = chronicle.slice(); // slice and push: Array.prototype.concat is the slower copy in V8
      for (const e of added) copy.push(e);
      chronicle = copy;
    }
    (state as { chronicle?: readonly ChronicleEntry[] }).chronicle = chronicle;
  } else {
    const parent = linked ?? segmentOf(prev);
    Object.defineProperty(state, SEGMENT, { value: added.length === 0 ? parent : { parent, length, added, whole: null } });
    Object.defineProperty(state, 'chronicle', { get: chronicleGetter, enumerable: true });
  }
  return state as T & { readonly chronicle: readonly ChronicleEntry[] };
}
