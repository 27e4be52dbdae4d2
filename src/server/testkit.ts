import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ACTORS, type ActorId } from '../engine';
import { type ApiError, postApi, TableConnection, type TableConnectionEvents } from '../net/client';
import { DEFAULT_SETTINGS, type SessionCreated, type TableSettings, type TableUpdate, type Ticket } from '../net/protocol';
import { createGameServer, type GameServer, type GameServerOptions } from './app';

/** Helpers for the server's tests and benchmark (Node only). */

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

export function tempDir(prefix = 'summitry-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A game server in this process on a free port with its own SQLite file, for a test file's beforeAll; `close` removes it all. */
export async function testServer(o: Partial<GameServerOptions> = {}): Promise<{ server: GameServer; base: string; close: () => Promise<void> }> {
  const tmp = tempDir();
  const port = await freePort();
  const server = await createGameServer({ port, sqlitePath: `${tmp.dir}/db.sqlite`, quiet: true, ...o });
  return {
    server,
    base: `http://127.0.0.1:${port}`,
    async close() {
      await server.close();
      tmp.remove();
    },
  };
}

/** A game server as its own process (`src/server/main.ts`), as the restart and two-process tests and the benchmark run it. */
export interface ServerProcess {
  readonly child: ChildProcess;
  readonly base: string;
  /** Everything it printed so far. */
  output(): string;
  /** SIGTERM (it closes and flushes) or SIGKILL (a crash); resolves once it has exited. */
  stop(signal?: 'SIGTERM' | 'SIGKILL'): Promise<void>;
}

export function spawnServer(port: number, env: Record<string, string>, nodeArgs: readonly string[] = []): Promise<ServerProcess> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'src/server/main.ts'], {
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let started = false;
    const gone = new Promise<void>((r) => child.once('exit', () => r()));
    const handle: ServerProcess = {
      child,
      base: `http://127.0.0.1:${port}`,
      output: () => out,
      async stop(signal = 'SIGTERM') {
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.kill(signal);
        const t = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await gone;
        clearTimeout(t);
      },
    };
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (!started && out.includes('game server on')) {
        started = true;
        ok(handle);
      }
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => {
      if (!started) fail(new Error(`server exited (${code}): ${out}`));
    });
  });
}

/** Table settings with the given team seats; the rest are bots. Fast: no bot delay, no timer. */
export function tableWith(teams: readonly ActorId[], patch: Partial<TableSettings> = {}): TableSettings {
  const seats = {} as Record<ActorId, TableSettings['seats'][ActorId]>;
  for (const a of ACTORS) seats[a] = teams.includes(a) ? { kind: 'team', name: `Team ${a}` } : { kind: 'bot', level: 'random' };
  return { ...DEFAULT_SETTINGS, botDelayMs: 0, timerScope: 'off', ...patch, seats };
}

export const createSession = (base: string, tables: TableSettings[]) => postApi<SessionCreated>(base, 'sessions', { tables });
export const joinSeat = (base: string, code: string, name: string, table?: number, seat?: ActorId) =>
  postApi<Ticket>(base, 'join', { code, name, ...(table !== undefined ? { table } : {}), ...(seat ? { seat } : {}) });
export const watch = (base: string, code: string) => postApi<{ tickets: Ticket[] }>(base, 'watch', { code });
export const facilitatorTicket = (s: SessionCreated, i = 0): Ticket => ({ tableId: s.tables[i]!, token: s.facilitatorToken, role: 'facilitator', seat: null, table: i + 1, name: 'Facilitator' });

export async function connect(base: string, ticket: Ticket, on: TableConnectionEvents = {}): Promise<TableConnection> {
  const c = new TableConnection(base, ticket, on);
  await c.open();
  return c;
}

export interface Device {
  readonly seat: ActorId;
  readonly ticket: Ticket;
  readonly conn: TableConnection;
}

/**
 * One team device per seat at table `table` (1-based) of a session: each joins its seat and connects.
 * `via` picks the process a seat's device talks to (two-process runs); `on` gives its events; `before`
 * runs just before each connection opens (e.g. to label the frames it will receive).
 */
export async function joinDevices(
  code: string, table: number, seats: readonly ActorId[],
  o: { via: (seat: ActorId, k: number) => string; on?: (seat: ActorId) => TableConnectionEvents; before?: (seat: ActorId) => void; name?: (seat: ActorId) => string },
): Promise<Device[]> {
  const out: Device[] = [];
  for (const [k, seat] of seats.entries()) {
    const base = o.via(seat, k);
    const ticket = await joinSeat(base, code, o.name?.(seat) ?? `Team ${seat}`, table, seat);
    o.before?.(seat);
    out.push({ seat, ticket, conn: await connect(base, ticket, o.on?.(seat) ?? {}) });
  }
  return out;
}

/** Resolves with the first update (already received or next) that passes `test`. */
export function waitFor(c: TableConnection, test: (u: TableUpdate) => boolean, timeoutMs = 60_000): Promise<TableUpdate> {
  return new Promise((ok, fail) => {
    if (c.last && test(c.last)) return ok(c.last);
    const t = setTimeout(() => {
      clearInterval(i);
      fail(new Error(`Timed out waiting; last update: step ${c.last?.view.step}, status ${c.last?.info.status}`));
    }, timeoutMs);
    const i = setInterval(() => {
      if (c.last && test(c.last)) {
        clearTimeout(t);
        clearInterval(i);
        ok(c.last);
      }
    }, 5);
  });
}

/** How long a test device waits for an answer to its move before it moves again. */
const RETRY_MS = 1000;

/** Plays a seat: `pick` chooses among the legal moves of each update (it may read the update), until `holdAt`. */
export function autoPlay(c: TableConnection, pick: (n: number, u: TableUpdate) => number = () => 0, holdAt: (u: TableUpdate) => boolean = () => false): () => void {
  // Once per update received, not once per step: after a restart the server may send the same step
  // again (a move in flight when it was killed was never stored), and that move must be made again.
  // A move the server refused without changing the position (its rate limit, when bots move fast and the same
  // step arrives twice) brings no new update: after a second with none, the device asks again, as a player would.
  let lastUpdate: TableUpdate | null = null;
  let sentAt = 0;
  const i = setInterval(() => {
    const u = c.last;
    if (!u || u.legal.length === 0 || u.info.status !== 'playing' || holdAt(u)) return;
    if (u === lastUpdate && Date.now() - sentAt < RETRY_MS) return;
    lastUpdate = u;
    sentAt = Date.now();
    c.act(u.legal[pick(u.legal.length, u)]!, u.view.step);
  }, 2);
  return () => clearInterval(i);
}

export const isApiError = (e: unknown, code: string): boolean => (e as ApiError)?.code === code;
