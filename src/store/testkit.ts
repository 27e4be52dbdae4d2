import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { resetLibraryConnection } from './library';

/** A fresh, empty IndexedDB for each test (fake-indexeddb: the same API as the browser's, in memory). */
export function freshLibrary(): void {
  globalThis.indexedDB = new IDBFactory();
  resetLibraryConnection();
}

/** Makes every IndexedDB call fail as a full or blocked browser storage does. */
export function breakLibrary(reason: 'full' | 'blocked'): () => void {
  const saved = globalThis.indexedDB;
  if (reason === 'blocked') {
    // As in some private modes: there is no IndexedDB at all.
    (globalThis as { indexedDB?: IDBFactory }).indexedDB = undefined;
  } else {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function quota() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    resetLibraryConnection();
    return () => {
      IDBObjectStore.prototype.put = put;
      resetLibraryConnection();
    };
  }
  resetLibraryConnection();
  return () => {
    globalThis.indexedDB = saved;
    resetLibraryConnection();
  };
}
