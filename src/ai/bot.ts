import type { Action, ActorId, GameState } from '../engine';
import { seedRng } from '../engine';
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

/** One entry point for every bot level, used by the UI worker, the CLI and the tests. */
export function chooseAction(s: GameState, seat: ActorId, level: BotLevel, opts: BotOptions): Action {
  switch (level) {
    case 'random':
    case 'heuristic':
    case 'search':
      // Heuristic and search bots are being built; until then every level plays randomly.
      return randomAction(s, seat, seedRng(opts.seed ^ s.step))[0];
  }
}
