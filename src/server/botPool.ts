import { availableParallelism } from 'node:os';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { type BotLevel, chooseAction, type BotOptions } from '../ai/bot';
import type { Action, ActorId, GameState } from '../engine';

/**
 * The search bot thinks for hundreds of milliseconds (ISMCTS, 200 iterations: a median of ~380 ms here);
 * on the server's event loop that would stall every table and every device for that long. So search
 * moves are chosen on worker threads; random and heuristic moves (a fraction of a millisecond) stay
 * inline. The same seed and position give the same move on either side. This file is also the
 * workers' entry point.
 */

interface Job { readonly id: number; readonly state: GameState; readonly seat: ActorId; readonly level: BotLevel; readonly opts: BotOptions }
type Reply = { readonly id: number; readonly action: Action } | { readonly id: number; readonly error: string };
const BOOT = { summitryBots: true } as const;

if (parentPort && (workerData as typeof BOOT | undefined)?.summitryBots) {
  const port = parentPort;
  port.on('message', (j: Job) => {
    try {
      port.postMessage({ id: j.id, action: chooseAction(j.state, j.seat, j.level, j.opts) } satisfies Reply);
    } catch (e) {
      port.postMessage({ id: j.id, error: e instanceof Error ? e.message : String(e) } satisfies Reply);
    }
  });
}

/** A worker runs TypeScript under tsx: it registers tsx's hooks, then imports this module (as src/cli/analyzePool.ts does). */
function bootUrl(): URL {
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(import.meta.url)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

export class BotPool {
  private readonly workers: { w: Worker; busy: number }[] = [];
  private readonly waiting = new Map<number, { w: Worker; ok: (a: Action) => void; fail: (e: Error) => void }>();
  private nextId = 1;

  /** One thread fewer than the machine's cores (at least one): the event loop keeps a core. */
  constructor(private readonly size = Math.max(1, Math.min(4, availableParallelism() - 1))) {}

  /** Search moves on a worker thread; the others inline. */
  async choose(state: GameState, seat: ActorId, level: BotLevel, opts: BotOptions): Promise<Action> {
    if (level !== 'search') return chooseAction(state, seat, level, opts);
    const slot = this.slot();
    const id = this.nextId++;
    slot.busy += 1;
    try {
      return await new Promise<Action>((ok, fail) => {
        this.waiting.set(id, { w: slot.w, ok, fail });
        slot.w.postMessage({ id, state, seat, level, opts } satisfies Job);
      });
    } finally {
      slot.busy -= 1;
    }
  }

  private slot(): { w: Worker; busy: number } {
    const idle = this.workers.find((x) => x.busy === 0);
    if (idle) return idle;
    if (this.workers.length < this.size) {
      const w = new Worker(bootUrl(), { workerData: BOOT });
      w.unref();
      w.on('message', (r: Reply) => {
        const p = this.waiting.get(r.id);
        this.waiting.delete(r.id);
        if (!p) return;
        if ('error' in r) p.fail(new Error(r.error));
        else p.ok(r.action);
      });
      w.on('error', (e) => {
        // A crashed worker fails what it held; the next search move starts a fresh one.
        for (const [id, p] of this.waiting) {
          if (p.w !== w) continue;
          this.waiting.delete(id);
          p.fail(e);
        }
        const i = this.workers.findIndex((x) => x.w === w);
        if (i >= 0) this.workers.splice(i, 1);
      });
      const slot = { w, busy: 0 };
      this.workers.push(slot);
      return slot;
    }
    return this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.splice(0).map((x) => x.w.terminate()));
  }
}
