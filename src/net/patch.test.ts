// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { apply, legalActions, newGameOrThrow, toMove, view } from '../engine';
import { applyPatch, diff, sameData } from './patch';

describe('patches between updates', () => {
  it('rebuilds every seat view of a whole game from the first view and patches, each far smaller than the view', () => {
    let s = newGameOrThrow({ seed: '11', rounds: 3 });
    let held = JSON.parse(JSON.stringify(view(s, 'US')));
    let prev = view(s, 'US');
    let n = 0;
    let patchBytes = 0;
    let viewBytes = 0;
    while (s.phase !== 'ended') {
      const mover = toMove(s)!;
      const legal = legalActions(s, mover);
      const r = apply(s, legal[(n * 5) % legal.length]!);
      if (!r.ok) throw new Error(r.error.message);
      s = r.value;
      n += 1;
      const next = view(s, 'US');
      // Through JSON, as over the wire: the device holds plain copies, never the server's objects.
      const p = JSON.parse(JSON.stringify(diff(prev, next) ?? null)) ?? undefined;
      held = applyPatch(held, p);
      expect(held).toEqual(JSON.parse(JSON.stringify(next)));
      patchBytes += JSON.stringify(p ?? null).length;
      viewBytes += JSON.stringify(next).length;
      prev = next;
    }
    expect(n).toBeGreaterThan(20);
    // The chronicle grows all game; patches carry only its new lines.
    expect(patchBytes * 5).toBeLessThan(viewBytes);
  });

  it('appends to lists that grew, replaces lists that changed otherwise, and deletes removed fields', () => {
    expect(diff({ a: [1, 2] }, { a: [1, 2, 3] })).toEqual({ o: { a: { a: [3] } } });
    expect(diff({ a: [1, 2] }, { a: [2] })).toEqual({ o: { a: { v: [2] } } });
    expect(diff({ a: 1, b: 2 }, { a: 1 })).toEqual({ o: {}, d: ['b'] });
    expect(diff({ a: { b: 1 } }, { a: { b: 1 } })).toBeUndefined();
    expect(diff(null, { x: 1 })).toEqual({ v: { x: 1 } });
    const before = { a: { b: [1] }, c: 'x' };
    const after = applyPatch(before, diff(before, { a: { b: [1, 2] }, c: 'y' }));
    expect(after).toEqual({ a: { b: [1, 2] }, c: 'y' });
    expect(before).toEqual({ a: { b: [1] }, c: 'x' });
  });

  it('keeps a field named __proto__ a plain field', () => {
    // As decoded from the wire: an own key "__proto__" (an object literal would set the prototype instead).
    const out = applyPatch<Record<string, unknown>>({}, JSON.parse('{"o":{"__proto__":{"v":{"polluted":true}}}}'));
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toEqual({ polluted: true });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(sameData({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
  });

  it('refuses a patch that does not fit what the device holds', () => {
    expect(() => applyPatch(5, { a: [1] })).toThrow();
    expect(() => applyPatch([1], { o: {} })).toThrow();
  });
});
