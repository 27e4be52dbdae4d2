// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ACTORS } from './actors';
import type { Action } from './actions';
import { apply, check } from './apply';
import { stateHash } from './hash';
import { legalActions } from './legal';
import { objectivesOf } from './objectives';
import { ACTOR_OPS } from './ops';
import { newGameOrThrow } from './setup';
import type { GameState } from './state';
import { toMove } from './turn';
import { view } from './view';
import { type Mutable, edit, startedGame } from './testkit';


/** A deterministic walk through legal actions: a tiny LCG picks among them. */
function walk(seed: number, steps: number, rounds = 6): { states: GameState[]; actions: Action[] } {
  let s = newGameOrThrow({ seed: String(seed), rounds });
  const states = [s];
  const actions: Action[] = [];
  let x = seed + 1;
  for (let i = 0; i < steps && s.phase !== 'ended'; i++) {
    const legal = legalActions(s, toMove(s)!);
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    const a = legal[x % legal.length]!;
    const r = apply(s, a);
    if (!r.ok) throw new Error(r.error.message);
    s = r.value;
    states.push(s);
    actions.push(a);
  }
  return { states, actions };
}

describe('view (redaction)', () => {
  const s = startedGame({ seed: '21' });

  it('never leaks another seat\'s objective choices, objective, forecast, hand, the seed or the PRNG state, at any step', () => {
    const seed = 'leak-check-seed-Zq9';
    let st = newGameOrThrow({ seed, rounds: 3 });
    let x = 7;
    for (let i = 0; i < 400 && st.phase !== 'ended'; i++) {
      for (const seat of [...ACTORS, null]) {
        const v = view(st, seat);
        const json = JSON.stringify(v);
        expect(json).not.toContain(seed);
        expect(json).not.toMatch(/"rng"\s*:/);
        expect(json).not.toMatch(/"deck"\s*:/);
        for (const other of ACTORS.filter((a) => a !== seat)) {
          const a = v.actors[other];
          expect(a.objectiveChoices).toBeNull();
          expect(a.objective).toBeNull();
          expect(a.forecast).toBeNull();
          expect(a.hand).toBeNull();
          // Objective ids are unique to their actor: none of another's may appear anywhere in the view.
          for (const o of st.actors[other].objectiveChoices) expect(json).not.toContain(`"${o}"`);
          for (const card of st.actors[other].hand) expect(json).not.toContain(`"${card}"`);
        }
        if (seat) {
          expect(v.actors[seat].objectiveChoices).toEqual(st.actors[seat].objectiveChoices);
          expect(v.actors[seat].forecast).toBe(st.actors[seat].forecast);
        }
      }
      const legal = legalActions(st, toMove(st)!);
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      st = apply(st, legal[x % legal.length]!).ok ? (apply(st, legal[x % legal.length]!) as { ok: true; value: GameState }).value : st;
    }
  });

  it.each(ACTORS)('%s sees its own hand and objective, only counts of the others', (seat) => {
    const v = view(s, seat);
    expect(v.seat).toBe(seat);
    expect(v.actors[seat].hand).toEqual(s.actors[seat].hand);
    expect(v.actors[seat].objective).toBe(s.actors[seat].objective);
    const json = JSON.stringify(v);
    for (const other of ACTORS.filter((a) => a !== seat)) {
      expect(v.actors[other].hand).toBeNull();
      expect(v.actors[other].handCount).toBe(s.actors[other].hand.length);
      expect(v.actors[other].objective).toBeNull();
      for (const card of s.actors[other].hand) expect(json).not.toContain(`"${card}"`);
      expect(json).not.toContain(`"${s.actors[other].objective}"`);
    }
  });

  it('withholds the seed while the game runs: it would rebuild every hand', () => {
    for (const seat of [...ACTORS, null]) {
      const v = view(s, seat);
      expect(v.options).toEqual({ rounds: s.options.rounds });
      expect('seed' in v.options).toBe(false);
    }
  });

  it('never shows the deck order or the PRNG state', () => {
    for (const seat of [...ACTORS, null]) {
      const v = view(s, seat);
      expect(v).not.toHaveProperty('deck');
      expect(v).not.toHaveProperty('rng');
      expect(v.deckCount).toBe(s.deck.length);
      const json = JSON.stringify(v);
      expect(json).not.toMatch(/"deck"\s*:/);
      expect(json).not.toMatch(/"rng"\s*:/);
    }
  });

  it('the public view (no seat) shows no hand and no objective', () => {
    const v = view(s, null);
    for (const id of ACTORS) {
      expect(v.actors[id].hand).toBeNull();
      expect(v.actors[id].objective).toBeNull();
    }
  });

  it('reveals every objective once the game is over', () => {
    const ended = edit(s, (d) => { d.phase = 'ended'; d.end = { reason: 'calendar', culprit: null, tieBreak: null }; });
    for (const seat of [...ACTORS, null]) {
      for (const id of ACTORS) {
        expect(view(ended, seat).actors[id].objective).toBe(s.actors[id].objective);
        expect(view(ended, seat).actors[id].objectiveChoices).toEqual(s.actors[id].objectiveChoices);
        expect(view(ended, seat).actors[id].forecast).toBe(s.actors[id].forecast);
      }
    }
  });

  it('keeps the public facts: tracks, resources, VP, discard, chronicle', () => {
    const { states } = walk(3, 12);
    const last = states.at(-1)!;
    const v = view(last, 'CN');
    expect(v.tracks).toEqual(last.tracks);
    expect(v.discard).toEqual(last.discard);
    expect(v.chronicle).toEqual(last.chronicle);
    for (const id of ACTORS) {
      expect(v.actors[id].resources).toEqual(last.actors[id].resources);
      expect(v.actors[id].vp).toBe(last.actors[id].vp);
    }
  });
});

describe('stateHash', () => {
  const s = startedGame({ seed: '77' });

  it('is stable: equal states hash equal, whatever the object identity', () => {
    expect(stateHash(s)).toBe(stateHash(structuredClone(s)));
    expect(stateHash(s)).toMatch(/^[0-9a-f]{14}$/);
  });

  it('is the same for the same seed and actions', () => {
    const a = walk(5, 40).states.map(stateHash);
    const b = walk(5, 40).states.map(stateHash);
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(a.length);
  });

  it.each<[string, (d: Mutable<GameState>) => void]>([
    ['a track', (d) => { d.tracks.tension += 1; }],
    ['a resource', (d) => { d.actors.KR.resources.economy -= 1; }],
    ['VP', (d) => { d.actors.CN.vp += 1; }],
    ['the deck order', (d) => { d.deck.reverse(); }],
    ['the PRNG state', (d) => { d.rng[0] = (d.rng[0]! + 1) >>> 0; }],
    ['a forecast', (d) => { d.actors.KP.forecast = d.actors.KP.forecast === 'noSummit' ? 'defersToXi' : 'noSummit'; }],
    ['the objective choices', (d) => { d.actors.CN.objectiveChoices = [...d.actors.CN.objectiveChoices].reverse(); }],
    ['the seed', (d) => { d.options.seed = `${d.options.seed}x`; }],
    ['a hidden objective', (d) => { d.actors.US.objective = objectivesOf('US').find((o) => o.id !== d.actors.US.objective)!.id; }],
    ['the turn', (d) => { d.turn += 1; }],
  ])('changes when %s changes', (_l, f) => {
    expect(stateHash(edit(s, f))).not.toBe(stateHash(s));
  });

  it('differs between seeds', () => {
    const hashes = new Set(Array.from({ length: 20 }, (_, seed) => stateHash(newGameOrThrow({ seed: String(seed) }))));
    expect(hashes.size).toBe(20);
  });
});

describe('legalActions', () => {
  it('every legal action applies, for whole games; other seats have none', () => {
    for (const seed of [1, 2, 3]) {
      const { states } = walk(seed, 500);
      for (const st of states) {
        const mover = toMove(st);
        for (const id of ACTORS) if (id !== mover) expect(legalActions(st, id)).toEqual([]);
        if (!mover) continue;
        for (const a of legalActions(st, mover)) {
          expect(check(st, a), JSON.stringify(a)).toBeNull();
          expect(apply(st, a).ok).toBe(true);
        }
      }
    }
  });

  it('offers every card in hand for every one of the actor’s operations', () => {
    const s = startedGame({ seed: '6' });
    const ops = legalActions(s, 'US').filter((a) => a.type === 'playOps');
    expect(ops).toHaveLength(s.actors.US.hand.length * ACTOR_OPS.US.length);
  });

  it('a whole game played from legal actions ends', () => {
    const { states } = walk(9, 10_000);
    expect(states.at(-1)!.phase).toBe('ended');
  });
});
