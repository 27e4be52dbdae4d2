import type { Action, ActorId, GameState } from '../engine';
import { seedRng } from '../engine';
import { heuristicAction } from './heuristic';
import { searchAction } from './mcts';
import { randomAction } from './random';

/** Bot strengths a seat can be given. */
export const BOT_LEVELS = ['random', 'heuristic', 'search'] as const;
export type BotLevel = (typeof BOT_LEVELS)[number];

export interface BotOptions {
  /** Seeds the bot's own choices; the same seed and state give the same move. */
  readonly seed: number;
  /** Search bot only: thinking budget in milliseconds (wall clock) or iterations. */
  readonly budgetMs?: number;
  readonly iterations?: number;
}

/** With neither budget given, the search bot thinks this long (in the browser worker). */
export const DEFAULT_BUDGET_MS = 300;

/** One entry point for every bot level, used by the UI worker, the CLI and the tests. */
export function chooseAction(s: GameState, seat: ActorId, level: BotLevel, opts: BotOptions): Action {
  // The bot's own stream: a function of its seed and the position, never of a clock.
  const rng = seedRng((opts.seed ^ Math.imul(s.step + 1, 0x9e3779b1)) >>> 0);
  switch (level) {
    case 'random':
      return randomAction(s, seat, seedRng(opts.seed ^ s.step))[0];
    case 'heuristic':
      return heuristicAction(s, seat, rng)[0];
    case 'search':
      return searchAction(s, seat, rng, opts.iterations === undefined && opts.budgetMs === undefined ? { budgetMs: DEFAULT_BUDGET_MS } : opts);
  }
}
