import { ACTORS, type Action, type ActorId, apply, type GameState, newGame, toMove } from '../engine';
import { type BotLevel, type BotOptions, chooseAction } from '../ai/bot';
import { UsageError } from './run';

/**
 * Bot-vs-bot play for the command line. Seeds are derived, never drawn from a clock,
 * so the same command line always plays the same games.
 */

/** Mixes a base seed with an index into an unrelated uint32 (murmur3 finaliser). */
export function deriveSeed(base: number, index: number): number {
  let h = (Math.imul(base >>> 0, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca77)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Game `i` of a run started with seed `seed`. */
export const gameSeed = (seed: number, i: number): number => deriveSeed(seed, i);
/** Each seat's bot gets its own stream, derived from the game seed. */
export const botSeed = (game: number, seat: ActorId): number => deriveSeed(game ^ 0x5eed_b075, ACTORS.indexOf(seat));

export type BotLevels = Readonly<Record<ActorId, BotLevel>>;

export interface PlayOptions {
  readonly seed: number;
  readonly rounds: number;
  readonly bots: BotLevels;
  readonly budgetMs?: number;
  readonly iterations?: number;
  /** Stop after this many actions: a log may hold an unfinished game. */
  readonly maxActions?: number;
}

export interface PlayedGame {
  readonly start: GameState;
  readonly state: GameState;
  readonly actions: readonly Action[];
}

/** A game longer than this means a flow bug, not a long game: 100 rounds take under 2,000 actions. */
const RUNAWAY_ACTIONS = 50_000;

export function newGameFor(seed: number, rounds: number): GameState {
  const r = newGame({ seed: String(seed), rounds });
  if (!r.ok) throw new UsageError(r.error.message);
  return r.value;
}

/** Plays one game with a bot in every seat until it ends (or `maxActions` is reached). */
export function playGame(o: PlayOptions): PlayedGame {
  const start = newGameFor(o.seed, o.rounds);
  const opts = {} as Record<ActorId, BotOptions>;
  for (const seat of ACTORS) {
    opts[seat] = {
      seed: botSeed(o.seed, seat),
      ...(o.budgetMs !== undefined ? { budgetMs: o.budgetMs } : {}),
      ...(o.iterations !== undefined ? { iterations: o.iterations } : {}),
    };
  }
  const limit = o.maxActions ?? Infinity;
  const actions: Action[] = [];
  let s = start;
  for (let seat = toMove(s); seat !== null && actions.length < limit; seat = toMove(s)) {
    const action = chooseAction(s, seat, o.bots[seat], opts[seat]);
    const r = apply(s, action);
    if (!r.ok) throw new Error(`The ${o.bots[seat]} bot for ${seat} chose an illegal action at step ${s.step} (${r.error.code}: ${r.error.message}).`);
    s = r.value;
    actions.push(action);
    if (actions.length > RUNAWAY_ACTIONS) throw new Error(`Game with seed ${o.seed} did not end after ${RUNAWAY_ACTIONS} actions.`);
  }
  return { start, state: s, actions };
}
