import { z } from '../zodSetup';
import type { Action, GameOptions } from '../engine';
import { actionSchema, logSchema } from '../log/schema';
import { type ChatEntry, type Role, type TableSettings, tableSettingsSchema, type TableStatus } from '../net/protocol';
import type { Db, MemberRow, SessionRow, TableRow } from './db';

/** Reads and writes of the game server's rows. Everything read back is checked with zod: a damaged row is an error, never a wrong game. */

export interface TableHeader {
  readonly rulesVersion: string;
  readonly options: GameOptions;
  readonly settings: TableSettings;
}

const headerSchema = z.strictObject({
  rulesVersion: z.string().max(20),
  // The log's own options schema, so a rules change (e.g. a string seed) has one place to change.
  options: logSchema.shape.options,
  settings: tableSettingsSchema,
});

export interface StoredTable {
  readonly id: string;
  readonly sessionId: string;
  readonly number: number;
  readonly header: TableHeader;
  readonly status: TableStatus;
}

const STATUSES: readonly TableStatus[] = ['waiting', 'playing', 'paused', 'ended'];
const now = () => new Date().toISOString();

function toTable(r: TableRow): StoredTable {
  const header = headerSchema.parse(JSON.parse(r.header)) as TableHeader;
  const status = STATUSES.includes(r.status as TableStatus) ? (r.status as TableStatus) : 'paused';
  return { id: r.id, sessionId: r.session_id, number: r.number, header, status };
}

export async function insertSession(db: Db, s: Omit<SessionRow, 'created_at'>, tables: readonly { id: string; header: TableHeader }[]): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await tx.insertInto('sessions').values({ ...s, created_at: now() }).execute();
    let n = 0;
    for (const t of tables) {
      n += 1;
      await tx.insertInto('tables').values({ id: t.id, session_id: s.id, number: n, header: JSON.stringify(t.header), status: 'waiting', created_at: now() }).execute();
    }
  });
}

export const sessionByCode = (db: Db, code: string) => db.selectFrom('sessions').selectAll().where('code', '=', code).executeTakeFirst();
export const sessionById = (db: Db, id: string) => db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();

export async function tablesOfSession(db: Db, sessionId: string): Promise<StoredTable[]> {
  const rows = await db.selectFrom('tables').selectAll().where('session_id', '=', sessionId).orderBy('number').execute();
  return rows.map(toTable);
}

export async function tableById(db: Db, id: string): Promise<StoredTable | null> {
  const r = await db.selectFrom('tables').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toTable(r) : null;
}

/** Tables whose game has not ended: rebuilt from their logs when the server starts. */
export async function unfinishedTables(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('tables').select('id').where('status', '!=', 'ended').execute();
  return rows.map((r) => r.id);
}

export async function setTableStatus(db: Db, id: string, status: TableStatus): Promise<void> {
  await db.updateTable('tables').set({ status }).where('id', '=', id).execute();
}

export async function insertMember(db: Db, m: Omit<MemberRow, 'created_at'>): Promise<void> {
  await db.insertInto('members').values({ ...m, created_at: now() }).execute();
}

export const memberByTokenHash = (db: Db, hash: string) => db.selectFrom('members').selectAll().where('token_hash', '=', hash).executeTakeFirst();
export const membersOfSession = (db: Db, sessionId: string) => db.selectFrom('members').selectAll().where('session_id', '=', sessionId).execute();
export const membersOfTable = (db: Db, tableId: string) => db.selectFrom('members').selectAll().where('table_id', '=', tableId).execute();

export async function moveMember(db: Db, id: string, tableId: string, seat: string): Promise<void> {
  await db.updateTable('members').set({ table_id: tableId, seat }).where('id', '=', id).execute();
}

/**
 * Stores action number `n` (1-based). Resolves only once committed; rejects if that number is
 * already stored, so a retried or duplicated move is never applied twice.
 */
export async function appendAction(db: Db, tableId: string, n: number, action: Action): Promise<void> {
  await db.insertInto('actions').values({ table_id: tableId, n, action: JSON.stringify(action), at: now() }).execute();
}

export async function loadActions(db: Db, tableId: string): Promise<Action[]> {
  const rows = await db.selectFrom('actions').select(['n', 'action']).where('table_id', '=', tableId).orderBy('n').execute();
  return rows.map((r, i) => {
    if (r.n !== i + 1) throw new Error(`Table ${tableId}: action ${i + 1} is missing from the log.`);
    return actionSchema.parse(JSON.parse(r.action)) as Action;
  });
}

export async function appendMessage(db: Db, tableId: string, m: ChatEntry): Promise<void> {
  await db.insertInto('messages').values({ table_id: tableId, n: m.n, sender: m.from, recipient: m.to, text: m.text, round: m.round, step: m.step, card: m.card ?? null, at: now() }).execute();
}

export async function loadMessages(db: Db, tableId: string): Promise<ChatEntry[]> {
  const rows = await db.selectFrom('messages').selectAll().where('table_id', '=', tableId).orderBy('n').execute();
  return rows.map((r) => ({
    n: r.n, from: r.sender as ChatEntry['from'], to: r.recipient as ChatEntry['to'], text: r.text, round: r.round, step: r.step,
    ...(r.card ? { card: r.card } : {}),
  }));
}

export type { Role };
