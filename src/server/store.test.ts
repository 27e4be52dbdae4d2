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

it('brings a database made before a column existed up to the schema (the table clock), keeping its rows', async () => {
  const { default: Database } = await import('better-sqlite3');
  const file = `${tmp.dir}/old.sqlite`;
  const old = new Database(file);
  // The tables table as the first server release made it: no clock column.
  old.exec(`create table tables (id text primary key, session_id text not null, number integer not null, header text not null, status text not null, created_at text not null)`);
  old.prepare('insert into tables values (?, ?, ?, ?, ?, ?)').run('t_old', 's_old', 1, '{}', 'playing', 'then');
  old.close();
  const db2 = await openDb({ sqlitePath: file });
  const row = await db2.selectFrom('tables').select(['id', 'status', 'clock']).where('id', '=', 't_old').executeTakeFirstOrThrow();
  expect(row).toEqual({ id: 't_old', status: 'playing', clock: null });
  await db2.updateTable('tables').set({ clock: '{"timer":null,"alert":false}' }).where('id', '=', 't_old').execute();
  // The other tables were created whole.
  expect((await db2.introspection.getTables()).map((t) => t.name).sort()).toEqual(['actions', 'members', 'messages', 'sessions', 'tables']);
  await db2.destroy();
});
