// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ACTORS, type ActorId } from './actors';
import type { Action } from './actions';
import { apply } from './apply';
import { APEC_MAX_TENSION, APEC_MIN_PREP, CALENDAR } from './calendar';
import { AGENDA_ITEM_VP, CAPITAL_INCOME, SANCTIONS_BITE, SANCTIONS_BITE_AT, STANDING_BONUS, STANDING_BONUS_AT, TURNS_IN_ROUND } from './flow';
import { legalActions } from './legal';
import { OBJECTIVE_BY_ID } from './objectives';
import { RESOURCE_INFO, RESOURCE_MAX } from './resources';
import { APEC_FAILURE_VP, APEC_SUCCESS_VP, CATASTROPHE_PENALTY, CULPRIT_PENALTY, agendaScore, LAST_ROUND_AGENDA_MULTIPLIER, standings, tieBreakWords, winner } from './scoring';

import type { GameState } from './state';
import { SUMMIT_READY } from './summit';
import { CATASTROPHE_TENSION } from './tracks';
import { toMove } from './turn';
import { FORECAST_VP } from './readings';
import { getCard, rivalEventOwner } from './cards';
import { CAPITAL_FINAL_VP, readingOf, STANDING_FINAL_VP } from './flow';
import { type Mutable, edit, mustApply, startedGame } from './testkit';

const ok = mustApply;

/** The last action turn of `round`, no summit table ready; `f` sets the scene. */
function lastTurn(round: number, rounds: number, f: (d: Mutable<GameState>) => void = () => {}): GameState {
  return edit(startedGame({ seed: '8', rounds }), (d) => {
    d.round = round;
    d.turn = TURNS_IN_ROUND - 1;
    d.tracks.summitUSKP = SUMMIT_READY - 1;
    d.tracks.summitUSCN = SUMMIT_READY - 1;
    d.tracks.tension = 4;
    f(d);
  });
}
/** The mover plays a card for Lobby: it touches only its own capital, so scoring is all that moves VP. */
const endTurn = (s: GameState) => {
  const mover = toMove(s)!;
  // An own or neutral card: a rival's card would fire its event first.
  const card = s.actors[mover].hand.find((id) => !rivalEventOwner(getCard(id)!, mover));
  const st = card ? s : edit(s, (d) => { d.actors[mover].hand[0] = 'hotline'; });
  return ok(st, { type: 'playOps', actor: mover, card: card ?? 'hotline', op: 'lobby' });
};

describe('round scoring', () => {
  it('scores the public agenda for every actor', () => {
    const s = lastTurn(1, 6);
    const after = endTurn(s);
    expect(after.round).toBe(2);
    for (const id of ACTORS) expect(after.actors[id].vp, id).toBe(s.actors[id].vp + agendaScore(s, id) * AGENDA_ITEM_VP);
    expect(after.history.at(-1)!.round).toBe(1);
    expect(after.history.at(-1)!.vp).toEqual(Object.fromEntries(ACTORS.map((id) => [id, after.actors[id].vp])));
  });

  it('agenda items react to the tracks', () => {
    const calm = lastTurn(1, 6, (d) => { d.tracks.tension = 0; });
    const hot = lastTurn(1, 6, (d) => { d.tracks.tension = CATASTROPHE_TENSION - 1; });
    expect(agendaScore(calm, 'KR')).toBeGreaterThan(agendaScore(hot, 'KR'));
    expect(agendaScore(hot, 'RU')).toBeGreaterThan(agendaScore(calm, 'RU'));
  });

  it('upkeep: capital income, more with high standing', () => {
    const s = lastTurn(1, 6, (d) => {
      d.actors.CN.resources.capital = 0;
      d.actors.CN.resources.standing = STANDING_BONUS_AT;
      d.actors.RU.resources.capital = 0;
      d.actors.RU.resources.standing = STANDING_BONUS_AT - 1;
      d.actors.US.resources.capital = RESOURCE_MAX;
    });
    const after = endTurn(s);
    expect(after.actors.CN.resources.capital).toBe(CAPITAL_INCOME + STANDING_BONUS);
    expect(after.actors.RU.resources.capital).toBe(CAPITAL_INCOME);
    expect(after.actors.US.resources.capital).toBe(RESOURCE_MAX);
  });

  it('sanctions bite North Korea’s economy only at the threshold', () => {
    const bite = endTurn(lastTurn(1, 6, (d) => { d.tracks.sanctions = SANCTIONS_BITE_AT; d.actors.KP.resources.economy = 5; }));
    expect(bite.actors.KP.resources.economy).toBe(5 - SANCTIONS_BITE);
    const none = endTurn(lastTurn(1, 6, (d) => { d.tracks.sanctions = SANCTIONS_BITE_AT - 1; d.actors.KP.resources.economy = 5; }));
    expect(none.actors.KP.resources.economy).toBe(5);
  });
});

describe('APEC', () => {
  const apecRound = CALENDAR.findIndex((r) => r.apec) + 1;

  it.each([
    ['success', APEC_MIN_PREP, APEC_MAX_TENSION, APEC_SUCCESS_VP],
    ['failure (not prepared)', APEC_MIN_PREP - 1, 0, APEC_FAILURE_VP],
    ['failure (too tense)', APEC_MIN_PREP, APEC_MAX_TENSION + 1, APEC_FAILURE_VP],
  ] as const)('is judged in the APEC round: %s', (label, prep, tension, table) => {
    const s = lastTurn(apecRound, CALENDAR.length, (d) => { d.tracks.apec = prep; d.tracks.tension = tension; });
    const after = endTurn(s);
    expect(after.apecResult).toBe(label === 'success' ? 'success' : 'failure');
    // Agenda is scored after the judgement (South Korea's third item reads it).
    const judged = edit(s, (d) => { d.apecResult = label === 'success' ? 'success' : 'failure'; });
    for (const id of ACTORS) expect(after.actors[id].vp, id).toBe(s.actors[id].vp + table[id] + agendaScore(judged, id) * AGENDA_ITEM_VP);
  });

  it('is not judged before the APEC round, and only once', () => {
    const early = endTurn(lastTurn(apecRound - 1, CALENDAR.length, (d) => { d.tracks.apec = APEC_MIN_PREP; }));
    expect(early.apecResult).toBe('pending');
    const later = endTurn(lastTurn(apecRound + 1, CALENDAR.length, (d) => { d.apecResult = 'failure'; d.tracks.apec = APEC_MIN_PREP; d.tracks.tension = 0; }));
    expect(later.apecResult).toBe('failure');
  });

  it('is judged in the last round of a short game', () => {
    const end = endTurn(lastTurn(1, 1, (d) => { d.tracks.apec = APEC_MIN_PREP; d.tracks.tension = 0; }));
    expect(end.apecResult).toBe('success');
  });
});

describe('forecasts and ties', () => {
  const held = (round: number, attended: boolean) => ({ round, table: 'USKP' as const, attended, precondition: null });
  const deal = (round: number, table: 'USKP' | 'USCN') => ({ round, table, terms: [] });

  it('reads the autumn from North Korea\'s decisions at the Trump–Kim table', () => {
    expect(readingOf({ summitsHeld: [], deals: [] })).toBe('noSummit');
    expect(readingOf({ summitsHeld: [held(3, false)], deals: [deal(2, 'USCN')] })).toBe('noSummit');
    expect(readingOf({ summitsHeld: [held(4, true)], deals: [deal(2, 'USCN')] })).toBe('defersToXi');
    // The Trump–Xi table sits first: a deal there in the same round came before Kim sat down.
    expect(readingOf({ summitsHeld: [held(2, true)], deals: [deal(2, 'USCN')] })).toBe('defersToXi');
    expect(readingOf({ summitsHeld: [held(2, true)], deals: [deal(3, 'USCN')] })).toBe('ownCalculation');
    expect(readingOf({ summitsHeld: [held(2, false), held(3, true)], deals: [] })).toBe('ownCalculation');
  });

  it('scores right forecasts at the end and records the reading', () => {
    const s = lastTurn(1, 1, (d) => { d.actors.US.forecast = 'noSummit'; d.actors.KP.forecast = 'defersToXi'; });
    const end = endTurn(s);
    expect(end.reading).toBe('noSummit');
    expect(end.chronicle.some((e) => e.text.includes('Prof. Kim Jong'))).toBe(true);
    const usBefore = endTurn(lastTurn(1, 1, (d) => { d.actors.US.forecast = 'defersToXi'; }));
    expect(end.actors.US.vp - usBefore.actors.US.vp).toBe(FORECAST_VP);
  });

  it('names a tie-break in words only when the top is tied', () => {
    const s = lastTurn(1, 1);
    const tied = edit(s, (d) => { for (const id of ACTORS) d.actors[id].vp = 5; d.actors.CN.resources.standing = 9; });
    expect(tieBreakWords(tied)).toMatch(/China ranks first on higher domestic standing/);
    const clear = edit(s, (d) => { d.actors.KR.vp = 50; });
    expect(tieBreakWords(clear)).toBeNull();
  });
});

describe('end of the game', () => {
  it('capital and standing help name what a point left at the end scores (resources.ts cannot import flow.ts)', () => {
    expect(RESOURCE_INFO.capital.help).toContain(`each point left at the end scores ${CAPITAL_FINAL_VP} VP`);
    expect(RESOURCE_INFO.standing.help).toContain(`at the end each point scores ${STANDING_FINAL_VP} VP`);
  });

  it('after the last round: hidden objectives scored, winner decided', () => {
    const s = lastTurn(2, 2);
    const end = endTurn(s);
    expect(end.phase).toBe('ended');
    expect(end.end).toMatchObject({ reason: 'calendar', culprit: null });
    expect(toMove(end)).toBeNull();
    for (const id of ACTORS) {
      const obj = OBJECTIVE_BY_ID.get(end.actors[id].objective)!;
      const apec = end.apecResult === 'success' ? APEC_SUCCESS_VP[id] : APEC_FAILURE_VP[id];
      expect(end.actors[id].vp, id).toBe(s.actors[id].vp + apec + agendaScore(end, id) * AGENDA_ITEM_VP * LAST_ROUND_AGENDA_MULTIPLIER + (obj.met(end) ? obj.vp : 0) + end.actors[id].resources.capital * CAPITAL_FINAL_VP + end.actors[id].resources.standing * STANDING_FINAL_VP + (end.actors[id].forecast === end.reading ? FORECAST_VP : 0));
    }
    expect(winner(end)).toBe(standings(end)[0]!.actor);
    for (const id of ACTORS) expect(legalActions(end, id)).toEqual([]);
    expect(apply(end, { type: 'decline', actor: 'US' })).toMatchObject({ ok: false, error: { code: 'ERR_GAME_OVER' } });
  });

  it.each([1, 2, 3])('a game of %i rounds ends after exactly that many rounds', (rounds) => {
    let s = startedGame({ seed: String(rounds * 13), rounds });
    let steps = 0;
    while (s.phase !== 'ended') {
      const mover = toMove(s)!;
      // Calm play: ops only (Lobby or De-escalate), decline every summit, so no catastrophe.
      const legal = legalActions(s, mover);
      const calm = (x: (typeof legal)[number]) => x.type === 'playOps' && x.op === 'deescalate' && !rivalEventOwner(getCard(x.card)!, mover);
      const a = legal.find((x) => x.type === 'decline' || x.type === 'snub' || x.type === 'pass' || calm(x))
        ?? legal.find((x) => x.type === 'playOps' && x.op === 'deescalate')!;
      s = ok(s, a);
      steps++;
      expect(s.round).toBeLessThanOrEqual(rounds);
    }
    expect(s.end!.reason).toBe('calendar');
    expect(s.round).toBe(rounds);
    expect(s.history.map((h) => h.round)).toEqual([0, ...Array.from({ length: rounds }, (_, i) => i + 1)]);
    expect(steps).toBeGreaterThanOrEqual(rounds * TURNS_IN_ROUND);
  });

  it('winner is null while the game runs', () => {
    expect(winner(startedGame({ seed: '1' }))).toBeNull();
  });
});

describe('catastrophe', () => {
  it('from a card: the game ends, nobody wins, the culprit ranks last', () => {
    const s = edit(startedGame({ seed: '4' }), (d) => {
      d.tracks.tension = CATASTROPHE_TENSION - 1;
      d.turn = 1; // North Korea
      d.actors.US.vp = 30; // even a runaway leader does not win
    });
    const card = s.actors.KP.hand[0]!;
    const end = ok(s, { type: 'playOps', actor: 'KP', card, op: 'test' });
    expect(end.phase).toBe('ended');
    expect(end.end).toEqual({ reason: 'catastrophe', culprit: 'KP', tieBreak: null });
    expect(winner(end)).toBeNull();
    const ranks = standings(end);
    expect(ranks.at(-1)!.actor).toBe('KP');
    expect(ranks.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
    for (const id of ACTORS) expect(end.actors[id].vp).toBe(s.actors[id].vp - CATASTROPHE_PENALTY - (id === 'KP' ? CULPRIT_PENALTY : 0));
    expect(toMove(end)).toBeNull();
    expect(end.chronicle.at(-1)!.kind).toBe('end');
  });

  it('the culprit ranks last even with the most VP', () => {
    const s = edit(startedGame({ seed: '4' }), (d) => { d.tracks.tension = CATASTROPHE_TENSION - 1; d.turn = 1; d.actors.KP.vp = 100; });
    const end = ok(s, { type: 'playOps', actor: 'KP', card: s.actors.KP.hand[0]!, op: 'test' });
    expect(standings(end).at(-1)!.actor).toBe('KP');
  });

  it('from a world event: no culprit', () => {
    // The next round's scheduled event that raises tension tips it over.
    const next = CALENDAR.findIndex((r) => r.scheduled?.effects.some((e) => e.kind === 'track' && e.track === 'tension' && e.delta > 0));
    expect(next).toBeGreaterThan(0);
    const end = endTurn(lastTurn(next, CALENDAR.length, (d) => { d.tracks.tension = CATASTROPHE_TENSION - 1; }));
    expect(end.phase).toBe('ended');
    expect(end.end).toEqual({ reason: 'catastrophe', culprit: null, tieBreak: null });
    expect(winner(end)).toBeNull();
  });
});

describe('standings', () => {
  it('ties go to higher standing, then to the actor order', () => {
    const s = edit(startedGame({ seed: '2' }), (d) => {
      for (const id of ACTORS) { d.actors[id].vp = 5; d.actors[id].resources.standing = 5; }
      d.actors.RU.resources.standing = 7;
    });
    expect(standings(s).map((r) => r.actor)).toEqual(['RU', ...ACTORS.filter((id): id is ActorId => id !== 'RU')]);
  });
});
