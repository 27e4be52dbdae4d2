import { describe, expect, it } from 'vitest';
import { type Action, apply, type GameState, newGameOrThrow, seedRng, SUMMIT_READY, toMove, TRACKS } from '../../engine';
import { randomAction } from '../../ai/random';
import { startedGame } from '../../engine/testkit';
import {
  describeChanges, discussionPrompts, type GameFacts, gameFacts, moveOnly, replaySteps, trackRows, turningPoints, vpRows,
} from './analysis';

/** A whole random game, its actions and per-step states. */
function randomGame(seed: number, rounds = 3): { actions: Action[]; states: GameState[] } {
  let s = newGameOrThrow({ seed: String(seed), rounds });
  let rng = seedRng(seed * 7 + 1);
  const actions: Action[] = [];
  const states = [s];
  while (s.phase !== 'ended') {
    let a: Action;
    [a, rng] = randomAction(s, toMove(s)!, rng);
    const r = apply(s, a);
    if (!r.ok) throw new Error(r.error.message);
    s = r.value;
    actions.push(a);
    states.push(s);
  }
  return { actions, states };
}

/** Round 1's last action turn: South Korea to move, with one known card in hand. */
function lastTurnOfRound(card: string): GameState {
  const s = startedGame({ seed: '3', rounds: 3 });
  const kr = s.actors.KR;
  return { ...s, turn: 9, actors: { ...s.actors, KR: { ...kr, hand: [card, ...kr.hand.filter((c) => c !== card).slice(0, 3)] } } };
}

describe('replaySteps', () => {
  it('rebuilds every per-step state of a game from its seed and actions', () => {
    const g = randomGame(11);
    const states = replaySteps({ seed: '11', rounds: 3 }, g.actions);
    expect(states).toHaveLength(g.actions.length + 1);
    expect(states[states.length - 1]).toEqual(g.states[g.states.length - 1]);
  });

  it('stops at an illegal action instead of throwing', () => {
    const g = randomGame(12);
    const bad: Action = { type: 'accept', actor: 'US' };
    expect(replaySteps({ seed: '12', rounds: 3 }, [g.actions[0]!, bad, g.actions[1]!])).toHaveLength(2);
  });
});

describe('chart rows', () => {
  it('has one row per round record, with every track and every actor', () => {
    const g = randomGame(5);
    const final = g.states[g.states.length - 1]!;
    const tr = trackRows(final.history);
    expect(tr.map((r) => r.round)).toEqual([0, 1, 2, 3]);
    expect(tr[0]!.label).toBe('Start');
    expect(tr[1]!.label).toBe('R1 Early September');
    for (const t of TRACKS) expect(tr[3]![t]).toBe(final.history[3]!.tracks[t]);
    expect(vpRows(final.history)[3]!.KP).toBe(final.history[3]!.vp.KP);
  });
});

describe('moveOnly', () => {
  it('measures the last card of a round without the round end it triggers', () => {
    const before = lastTurnOfRound('loudspeakers-off'); // tension −1, South Korea +2 VP
    const action: Action = { type: 'playEvent', actor: 'KR', card: 'loudspeakers-off' };
    const real = apply(before, action);
    expect(real.ok && real.value.round).toBe(2); // the real move closes round 1
    const only = moveOnly(before, action)!;
    expect(only.round).toBe(1);
    expect(only.tracks.tension).toBe(before.tracks.tension - 1);
    expect(only.actors.KR.vp).toBe(before.actors.KR.vp + 2);
    expect(only.actors.US.vp).toBe(before.actors.US.vp);
  });

  it('returns null for an illegal move', () => {
    expect(moveOnly(lastTurnOfRound('loudspeakers-off'), { type: 'accept', actor: 'KR' })).toBeNull();
  });
});

describe('turningPoints', () => {
  it('names the card and the changes of the biggest swing', () => {
    const before = lastTurnOfRound('nuclear-submarine'); // ROK military +2, alliance +1, tension +1
    const action: Action = { type: 'playEvent', actor: 'KR', card: 'nuclear-submarine' };
    const after = (apply(before, action) as { ok: true; value: GameState }).value;
    const [tp] = turningPoints([before, after], [action]);
    expect(tp).toMatchObject({ step: 1, round: 1, actor: 'KR', card: 'nuclear-submarine', cardName: 'Nuclear-Powered Submarines', swing: 2 });
    expect(tp!.text).toContain('Nuclear-Powered Submarines');
    expect(describeChanges(tp!)).toEqual([`Tension ${before.tracks.tension} → ${before.tracks.tension + 1}`, `Alliance health US–ROK ${before.tracks.alliance} → ${before.tracks.alliance + 1}`]);
  });

  it('lists the biggest swings first, at most the limit, each a real move of the game', () => {
    const g = randomGame(21);
    const tps = turningPoints(g.states, g.actions, 4);
    expect(tps.length).toBe(4);
    for (let i = 1; i < tps.length; i++) expect(tps[i - 1]!.swing).toBeGreaterThanOrEqual(tps[i]!.swing);
    for (const tp of tps) {
      expect(tp.action).toEqual(g.actions[tp.step - 1]);
      expect(tp.swing).toBeGreaterThan(0);
      if (tp.action.type === 'playEvent' || tp.action.type === 'playOps') expect(tp.card).toBe(tp.action.card);
    }
  });

  it('counts a summit deal with both sides\' VP', () => {
    // Find a game in which a deal was accepted and check the deal is measured.
    for (let seed = 1; seed < 200; seed++) {
      const g = randomGame(seed, 6);
      const i = g.actions.findIndex((a) => a.type === 'accept');
      if (i < 0) continue;
      const tps = turningPoints(g.states, g.actions, 1000);
      const deal = tps.find((t) => t.step === i + 1)!;
      expect(deal.vp.length).toBeGreaterThanOrEqual(2);
      expect(deal.text).toMatch(/Deal at the/);
      expect(deal.card).toBeNull();
      return;
    }
    throw new Error('no random game with a deal in 200 seeds');
  });
});

/** Facts of a plain game, to be edited by each test. */
function baseFacts(): GameFacts {
  const final = newGameOrThrow({ seed: '1', rounds: 6 });
  const start = final.history[0]!.tracks;
  return { rounds: 6, start, end: start, peak: start, deals: [], events: [], ops: [], summitMoves: [], final };
}

describe('discussionPrompts', () => {
  it('always tests the three analysts\' readings', () => {
    const ps = discussionPrompts(baseFacts());
    expect(ps.filter((p) => p.analyst).map((p) => p.analyst).sort()).toEqual(['kim-jae-cheon', 'kim-jong', 'park-won-gon']);
    for (const p of ps) expect(p.evidence.length).toBeGreaterThan(0);
  });

  it('puts Kim Jae-cheon first when axis cohesion rose and a US–China deal happened', () => {
    const f = baseFacts();
    const ps = discussionPrompts({
      ...f,
      end: { ...f.end, axis: f.start.axis + 2 },
      deals: [{ round: 5, table: 'USCN', terms: ['tariffCut', 'soybeans'] }],
      events: [{ actor: 'KP', card: 'strengthen-xis-hand', round: 3 }],
    });
    expect(ps[0]!.id).toBe('kim-jae-cheon-solidarity-paid');
    expect(ps[0]!.evidence.join(' ')).toMatch(/Axis cohesion went from 5 to 7/);
    expect(ps[0]!.evidence.join(' ')).toMatch(/Trump–Xi deal was made in round 5: cut tariffs, resume soybean purchases/);
    expect(ps[0]!.evidence.join(' ')).toMatch(/North Korea played "Strengthening Xi's Hand" \(round 3\)/);
  });

  it('asks a different Kim Jae-cheon question when the axis rose but no deal came', () => {
    const f = baseFacts();
    const p = discussionPrompts({ ...f, end: { ...f.end, axis: 8 } }).find((x) => x.analyst === 'kim-jae-cheon')!;
    expect(p.id).toBe('kim-jae-cheon-solidarity-unpaid');
  });

  it('turns Kim Jong\'s prompt around when a Trump–Kim deal did happen', () => {
    const f = baseFacts();
    const none = discussionPrompts(f).find((x) => x.analyst === 'kim-jong')!;
    expect(none.id).toBe('kim-jong-no-summit');
    expect(none.evidence[0]).toContain(`a table opens at ${SUMMIT_READY}`);
    const p = discussionPrompts({ ...f, deals: [{ round: 4, table: 'USKP', terms: ['sanctionsRelief', 'freeze'] }] }).find((x) => x.analyst === 'kim-jong')!;
    expect(p.id).toBe('kim-jong-summit-happened');
    expect(p.evidence[0]).toBe('A Trump–Kim deal was made in round 4: ease sanctions, freeze nuclear tests.');
  });

  it('weighs Park Won-gon\'s reading by North Korea\'s own moves: the September address and a Hanoi-like rejection', () => {
    const f = baseFacts();
    const ps = discussionPrompts({
      ...f,
      events: [{ actor: 'KP', card: 'september-address', round: 2 }],
      summitMoves: [{ actor: 'KP', type: 'reject', table: 'USKP', round: 4 }],
    });
    expect(ps[0]!.analyst).toBe('park-won-gon');
    expect(ps[0]!.evidence).toContain('North Korea played "Kim\'s September Address" (round 2).');
    expect(ps[0]!.evidence.join(' ')).toMatch(/rejected the offer at the Trump–Kim table/);
    expect(ps[0]!.evidence).toContain('Nobody ever offered to drop the denuclearization precondition, Kim\'s September demand.');
  });

  it('leads with the catastrophe when tension reached the top', () => {
    const f = baseFacts();
    const final: GameState = { ...f.final, phase: 'ended', end: { reason: 'catastrophe', culprit: 'KP', tieBreak: null } };
    const ps = discussionPrompts({ ...f, final });
    expect(ps[0]!.id).toBe('catastrophe');
    expect(ps[0]!.evidence[0]).toMatch(/pushed over the edge by North Korea/);
  });

  it('puts North Korea\'s attend and snub decisions in Kim Jong\'s evidence', () => {
    const f = baseFacts();
    const final: GameState = { ...f.final, summitsHeld: [{ round: 2, table: 'USKP', attended: false, precondition: null }, { round: 3, table: 'USCN', attended: true, precondition: null }, { round: 4, table: 'USKP', attended: true, precondition: 'recognition' }] };
    const p = discussionPrompts({ ...f, final }).find((x) => x.analyst === 'kim-jong')!;
    expect(p.evidence).toContain('Round 2: North Korea snubbed the Trump–Kim table.');
    expect(p.evidence).toContain('Round 4: North Korea came to the Trump–Kim table, on one condition: Drop the denuclearization demand.');
    expect(p.evidence.join(' ')).not.toMatch(/Round 3/);
  });

  it('scores the teams\' forecasts against what happened, once the game is over (never before)', () => {
    const f = baseFacts();
    const actors = { ...f.final.actors, US: { ...f.final.actors.US, forecast: 'noSummit' as const }, KP: { ...f.final.actors.KP, forecast: 'ownCalculation' as const } };
    expect(discussionPrompts({ ...f, final: { ...f.final, actors } }).some((p) => p.id === 'forecasts')).toBe(false);
    const final: GameState = { ...f.final, actors, phase: 'ended', reading: 'ownCalculation', end: { reason: 'calendar', culprit: null, tieBreak: null } };
    const p = discussionPrompts({ ...f, final })[0]!;
    expect(p.id).toBe('forecasts');
    expect(p.evidence[0]).toMatch(/^What happened: Pyongyang follows its own calculation\./);
    expect(p.evidence).toContain('United States forecast "No Trump–Kim summit this autumn" (Prof. Kim Jong (University of North Korean Studies)): it did not come true.');
    expect(p.evidence.some((e) => e.startsWith('North Korea forecast "Pyongyang follows its own calculation"') && e.endsWith('it came true.'))).toBe(true);
    expect(p.question).toMatch(/^North Korea read Pyongyang right/);
  });

  it('reads the facts of a real game', () => {
    const g = randomGame(8, 6);
    const f = gameFacts(g.states, g.actions);
    // Every move but the secret setup's (ten: each actor keeps an objective and forecasts) is a fact.
    const setup = g.actions.filter((a) => a.type === 'keepObjective' || a.type === 'forecast').length;
    expect(setup).toBe(10);
    expect(f.events.length + f.ops.length + f.summitMoves.length).toBe(g.actions.length - setup);
    expect(f.start).toEqual(g.states[0]!.history[0]!.tracks);
    for (const t of TRACKS) expect(f.peak[t]).toBeGreaterThanOrEqual(Math.max(f.start[t], f.end[t]));
    expect(discussionPrompts(f).length).toBeGreaterThanOrEqual(3);
  });
});
