import { ACTORS, type ActorId, stateHash, winner } from '../engine';
import { type BotLevels, gameSeed, type PlayedGame, playGame } from './play';

/** Many bot games, summed up: the numbers the balance work and CI read. */

export interface SimOptions {
  readonly games: number;
  readonly seed: number;
  readonly rounds: number;
  readonly bots: BotLevels;
  readonly budgetMs?: number;
  readonly iterations?: number;
}

type PerActor<T> = Record<ActorId, T>;

export interface SimSummary {
  readonly games: number;
  readonly seed: number;
  readonly rounds: number;
  readonly bots: BotLevels;
  /** The search bots' budget, present only when a seat plays search. */
  readonly search?: { readonly iterations?: number; readonly budgetMs?: number };
  /** Games won by each actor (catastrophes have no winner). */
  readonly wins: PerActor<number>;
  /** wins / games. */
  readonly winShare: PerActor<number>;
  readonly catastrophes: number;
  /** Who pushed tension to the top in each catastrophe; `world` when a world event did. */
  readonly culprits: PerActor<number> & { world: number };
  readonly avgRounds: number;
  readonly avgActions: number;
  readonly avgDeals: number;
  readonly avgVp: PerActor<number>;
  /** stateHash of each game's final state, in game order: a fingerprint of the whole run. */
  readonly finalHashes: readonly string[];
}

const perActor = <T>(v: T): PerActor<T> => Object.fromEntries(ACTORS.map((a) => [a, v])) as PerActor<T>;
/** Fixed decimals keep the JSON short and identical across runs. */
const round = (x: number, places = 4): number => Number(x.toFixed(places));

/** Plays `games` games; `onGame` sees each one (to save logs) before it is dropped from memory. */
export function simulate(o: SimOptions, onGame?: (game: PlayedGame, index: number) => void): SimSummary {
  const wins = perActor(0);
  const culprits = { ...perActor(0), world: 0 };
  const vp = perActor(0);
  let catastrophes = 0;
  let rounds = 0;
  let actions = 0;
  let deals = 0;
  const finalHashes: string[] = [];
  for (let i = 0; i < o.games; i++) {
    const game = playGame({
      seed: gameSeed(o.seed, i), rounds: o.rounds, bots: o.bots,
      ...(o.budgetMs !== undefined ? { budgetMs: o.budgetMs } : {}),
      ...(o.iterations !== undefined ? { iterations: o.iterations } : {}),
    });
    const s = game.state;
    const w = winner(s);
    if (w) wins[w] += 1;
    if (s.end?.reason === 'catastrophe') {
      catastrophes += 1;
      culprits[s.end.culprit ?? 'world'] += 1;
    }
    for (const a of ACTORS) vp[a] += s.actors[a].vp;
    rounds += s.round;
    actions += s.step;
    deals += s.deals.length;
    finalHashes.push(stateHash(s));
    onGame?.(game, i);
  }
  const n = Math.max(o.games, 1);
  return {
    games: o.games,
    seed: o.seed,
    rounds: o.rounds,
    bots: { ...o.bots },
    ...(ACTORS.some((a) => o.bots[a] === 'search') ? { search: { ...(o.iterations !== undefined ? { iterations: o.iterations } : {}), ...(o.budgetMs !== undefined ? { budgetMs: o.budgetMs } : {}) } } : {}),
    wins,
    winShare: Object.fromEntries(ACTORS.map((a) => [a, round(wins[a] / n)])) as PerActor<number>,
    catastrophes,
    culprits,
    avgRounds: round(rounds / n, 3),
    avgActions: round(actions / n, 3),
    avgDeals: round(deals / n, 3),
    avgVp: Object.fromEntries(ACTORS.map((a) => [a, round(vp[a] / n, 3)])) as PerActor<number>,
    finalHashes,
  };
}
