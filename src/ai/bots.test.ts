import { describe, expect, it } from 'vitest';
import { ACTORS, type ActorId, apply, type GameState, legalActions, newGameOrThrow, objectivesOf, READINGS, stateHash, toMove, winner } from '../engine';
import { startedGame } from '../engine/testkit';
import { type BotLevel, chooseAction } from './bot';

type Seats = Readonly<Record<ActorId, BotLevel>>;
const all = (level: BotLevel): Seats => ({ US: level, KP: level, CN: level, RU: level, KR: level });

/** Plays a whole game, checking every bot move against the engine's legal list before applying it. */
function play(seed: number, seats: Seats, iterations = 16, rounds?: number): GameState {
  let s = newGameOrThrow(rounds === undefined ? { seed: String(seed) } : { seed: String(seed), rounds });
  for (let n = 0; s.phase !== 'ended'; n++) {
    const seat = toMove(s)!;
    const a = chooseAction(s, seat, seats[seat], { seed: seed * 31 + ACTORS.indexOf(seat), iterations });
    expect(legalActions(s, seat)).toContainEqual(a);
    const r = apply(s, a);
    if (!r.ok) throw new Error(r.error.message);
    s = r.value;
    if (n > 500) throw new Error('runaway game');
  }
  return s;
}

describe('bots play only legal moves', () => {
  for (const level of ['random', 'heuristic'] as const) {
    it(`${level}: full games for all seats over several seeds`, () => {
      for (const seed of [1, 2, 3, 4]) expect(play(seed, all(level)).phase).toBe('ended');
    }, 60_000);
  }
  // Two rounds, not six: every seat searching a rules 2.0 game (each rollout plays summit tables out) took
  // 100 s on a busy two-core machine. Setup, action turns, summits and scoring are all still played.
  it('search: a full game with a small iteration budget', () => {
    const end = play(5, all('search'), 8, 2);
    expect(end.phase).toBe('ended');
    expect(end.round).toBe(2);
  }, 180_000);
});

describe('search budget', () => {
  it('stops near its wall-clock budget and still answers with a legal move', () => {
    const s = startedGame({ seed: '13' });
    const t = performance.now();
    const a = chooseAction(s, 'US', 'search', { seed: 1, budgetMs: 40 });
    // Generous: one iteration can overrun the check, and test machines are busy.
    expect(performance.now() - t).toBeLessThan(2000);
    expect(legalActions(s, 'US')).toContainEqual(a);
  }, 30_000);
});

describe('determinism', () => {
  it('the same seed plays the same heuristic game', () => {
    expect(stateHash(play(11, all('heuristic')))).toBe(stateHash(play(11, all('heuristic'))));
  });
  it('the search bot with an iteration budget gives the same move for the same seed', () => {
    const s = startedGame({ seed: '12' });
    const a = chooseAction(s, 'US', 'search', { seed: 99, iterations: 60 });
    expect(chooseAction(s, 'US', 'search', { seed: 99, iterations: 60 })).toEqual(a);
    expect(legalActions(s, 'US')).toContainEqual(a);
  });
});

/** The same position with everything `seat` cannot see reshuffled: other hands, deck, others' objectives, world PRNG. */
function reshuffleHidden(s: GameState, seat: ActorId): GameState {
  const hidden = ACTORS.filter((id) => id !== seat).flatMap((id) => s.actors[id].hand).concat(s.deck).reverse();
  const actors = { ...s.actors };
  let at = 0;
  for (const id of ACTORS) {
    if (id === seat) continue;
    const n = s.actors[id].hand.length;
    const other = objectivesOf(id).find((o) => o.id !== s.actors[id].objective)!;
    const forecast = READINGS.find((r) => r !== s.actors[id].forecast)!;
    const objectiveChoices = [other.id, ...objectivesOf(id).filter((o) => o.id !== other.id).map((o) => o.id)].slice(0, 2);
    actors[id] = { ...s.actors[id], hand: hidden.slice(at, at + n), objective: other.id, objectiveChoices, forecast };
    at += n;
  }
  const [a, b, c, d] = s.rng;
  return { ...s, actors, deck: hidden.slice(at), rng: [(a ^ 0x5a5a5a5a) >>> 0, b, c, d] };
}

describe('bots do not peek at hidden information', () => {
  for (const level of ['heuristic', 'search'] as const) {
    it(`${level}: the move depends only on what the seat can see`, () => {
      let s = startedGame({ seed: '21' });
      // Play into the game a little so the discard and tracks are not at their start.
      for (let i = 0; i < 7; i++) {
        const r = apply(s, chooseAction(s, toMove(s)!, 'heuristic', { seed: i }));
        if (!r.ok) throw new Error(r.error.message);
        s = r.value;
      }
      const seat = toMove(s)!;
      const opts = { seed: 5, iterations: 40 };
      expect(chooseAction(reshuffleHidden(s, seat), seat, level, opts)).toEqual(chooseAction(s, seat, level, opts));
    }, 30_000);
  }
});

describe('strength', () => {
  it('one heuristic seat beats four random seats far more often than a fair share', () => {
    let wins = 0;
    let games = 0;
    for (const hero of ACTORS) {
      for (let g = 0; g < 8; g++) {
        const seats = { ...all('random'), [hero]: 'heuristic' } as Seats;
        if (winner(play(1000 + g * 7 + ACTORS.indexOf(hero), seats)) === hero) wins++;
        games++;
      }
    }
    // A random seat wins about 1 game in 5; the heuristic seat must do at least twice as well.
    expect(wins / games).toBeGreaterThanOrEqual(0.4);
  }, 60_000);

  it('the heuristic never pushes tension to catastrophe itself', () => {
    for (const seed of [31, 32, 33, 34, 35, 36]) {
      const s = play(seed, { ...all('random'), US: 'heuristic', KP: 'heuristic', RU: 'heuristic' });
      if (s.end?.reason === 'catastrophe') expect(['CN', 'KR', null]).toContain(s.end.culprit);
    }
  }, 60_000);
});
