import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Kysely, PostgresDialect, sql, SqliteDialect } from 'kysely';

/**
 * The game server's storage: sessions, tables (header: options with the seed, seats, settings),
 * members (seat tickets, stored as hashes), the action log and team messages. One query layer
 * (Kysely) over two databases: embedded SQLite (WAL, synchronous=FULL) by default, PostgreSQL
 * when DATABASE_URL is set. A move is acknowledged only after its row is committed; the
 * (table_id, n) primary key means a move can never be stored twice.
 */

export interface SessionRow {
  id: string;
  code: string;
  facilitator_hash: string;
  title: string;
  created_at: string;
}
export interface TableRow {
  id: string;
  session_id: string;
  number: number;
  /** JSON: { options, settings, rulesVersion } */
  header: string;
  status: string;
  created_at: string;
}
export interface MemberRow {
  id: string;
  token_hash: string;
  session_id: string;
  table_id: string | null;
  seat: string | null;
  role: string;
  name: string;
  created_at: string;
}
export interface ActionRow {
  table_id: string;
  n: number;
  action: string;
  at: string;
}
export interface MessageRow {
  table_id: string;
  n: number;
  sender: string;
  recipient: string;
  text: string;
  round: number;
  step: number;
  card: string | null;
  at: string;
}
export interface Schema {
  sessions: SessionRow;
  tables: TableRow;
  members: MemberRow;
  actions: ActionRow;
  messages: MessageRow;
}

export type Db = Kysely<Schema>;

export interface DbConfig {
  /** postgres://… ; when absent, SQLite at `sqlitePath`. */
  readonly databaseUrl?: string;
  readonly sqlitePath: string;
}

export const DEFAULT_DATA_DIR = 'data';

export async function openDb(cfg: DbConfig): Promise<Db> {
  const where = cfg.databaseUrl ? 'the PostgreSQL database named by DATABASE_URL' : `the SQLite file ${cfg.sqlitePath}`;
  let db: Db;
  try {
    db = await connectDb(cfg);
  } catch (e) {
    throw new Error(`Cannot open ${where}: ${e instanceof Error ? e.message : String(e)}`);
  }
  try {
    await migrate(db);
  } catch (e) {
    await db.destroy().catch(() => undefined);
    throw new Error(`Cannot open ${where}: ${e instanceof Error ? e.message : String(e)}`);
  }
  return db;
}

async function connectDb(cfg: DbConfig): Promise<Db> {
  if (cfg.databaseUrl) {
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({ connectionString: cfg.databaseUrl, max: 10, connectionTimeoutMillis: 5000 });
    return new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  }
  const { default: Database } = await import('better-sqlite3');
  const file = resolve(cfg.sqlitePath);
  mkdirSync(dirname(file), { recursive: true });
  const sqlite = new Database(file);
  // WAL for concurrent readers; FULL so a committed move survives a power cut, not just a crash.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('busy_timeout = 5000');
  return new Kysely<Schema>({ dialect: new SqliteDialect({ database: sqlite }) });
}

async function migrate(db: Db): Promise<void> {
  await db.schema.createTable('sessions').ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('facilitator_hash', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createTable('tables').ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) => c.notNull())
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('header', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createTable('members').ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('session_id', 'text', (c) => c.notNull())
    .addColumn('table_id', 'text')
    .addColumn('seat', 'text')
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createTable('actions').ifNotExists()
    .addColumn('table_id', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('actions_pk', ['table_id', 'n'])
    .execute();
  await db.schema.createTable('messages').ifNotExists()
    .addColumn('table_id', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addColumn('sender', 'text', (c) => c.notNull())
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('step', 'integer', (c) => c.notNull())
    .addColumn('card', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('messages_pk', ['table_id', 'n'])
    .execute();
  await db.schema.createIndex('tables_session').ifNotExists().on('tables').column('session_id').execute();
  await db.schema.createIndex('members_table').ifNotExists().on('members').column('table_id').execute();
  await sql`select 1`.execute(db);
}
