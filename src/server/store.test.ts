// @vitest-environment node
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { Action } from '../engine';
import { type Db, openDb } from './db';
import { appendAction, appendMessage, loadActions, loadMessages } from './store';
import { tempDir } from './testkit';

const tmp = tempDir();
let db: Db;
beforeAll(async () => {
  db = await openDb({ sqlitePath: `${tmp.dir}/db.sqlite` });
});
afterAll(async () => {
  await db.destroy();
  tmp.remove();
});

const move = (i: number): Action => ({ type: 'decline', actor: i % 2 ? 'US' : 'CN' }) as Action;

it('writes the moves of many tables that arrive together in one transaction (one sync to disk), each acknowledged after the commit', async () => {
  const tx = vi.spyOn(db, 'transaction');
  const writes = Array.from({ length: 40 }, (_, i) => appendAction(db, `t${i % 10}`, Math.floor(i / 10) + 1, move(i)));
  writes.push(appendMessage(db, 't0', { n: 1, from: 'US', to: 'all', text: 'hello', round: 1, step: 0 }));
  await Promise.all(writes);
  expect(tx).toHaveBeenCalledTimes(1);
  tx.mockRestore();
  for (let t = 0; t < 10; t++) expect(await loadActions(db, `t${t}`)).toHaveLength(4);
  expect(await loadMessages(db, 't0')).toHaveLength(1);
});

it('refuses only the write that cannot be stored: the others in its batch are committed', async () => {
  const results = await Promise.allSettled([
    appendAction(db, 'u1', 1, move(1)),
    appendAction(db, 't0', 1, move(1)), // already stored: a move is never stored twice
    appendAction(db, 'u2', 1, move(2)),
  ]);
  expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  expect(await loadActions(db, 'u1')).toHaveLength(1);
  expect(await loadActions(db, 'u2')).toHaveLength(1);
  expect(await loadActions(db, 't0')).toHaveLength(4);
});
