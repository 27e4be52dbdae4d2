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
  /** JSON: the table's countdown and alert ({ timer, alert }), so a restart keeps the clock; null before the first. */
  clock: string | null;
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

const kinds = new WeakMap<Db, 'sqlite' | 'postgres'>();
/** Which database a Db talks to: SQLite has one connection (writes one at a time), PostgreSQL a pool. */
export const dbKind = (db: Db): 'sqlite' | 'postgres' => kinds.get(db) ?? 'sqlite';
/** Connections in the PostgreSQL pool. */
export const PG_POOL_SIZE = 10;

async function connectDb(cfg: DbConfig): Promise<Db> {
  if (cfg.databaseUrl) {
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({ connectionString: cfg.databaseUrl, max: PG_POOL_SIZE, connectionTimeoutMillis: 5000 });
    const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
    kinds.set(db, 'postgres');
    return db;
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

/**
 * The schema, described once and applied to either database: missing tables are created, and
 * columns added since a database was made are added to it (new columns are nullable, so old rows
 * stay valid). Kysely's introspection reads what exists in SQLite and PostgreSQL alike.
 */
interface ColumnSpec {
  readonly type: 'text' | 'integer';
  readonly notNull?: boolean;
  readonly unique?: boolean;
  readonly primaryKey?: boolean;
}
type TableSpec<T> = { readonly columns: { readonly [K in keyof T]-?: ColumnSpec }; readonly primaryKey?: readonly (keyof T & string)[] };

const text = (x: Omit<ColumnSpec, 'type'> = {}): ColumnSpec => ({ type: 'text', notNull: true, ...x });
const integer: ColumnSpec = { type: 'integer', notNull: true };
const nullableText: ColumnSpec = { type: 'text' };

export const SCHEMA: { readonly [T in keyof Schema]: TableSpec<Schema[T]> } = {
  sessions: { columns: { id: text({ primaryKey: true }), code: text({ unique: true }), facilitator_hash: text(), title: text(), created_at: text() } },
  tables: { columns: { id: text({ primaryKey: true }), session_id: text(), number: integer, header: text(), status: text(), clock: nullableText, created_at: text() } },
  members: {
    columns: { id: text({ primaryKey: true }), token_hash: text({ unique: true }), session_id: text(), table_id: nullableText, seat: nullableText, role: text(), name: text(), created_at: text() },
  },
  actions: { columns: { table_id: text(), n: integer, action: text(), at: text() }, primaryKey: ['table_id', 'n'] },
  messages: {
    columns: { table_id: text(), n: integer, sender: text(), recipient: text(), text: text(), round: integer, step: integer, card: nullableText, at: text() },
    primaryKey: ['table_id', 'n'],
  },
};
const INDEXES: readonly { name: string; table: keyof Schema; column: string }[] = [
  { name: 'tables_session', table: 'tables', column: 'session_id' },
  { name: 'members_table', table: 'members', column: 'table_id' },
];

async function migrate(db: Db): Promise<void> {
  const existing = new Map((await db.introspection.getTables()).map((t) => [t.name, new Set(t.columns.map((c) => c.name))]));
  for (const [name, spec] of Object.entries(SCHEMA) as [keyof Schema, TableSpec<Record<string, unknown>>][]) {
    const have = existing.get(name);
    const columns = Object.entries(spec.columns);
    if (!have) {
      let create = db.schema.createTable(name).ifNotExists();
      for (const [col, c] of columns) {
        create = create.addColumn(col, c.type, (b) => {
          let x = b;
          if (c.primaryKey) x = x.primaryKey();
          if (c.notNull) x = x.notNull();
          if (c.unique) x = x.unique();
          return x;
        });
      }
      if (spec.primaryKey) create = create.addPrimaryKeyConstraint(`${name}_pk`, [...spec.primaryKey] as never);
      await create.execute();
    } else {
      for (const [col, c] of columns) {
        if (have.has(col)) continue;
        if (c.notNull || c.unique || c.primaryKey) throw new Error(`The schema adds a required column ${name}.${col}: a new column must be nullable.`);
        await db.schema.alterTable(name).addColumn(col, c.type).execute();
      }
    }
  }
  for (const ix of INDEXES) await db.schema.createIndex(ix.name).ifNotExists().on(ix.table).column(ix.column).execute();
  await sql`select 1`.execute(db);
}
