import { z } from '../zodSetup';
import type { Action, GameOptions } from '../engine';
import { actionSchema, logSchema } from '../log/schema';
import { type ChatEntry, type Role, type TableSettings, tableSettingsSchema, type TableStatus } from '../net/protocol';
import { type Db, dbKind, type MemberRow, PG_POOL_SIZE, type SessionRow, type TableRow } from './db';
import type { Transaction } from 'kysely';
import type { TimerState } from '../classroom/timer';
import type { Schema } from './db';

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

/** A table's countdown and its time-is-up alert, as stored with the table. */
export interface TableClock {
  readonly timer: TimerState | null;
  readonly alert: boolean;
}

const clockSchema = z.strictObject({
  timer: z.strictObject({
    key: z.string().max(20), durationMs: z.number().int().min(0), remainingMs: z.number().min(0), deadline: z.number().nullable(),
  }).nullable(),
  alert: z.boolean(),
});

export interface StoredTable {
  readonly id: string;
  readonly sessionId: string;
  readonly number: number;
  readonly header: TableHeader;
  readonly status: TableStatus;
  readonly clock: TableClock | null;
}

const STATUSES: readonly TableStatus[] = ['waiting', 'playing', 'paused', 'ended'];
const now = () => new Date().toISOString();

function toTable(r: TableRow): StoredTable {
  const header = headerSchema.parse(JSON.parse(r.header)) as TableHeader;
  const status = STATUSES.includes(r.status as TableStatus) ? (r.status as TableStatus) : 'paused';
  // A damaged clock is dropped (the countdown starts afresh), never a reason to lose the table.
  let clock: ReturnType<typeof clockSchema.safeParse> | null = null;
  try {
    clock = r.clock ? clockSchema.safeParse(JSON.parse(r.clock)) : null;
  } catch {
    clock = null;
  }
  return { id: r.id, sessionId: r.session_id, number: r.number, header, status, clock: clock?.success ? clock.data : null };
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

/** The countdown, written with the next batch of moves (group commit). */
export function setTableClock(db: Db, id: string, clock: TableClock): Promise<void> {
  const json = JSON.stringify(clock);
  return groupCommit(db).write((tx) => tx.updateTable('tables').set({ clock: json }).where('id', '=', id).execute());
}

export async function setTableStatus(db: Db, id: string, status: TableStatus): Promise<void> {
  await db.updateTable('tables').set({ status }).where('id', '=', id).execute();
}

export async function insertMember(db: Db, m: Omit<MemberRow, 'created_at'>): Promise<void> {
  await db.insertInto('members').values({ ...m, created_at: now() }).execute();
}

export const memberByTokenHash = (db: Db, hash: string) => db.selectFrom('members').selectAll().where('token_hash', '=', hash).executeTakeFirst();
export const memberById = (db: Db, id: string) => db.selectFrom('members').selectAll().where('id', '=', id).executeTakeFirst();
export const membersOfSession = (db: Db, sessionId: string) => db.selectFrom('members').selectAll().where('session_id', '=', sessionId).execute();
export const membersOfTable = (db: Db, tableId: string) => db.selectFrom('members').selectAll().where('table_id', '=', tableId).execute();

/** Students to new teams, all or none. */
export async function moveMembers(db: Db, moves: readonly { id: string; tableId: string; seat: string }[]): Promise<void> {
  if (moves.length === 0) return;
  await db.transaction().execute(async (tx) => {
    for (const m of moves) await tx.updateTable('members').set({ table_id: m.tableId, seat: m.seat }).where('id', '=', m.id).execute();
  });
}

type Write = (tx: Transaction<Schema>) => Promise<unknown>;

/**
 * Group commit: the moves and messages of all tables that arrive in the same turn of the event loop
 * are written in one transaction, so they share one sync to disk (SQLite with synchronous=FULL spent
 * about a millisecond per move on its own fsync, blocking the process; PostgreSQL saves round trips).
 * Each write still resolves only once its transaction has committed. If a batch fails, its writes are
 * retried one by one, so one table's refused write never refuses another table's.
 */
class GroupCommit {
  private pending: { write: Write; ok: () => void; fail: (e: unknown) => void }[] = [];
  private inFlight = 0;
  private scheduled = false;

  /**
   * `maxInFlight`: batches written at once. SQLite's one connection writes one at a time anyway; with
   * PostgreSQL's pool several batches commit side by side (one at a time made a commit's round trips
   * and fsync the limit of every table on the process).
   */
  constructor(private readonly db: Db, private readonly maxInFlight: number) {}

  write(write: Write): Promise<void> {
    return new Promise((ok, fail) => {
      this.pending.push({ write, ok, fail });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.pending.length === 0 || this.inFlight >= this.maxInFlight) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    if (this.pending.length === 0 || this.inFlight >= this.maxInFlight) return;
    this.inFlight += 1;
    const batch = this.pending;
    this.pending = [];
    try {
      await this.db.transaction().execute(async (tx) => {
        for (const w of batch) await w.write(tx);
      });
      for (const w of batch) w.ok();
    } catch (e) {
      if (batch.length === 1) batch[0]!.fail(e);
      else {
        for (const w of batch) {
          try {
            await this.db.transaction().execute(async (tx) => void (await w.write(tx)));
            w.ok();
          } catch (e1) {
            w.fail(e1);
          }
        }
      }
    } finally {
      this.inFlight -= 1;
      // What arrived while this batch was being written goes in the next one.
      this.schedule();
    }
  }
}

const commits = new WeakMap<Db, GroupCommit>();
function groupCommit(db: Db): GroupCommit {
  let g = commits.get(db);
  if (!g) {
    g = new GroupCommit(db, dbKind(db) === 'postgres' ? Math.max(1, PG_POOL_SIZE / 2) : 1);
    commits.set(db, g);
  }
  return g;
}

/**
 * Stores action number `n` (1-based). Resolves only once committed; rejects if that number is
 * already stored, so a retried or duplicated move is never applied twice.
 */
export function appendAction(db: Db, tableId: string, n: number, action: Action, alsoStatus?: TableStatus): Promise<void> {
  const row = { table_id: tableId, n, action: JSON.stringify(action), at: now() };
  return groupCommit(db).write(async (tx) => {
    await tx.insertInto('actions').values(row).execute();
    // The last move and the table's end in the same transaction.
    if (alsoStatus) await tx.updateTable('tables').set({ status: alsoStatus }).where('id', '=', tableId).execute();
  });
}

export async function loadActions(db: Db, tableId: string): Promise<Action[]> {
  const rows = await db.selectFrom('actions').select(['n', 'action']).where('table_id', '=', tableId).orderBy('n').execute();
  return rows.map((r, i) => {
    if (r.n !== i + 1) throw new Error(`Table ${tableId}: action ${i + 1} is missing from the log.`);
    return actionSchema.parse(JSON.parse(r.action)) as Action;
  });
}

export function appendMessage(db: Db, tableId: string, m: ChatEntry): Promise<void> {
  const row = { table_id: tableId, n: m.n, sender: m.from, recipient: m.to, text: m.text, round: m.round, step: m.step, card: m.card ?? null, at: now() };
  return groupCommit(db).write((tx) => tx.insertInto('messages').values(row).execute());
}

export async function loadMessages(db: Db, tableId: string): Promise<ChatEntry[]> {
  const rows = await db.selectFrom('messages').selectAll().where('table_id', '=', tableId).orderBy('n').execute();
  return rows.map((r) => ({
    n: r.n, from: r.sender as ChatEntry['from'], to: r.recipient as ChatEntry['to'], text: r.text, round: r.round, step: r.step,
    ...(r.card ? { card: r.card } : {}),
  }));
}

export type { Role };
