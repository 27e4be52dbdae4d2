// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ACTORS } from './actors';
import { CARDS, CARDS_OF_PERIOD, DATED_BONUS_VP, getCard, KIM_FLOOR, PERIOD_INFO, PERIODS, periodStart, rivalEventOwner } from './cards';
import { CALENDAR } from './calendar';
import { CRISIS_EFFECTS, TURNS_IN_ROUND } from './flow';
import { ACTOR_OPS, OP_INFO, OPS, opEffects, REPEAT_PENALTY } from './ops';
import type { GameState } from './state';
import { accidentChance, BRINK_TENSION, CRISIS_TENSION, TRACK_INFO } from './tracks';
import { edit, mustApply, startedGame } from './testkit';
import { toMove } from './turn';

const ok = mustApply;

describe('operations (issue #8 item 4)', () => {
  it('a 1-, 2- and 3-ops play each do something different', () => {
    for (const op of OPS) {
      const [a, b, c] = OP_INFO[op].levels.map((l) => JSON.stringify(l));
      expect(a, op).not.toBe(b);
      expect(b, op).not.toBe(c);
      expect(a, op).not.toBe(c);
    }
  });

  it('no operation of an actor does everything another of its operations does, at every level', () => {
    const covers = (x: readonly { kind: string }[], y: readonly { kind: string }[]) => y.every((e) => x.some((f) => JSON.stringify(f) === JSON.stringify(e)));
    for (const id of ACTORS) {
      for (const p of ACTOR_OPS[id]) for (const q of ACTOR_OPS[id]) {
        if (p === q) continue;
        const dominates = OP_INFO[p].levels.every((l, i) => covers(l, OP_INFO[q].levels[i]!) && l.length > OP_INFO[q].levels[i]!.length);
        expect(dominates, `${p} over ${q}`).toBe(false);
      }
    }
  });

  it('a repeat in the same round counts REPEAT_PENALTY points less per earlier use; the count resets each round', () => {
    expect(opEffects('lobby', 3, [])).toEqual(OP_INFO.lobby.effects(3));
    expect(opEffects('lobby', 3, ['lobby'])).toEqual(OP_INFO.lobby.effects((3 - REPEAT_PENALTY) as 1));
    expect(opEffects('lobby', 2, ['lobby'])).toEqual([]);
    const s = startedGame({ seed: 'ops' });
    const card = s.actors.US.hand.find((id) => !rivalEventOwner(getCard(id)!, 'US'))!;
    const after = ok(s, { type: 'playOps', actor: 'US', card, op: 'lobby' });
    expect(after.actors.US.opsThisRound).toEqual(['lobby']);
    let st: GameState = after;
    while (st.round === 1 && st.phase !== 'ended') {
      const mover = toMove(st)!;
      st = ok(st, st.phase === 'action'
        ? { type: 'playOps', actor: mover, card: st.actors[mover].hand[0]!, op: 'deescalate' }
        : st.summit?.stage === 'attend' ? { type: 'snub', actor: mover } : st.summit?.stage === 'intervene' ? { type: 'pass', actor: mover } : { type: 'decline', actor: mover });
    }
    if (st.phase !== 'ended') for (const id of ACTORS) expect(st.actors[id].opsThisRound).toEqual([]);
  });
});

describe('rival cards fire for their side (issue #8 item 5)', () => {
  it('playing another actor\'s card for ops fires its event for that actor first', () => {
    const s = edit(startedGame({ seed: 'rival' }), (d) => { d.actors.US.hand[0] = 'cold-shoulder'; d.tracks.summitUSKP = 3; });
    const after = ok(s, { type: 'playOps', actor: 'US', card: 'cold-shoulder', op: 'lobby' });
    // The Cold Shoulder: US–DPRK readiness −1, North Korea standing +1 and +2 VP.
    expect(after.tracks.summitUSKP).toBe(2);
    expect(after.actors.KP.vp).toBe(s.actors.KP.vp + 2);
    expect(after.chronicle.some((e) => e.actor === 'KP' && e.text.includes('its event fires for them'))).toBe(true);
  });

  it('own, bloc and neutral cards do not fire', () => {
    expect(rivalEventOwner(getCard('olive-branch')!, 'US')).toBeNull();
    expect(rivalEventOwner(getCard('investment-pledge')!, 'KR')).toBeNull();
    expect(rivalEventOwner(getCard('hotline')!, 'RU')).toBeNull();
    expect(rivalEventOwner(getCard('three-on-tiananmen')!, 'US')).toEqual({ side: 'axis', self: null });
    expect(rivalEventOwner(getCard('srbm-test')!, 'CN')).toEqual({ side: 'KP', self: 'KP' });
  });
});

describe('decks by period and dated cards (issue #8 items 5 and 9)', () => {
  it('every card names its date and source; dated cards sit in their period\'s deck', () => {
    for (const c of CARDS) {
      expect(c.date.length, c.id).toBeGreaterThan(0);
      expect(c.source.length, c.id).toBeGreaterThan(10);
      if (c.round !== undefined) expect(periodStart(c.period, CALENDAR.length) <= c.round, c.id).toBe(true);
    }
    expect(CARDS.some((c) => /reading/i.test(c.id))).toBe(false);
    expect(CARDS.filter((c) => /tiananmen/i.test(`${c.name} ${c.flavor} ${c.source}`))).toHaveLength(1);
    expect(CALENDAR.some((r) => /tiananmen|victory day/i.test(`${r.scheduled?.name} ${r.scheduled?.flavor}`))).toBe(false);
  });

  it('the October and APEC-week decks enter in their rounds, earlier in a short game', () => {
    expect(PERIODS.map((p) => periodStart(p, 6))).toEqual([1, PERIOD_INFO.october.fromRound, PERIOD_INFO.apec.fromRound]);
    expect(PERIODS.map((p) => periodStart(p, 4))).toEqual([1, 3, 4]);
    expect(PERIODS.map((p) => periodStart(p, 1))).toEqual([1, 1, 1]);
    let s = startedGame({ seed: 'periods', rounds: 6 });
    const inPlay = (st: GameState) => [...st.deck, ...st.discard, ...ACTORS.flatMap((id) => st.actors[id].hand)];
    expect(inPlay(s).some((id) => CARDS_OF_PERIOD.october.includes(id))).toBe(false);
    while (s.round < PERIOD_INFO.october.fromRound && s.phase !== 'ended') {
      const mover = toMove(s)!;
      s = ok(s, s.phase === 'action' ? { type: 'playOps', actor: mover, card: s.actors[mover].hand[0]!, op: 'deescalate' } : s.summit?.stage === 'attend' ? { type: 'snub', actor: mover } : s.summit?.stage === 'intervene' ? { type: 'pass', actor: mover } : { type: 'decline', actor: mover });
    }
    if (s.phase !== 'ended') expect(CARDS_OF_PERIOD.october.every((id) => inPlay(s).includes(id))).toBe(true);
  });

  it('a dated card played for its event in its own round scores a bonus', () => {
    const base = edit(startedGame({ seed: 'dated' }), (d) => { d.actors.CN.hand[0] = 'kim-xi-talks'; d.actors.CN.resources.capital = 5; d.turn = 2; });
    const onDate = ok(base, { type: 'playEvent', actor: 'CN', card: 'kim-xi-talks' });
    const late = ok(edit(base, (d) => { d.round = 2; }), { type: 'playEvent', actor: 'CN', card: 'kim-xi-talks' });
    expect(onDate.actors.CN.vp - late.actors.CN.vp).toBe(DATED_BONUS_VP);
  });

  it('fidelity: Air Force One moves US–DPRK readiness, the SRBM reaches APEC preparation, Panmunjom is a memory of betrayal', () => {
    expect(getCard('arrival-in-korea')!.effects).toContainEqual({ kind: 'track', track: 'summitUSKP', delta: 1 });
    expect(getCard('srbm-test')!.effects).toContainEqual({ kind: 'track', track: 'apec', delta: -1 });
    expect(getCard('panmunjom-memory')!.effects).toContainEqual({ kind: 'track', track: 'summitUSKP', delta: -1, floor: KIM_FLOOR });
  });

  it('cards that cool the Trump–Kim track stop at KIM_FLOOR: they delay the table, Pyongyang decides at it', () => {
    const coolers = CARDS.filter((c) => c.effects.some((e) => e.kind === 'track' && e.track === 'summitUSKP' && e.delta < 0));
    expect(coolers.length).toBeGreaterThan(3);
    for (const c of coolers) for (const e of c.effects) if (e.kind === 'track' && e.track === 'summitUSKP' && e.delta < 0) expect(e.floor, c.id).toBe(KIM_FLOOR);
    const at = (readiness: number) => ok(edit(startedGame({ seed: 'kim-floor' }), (d) => { d.actors.KP.hand[0] = 'cold-shoulder'; d.turn = 1; d.tracks.summitUSKP = readiness; }), { type: 'playEvent', actor: 'KP', card: 'cold-shoulder' }).tracks.summitUSKP;
    expect(at(KIM_FLOOR + 1)).toBe(KIM_FLOOR);
    expect(at(KIM_FLOOR)).toBe(KIM_FLOOR);
    expect(at(0)).toBe(0);
    expect(TRACK_INFO.summitUSKP.help).toContain(`never take it below ${KIM_FLOOR}`);
  });
});

describe('tension with teeth (issue #8 item 6)', () => {
  it('a round that ends in crisis costs APEC preparation and Seoul\'s economy', () => {
    const s = edit(startedGame({ seed: 'crisis' }), (d) => { d.turn = TURNS_IN_ROUND - 1; d.tracks.tension = CRISIS_TENSION; d.tracks.summitUSKP = 0; d.tracks.summitUSCN = 0; d.tracks.apec = 3; d.actors.KR.hand[0] = 'loudspeakers-off'; });
    const after = ok(s, { type: 'playOps', actor: 'KR', card: 'loudspeakers-off', op: 'lobby' });
    expect(after.chronicle.some((e) => e.text.startsWith('Crisis'))).toBe(true);
    expect(after.history.at(-1)!.tracks.apec).toBe(3 + CRISIS_EFFECTS.reduce((n, e) => n + (e.kind === 'track' && e.track === 'apec' ? e.delta : 0), 0));
  });

  it('at the brink an accident can happen, from the game\'s own PRNG: some seeds see one, the same seed always the same', () => {
    expect(accidentChance(BRINK_TENSION - 1)).toBe(0);
    expect(accidentChance(BRINK_TENSION)).toBeGreaterThan(0);
    let accidents = 0;
    for (let i = 0; i < 40; i++) {
      const s = edit(startedGame({ seed: `brink-${i}` }), (d) => { d.turn = TURNS_IN_ROUND - 1; d.tracks.tension = BRINK_TENSION + 1; d.tracks.summitUSKP = 0; d.tracks.summitUSCN = 0; d.actors.KR.hand[0] = 'hotline'; });
      const after = ok(s, { type: 'playOps', actor: 'KR', card: 'hotline', op: 'lobby' });
      const again = ok(s, { type: 'playOps', actor: 'KR', card: 'hotline', op: 'lobby' });
      expect(again).toEqual(after);
      if (after.chronicle.some((e) => e.text.startsWith('Accident'))) accidents++;
    }
    expect(accidents).toBeGreaterThan(0);
    expect(accidents).toBeLessThan(40);
  });
});
