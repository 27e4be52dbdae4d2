// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { apply } from './apply';
import { COPY_UP_TO } from './chronicle';
import { legalActions } from './legal';
import type { ChronicleEntry, GameState } from './state';
import { edit, startedGame } from './testkit';
import { toMove } from './turn';
import { view } from './view';

/** Plays the first legal move `n` times (or to the end), keeping every state. */
function play(start: GameState, n: number): GameState[] {
  const states = [start];
  let s = start;
  for (let i = 0; i < n && s.phase !== 'ended'; i++) {
    const moves = legalActions(s, toMove(s)!);
    const r = apply(s, moves[i % moves.length]!);
    if (!r.ok) throw new Error(r.error.message);
    s = r.value;
    states.push(s);
  }
  return states;
}

/** A started game whose chronicle is already long, so the linked (not copied) chronicle is used at once. */
function longStart(): GameState {
  const filler: ChronicleEntry[] = Array.from({ length: COPY_UP_TO + 10 }, (_, i) => ({ step: 0, round: 1, actor: null, kind: 'world', text: `line ${i}` }));
  return edit(startedGame(), (d) => {
    d.chronicle = [...filler, ...d.chronicle];
  });
}

describe('the chronicle, linked once long', () => {
  it('reads as each state\'s own array: the previous lines, then the new ones, the input never changed', () => {
    for (const start of [startedGame(), longStart()]) {
      const states = play(start, 120);
      // Read from the last state back, so states are put together out of order.
      const lengths = states.map((s) => s.chronicle.length);
      for (let i = states.length - 1; i > 0; i--) {
        const prev = states[i - 1]!.chronicle;
        const now = states[i]!.chronicle;
        expect(now.length).toBe(lengths[i]);
        expect(now.slice(0, prev.length)).toEqual(prev);
        expect(now.length).toBeGreaterThanOrEqual(prev.length);
      }
      // Applying again from an early state leaves the states after it as they were.
      const again = play(states[3]!, 5);
      expect(again.at(-1)!.chronicle.length).toBeGreaterThan(0);
      expect(states.map((s) => s.chronicle.length)).toEqual(lengths);
    }
  });

  it('is a plain, stable, enumerable array to spreads, JSON, structured clones and views', () => {
    const states = play(longStart(), 40);
    const s = states.at(-1)!;
    expect(s.chronicle.length).toBeGreaterThan(COPY_UP_TO);
    expect(s.chronicle).toBe(s.chronicle); // the same array on every read
    expect(Array.isArray(s.chronicle)).toBe(true);
    expect(Object.keys(s)).toContain('chronicle');
    expect({ ...s }.chronicle).toBe(s.chronicle);
    expect(structuredClone(s).chronicle).toEqual(s.chronicle);
    expect((JSON.parse(JSON.stringify(s)) as GameState).chronicle).toEqual(s.chronicle);
    expect(view(s, null).chronicle).toEqual(s.chronicle);
    // A copy (as bots make) plays on like the original.
    const copy = { ...s };
    const move = legalActions(s, toMove(s)!)[0]!;
    const a = apply(s, move);
    const b = apply(copy, move);
    expect(a.ok && b.ok).toBe(true);
    if (a.ok && b.ok) expect(b.value.chronicle).toEqual(a.value.chronicle);
  });
});
