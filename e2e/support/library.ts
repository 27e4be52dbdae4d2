import type { Page } from '@playwright/test';

/** Reading the saved-games library (IndexedDB) of the page under test, without creating it. */

export interface SaveInPage {
  readonly header: { readonly options: { seed: number | string; rounds: number }; readonly seats: Record<string, { kind: string; name?: string }>; readonly createdAt: string };
  readonly log: readonly unknown[];
  readonly cursor: number;
}

/** The save of the game this browser has open (the `summitry:current` pointer), or null. */
export async function currentSave(page: Page): Promise<SaveInPage | null> {
  return page.evaluate(async () => {
    const id = localStorage.getItem('summitry:current');
    if (!id) return null;
    const db = await new Promise<IDBDatabase | null>((resolve) => {
      const r = indexedDB.open('summitry');
      // Not created yet: leave it to the app (creating it here would skip the app's upgrade step).
      r.onupgradeneeded = () => r.transaction?.abort();
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => resolve(null);
    });
    if (!db) return null;
    try {
      const rec = await new Promise<{ save?: unknown } | undefined>((resolve, reject) => {
        const q = db.transaction('games').objectStore('games').get(id);
        q.onsuccess = () => resolve(q.result as { save?: unknown } | undefined);
        q.onerror = () => reject(q.error);
      });
      return (rec?.save ?? null) as never;
    } finally {
      db.close();
    }
  });
}

/** How many games the library holds. */
export async function libraryCount(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase | null>((resolve) => {
      const r = indexedDB.open('summitry');
      r.onupgradeneeded = () => r.transaction?.abort();
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => resolve(null);
    });
    if (!db) return 0;
    try {
      return await new Promise<number>((resolve, reject) => {
        const q = db.transaction('games').objectStore('games').count();
        q.onsuccess = () => resolve(q.result);
        q.onerror = () => reject(q.error);
      });
    } finally {
      db.close();
    }
  });
}
