/// <reference lib="webworker" />
import type { Action, ActorId, GameState } from '../engine';
import { chooseAction, type BotLevel, type BotOptions } from './bot';

export interface BotRequest {
  readonly id: number;
  readonly state: GameState;
  readonly seat: ActorId;
  readonly level: BotLevel;
  readonly opts: BotOptions;
}
export type BotResponse = { readonly id: number; readonly action: Action } | { readonly id: number; readonly error: string };

/** Bots think here, off the main thread, so the page never freezes. */
self.onmessage = (e: MessageEvent<BotRequest>) => {
  const { id, state, seat, level, opts } = e.data;
  try {
    const action = chooseAction(state, seat, level, opts);
    (self as unknown as Worker).postMessage({ id, action } satisfies BotResponse);
  } catch (err) {
    (self as unknown as Worker).postMessage({ id, error: err instanceof Error ? err.message : String(err) } satisfies BotResponse);
  }
};
