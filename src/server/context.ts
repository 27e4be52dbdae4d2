import type { BotPool } from './botPool';
import type { Db } from './db';
import type { RateLimiter } from './rateLimit';

/** What rooms need from the process that hosts them. Colyseus constructs rooms itself, so they read it here. */
export interface ServerContext {
  readonly db: Db;
  /** Join attempts per IP (tickets, codes): guessing stays slow. */
  readonly joinLimiter: RateLimiter;
  /** Where bots think: search moves on worker threads, off the event loop. */
  readonly bots: BotPool;
  /** No operational log lines (tests). */
  readonly quiet: boolean;
}

let current: ServerContext | null = null;

export function setContext(c: ServerContext | null): void {
  current = c;
}

export function context(): ServerContext {
  if (!current) throw new Error('The game server is not started.');
  return current;
}
