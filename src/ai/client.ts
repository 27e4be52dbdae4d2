import type { Action, ActorId, GameState } from '../engine';
import type { BotLevel, BotOptions } from './bot';
import type { BotRequest, BotResponse } from './worker';

/** Main-thread side of the bot worker: one worker, requests matched to answers by id. */
let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { resolve: (a: Action) => void; reject: (e: Error) => void }>();

function getWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (e: MessageEvent<BotResponse>) => {
    const p = pending.get(e.data.id);
    if (!p) return;
    pending.delete(e.data.id);
    if ('action' in e.data) p.resolve(e.data.action);
    else p.reject(new Error(e.data.error));
  };
  worker.onerror = (e) => {
    for (const p of pending.values()) p.reject(new Error(e.message || 'The bot worker crashed.'));
    pending.clear();
    worker = null;
  };
  return worker;
}

export function botMove(state: GameState, seat: ActorId, level: BotLevel, opts: BotOptions): Promise<Action> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    getWorker().postMessage({ id, state, seat, level, opts } satisfies BotRequest);
  });
}
