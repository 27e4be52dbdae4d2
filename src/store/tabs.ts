/**
 * Tabs of this browser that have the same game open talk over a BroadcastChannel: one tab is live
 * (it plays and saves), the others follow it read-only until they take over. The library's revision
 * check (putGame) is the backstop when two tabs race.
 */

export type TabMessage =
  /** A tab opened this game: the live tab, if any, answers. */
  | { readonly t: 'hello'; readonly id: string; readonly from: string }
  /** The live tab's answer, with the game as it stands. */
  | { readonly t: 'live'; readonly id: string; readonly from: string; readonly rev: number; readonly save: unknown }
  /** The live tab saved a change. */
  | { readonly t: 'saved'; readonly id: string; readonly from: string; readonly rev: number; readonly save: unknown }
  /** A following tab became live: the others follow it. */
  | { readonly t: 'takeover'; readonly id: string; readonly from: string }
  /** The live tab is closing: a follower may take over. */
  | { readonly t: 'bye'; readonly id: string; readonly from: string };

const CHANNEL = 'summitry-games';

export interface TabLink {
  readonly tabId: string;
  post(msg: TabMessage): void;
  close(): void;
}

function randomId(): string {
  const b = new Uint8Array(8);
  globalThis.crypto.getRandomValues(b);
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

/** Opens the channel; without BroadcastChannel (very old browsers) each tab plays alone, still guarded by the revision check. */
export function openTabLink(onMessage: (msg: TabMessage) => void): TabLink {
  const tabId = randomId();
  let channel: BroadcastChannel | null = null;
  try {
    channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  } catch {
    channel = null;
  }
  if (channel) {
    channel.onmessage = (e: MessageEvent) => {
      const m = e.data as TabMessage | null;
      if (m && typeof m === 'object' && typeof m.t === 'string' && typeof m.id === 'string' && m.from !== tabId) onMessage(m);
    };
  }
  return {
    tabId,
    post(msg) {
      try {
        channel?.postMessage(msg);
      } catch {
        // A closed channel (page unloading): nothing to tell.
      }
    },
    close() {
      channel?.close();
      channel = null;
    },
  };
}

/**
 * Which tab is live on a game is decided by a Web Lock named after the game: the live tab holds it
 * as long as it plays (the browser frees it when the tab closes or crashes); another tab that finds
 * it taken follows; taking over steals it, and the tab that lost it follows. Without Web Locks
 * (very old browsers) every tab is live and the library's revision check keeps the moves.
 */
export interface LiveLock {
  /** Tries to become live on `id` (stealing it from another tab if `steal`). True once live. */
  claim(id: string, steal: boolean): Promise<boolean>;
  /** Stops being live (another game opened, or the game closed). */
  release(): void;
}

export function createLiveLock(onLost: (id: string) => void, onGained: (id: string) => void): LiveLock {
  let held: { id: string; release: () => void } | null = null;
  let waiting: AbortController | null = null;
  const locks = typeof navigator !== 'undefined' ? (navigator as Navigator & { locks?: LockManager }).locks : undefined;
  const name = (id: string) => `summitry-game:${id}`;
  /** Holds the lock until released; the request's promise rejects if another tab steals it. */
  const hold = (id: string, granted: () => void) => (lock: Lock | null) => {
    if (!lock) return undefined;
    return new Promise<void>((release) => {
      held = { id, release };
      granted();
    });
  };
  const lost = (id: string) => () => {
    // Stolen by a tab that took over (AbortError), or our own wait cancelled: only the first matters.
    if (held?.id !== id) return;
    held = null;
    onLost(id);
    wait(id);
  };
  /** Waits in line: when the live tab closes (or moves to another game) this one becomes live. */
  const wait = (id: string) => {
    if (!locks) return;
    const ctrl = new AbortController();
    waiting = ctrl;
    locks.request(name(id), { signal: ctrl.signal }, hold(id, () => onGained(id))).catch(lost(id));
  };
  return {
    claim(id, steal) {
      if (held?.id === id) return Promise.resolve(true);
      this.release();
      if (!locks) return Promise.resolve(true);
      return new Promise<boolean>((resolve) => {
        locks
          .request(name(id), steal ? { steal: true } : { ifAvailable: true }, (lock) => {
            if (!lock) {
              resolve(false);
              wait(id);
              return undefined;
            }
            return hold(id, () => resolve(true))(lock);
          })
          .catch(lost(id));
      });
    },
    release() {
      waiting?.abort();
      waiting = null;
      held?.release();
      held = null;
    },
  };
}
