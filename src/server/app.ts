import { createReadStream, existsSync, statSync } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { matchMaker, type Presence, Server } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { ACTORS, type ActorId, RULES_VERSION } from '../engine';
import {
  API_PREFIX, assignRequestSchema, createSessionSchema, joinRequestSchema, MAX_FRAME_BYTES, MAX_MEMBERS_PER_SEAT, type OpenSeat, type SessionCreated,
  type MovedMessage, type SessionInfo, sessionRequestSchema, token as tokenSchema, shuffleRequestSchema, TABLE_ROOM, type TableSettings, type Ticket, watchRequestSchema,
} from '../net/protocol';
import { SECURITY_HEADERS } from '../csp';
import { setContext } from './context';
import { type Db, openDb } from './db';
import { BotPool } from './botPool';
import { RateLimiter } from './rateLimit';
import {
  insertMember, insertSession, memberByTokenHash, membersOfSession, moveMembers, sessionByCode, sessionById, type StoredTable, tableById, tablesOfSession, unfinishedTables,
} from './store';
import { TableRoom } from './tableRoom';
import { hashToken, newId, newJoinCode, newSeed, newToken, sameHash, shuffled } from './tokens';

/** The app's one policy (src/csp.ts, as in index.html): nothing inline, nothing from elsewhere; the WebSocket is same-origin. */
const CSP = SECURITY_HEADERS['Content-Security-Policy']!;

export interface GameServerOptions {
  readonly port: number;
  readonly host?: string;
  /** SQLite file (default data/summitry.sqlite); ignored when databaseUrl is set. */
  readonly sqlitePath: string;
  readonly databaseUrl?: string;
  readonly redisUrl?: string;
  /** Serve the built app from here (npm run serve); none in development (vite serves it). */
  readonly staticDir?: string;
  /** Rebuild unfinished tables at start (single process); with Redis, tables are rebuilt on first use. */
  readonly rebuildAtStart?: boolean;
  readonly quiet?: boolean;
  /** Join attempts an address may burst (default 20, then one every 3 s); raise it behind a proxy where a class shares one address. */
  readonly joinBurst?: number;
}

export interface GameServer {
  readonly port: number;
  readonly db: Db;
  close(): Promise<void>;
}

const MAX_BODY = 32 * 1024;
/** How long a process's claim to open a table holds if that process dies while opening it. */
const REBUILD_CLAIM_SECONDS = 30;

class HttpError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

function readBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((ok, fail) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        fail(new HttpError(413, 'ERR_TOO_LARGE', 'The request is too large.'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => {
      try {
        ok(JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null'));
      } catch {
        fail(new HttpError(400, 'ERR_SCHEMA', 'The request is not JSON.'));
      }
    });
    req.on('error', fail);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'content-security-policy': CSP });
  res.end(text);
}

const clientIp = (req: IncomingMessage): string => req.socket.remoteAddress ?? 'unknown';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.webp': 'image/webp', '.ico': 'image/x-icon', '.map': 'application/json', '.woff2': 'font/woff2', '.txt': 'text/plain; charset=utf-8',
};

export async function createGameServer(o: GameServerOptions): Promise<GameServer> {
  const db = await openDb({ sqlitePath: o.sqlitePath, ...(o.databaseUrl ? { databaseUrl: o.databaseUrl } : {}) });
  // Join codes and tickets: a burst of 20 then one every 3 s per address; guessing a 50-bit code is hopeless.
  const joinLimiter = new RateLimiter(o.joinBurst ?? 20, 1 / 3);
  const createLimiter = new RateLimiter(Math.max(10, Math.ceil((o.joinBurst ?? 0) / 10)), 1 / 30);
  const bots = new BotPool();
  setContext({ db, joinLimiter, bots, quiet: o.quiet ?? false });

  const ensuring = new Map<string, Promise<boolean>>();
  const roomRuns = async (id: string) => (await matchMaker.query({ roomId: id })).length > 0;

  /**
   * Makes sure the table's room runs somewhere (after a restart it is rebuilt from its log on first use).
   * Processes race for that first use: a claim in Colyseus's presence (Redis with several processes) lets
   * one process rebuild the room while the others wait for it to be listed, so a table never runs twice.
   */
  async function ensureRoom(id: string): Promise<void> {
    for (let attempt = 0; attempt < 3; attempt++) {
      if (await roomRuns(id)) return;
      let p = ensuring.get(id);
      if (!p) {
        p = claimAndOpen(id).finally(() => ensuring.delete(id));
        ensuring.set(id, p);
      }
      if (await p) return;
    }
    throw new Error(`Table ${id} could not be opened: another process claimed it and did not open it.`);
  }

  /** True once the room runs (here or elsewhere); false if another process's claim lapsed without it. */
  async function claimAndOpen(id: string): Promise<boolean> {
    const key = `summitry:open:${id}`;
    const claims = await matchMaker.presence.hincrbyex(key, 'claims', 1, REBUILD_CLAIM_SECONDS);
    if (claims === 1) {
      try {
        // Another process may have opened it between our look and our claim.
        if (!(await roomRuns(id))) await matchMaker.createRoom(TABLE_ROOM, { tableId: id });
        return true;
      } finally {
        await matchMaker.presence.del(key);
      }
    }
    const until = Date.now() + REBUILD_CLAIM_SECONDS * 1000;
    while (Date.now() < until) {
      await new Promise((r) => setTimeout(r, 50));
      if (await roomRuns(id)) return true;
      if (!(await matchMaker.presence.exists(key))) break;
    }
    return roomRuns(id);
  }

  /** The session a facilitator request names, if its ticket is the facilitator's; 403 otherwise (and guessing is rate-limited). */
  async function facilitatorSession(p: { success: boolean; data?: { sessionId: string; token: string } }, ip: string) {
    if (!joinLimiter.take(ip, Date.now()) || !p.success || !p.data) throw new HttpError(403, 'ERR_TOKEN', 'Not a facilitator ticket.');
    const s = await sessionById(db, p.data.sessionId);
    if (!s || !sameHash(s.facilitator_hash, hashToken(p.data.token))) throw new HttpError(403, 'ERR_TOKEN', 'Not a facilitator ticket.');
    return s;
  }

  async function sessionInfo(s: { id: string; code: string; title: string }, known?: readonly StoredTable[]): Promise<SessionInfo> {
    const tables = known ?? (await tablesOfSession(db, s.id));
    const members = await membersOfSession(db, s.id);
    return {
      sessionId: s.id, code: s.code, title: s.title, tables: tables.map((tb) => ({ id: tb.id, number: tb.number, status: tb.status })),
      members: members.filter((m) => m.role === 'team').map((m) => ({ id: m.id, name: m.name, table: tables.find((tb) => tb.id === m.table_id)?.number ?? 0, seat: m.seat as ActorId | null })),
    };
  }

  /**
   * After students joined or were moved: the tables' rooms (on this process or another, through
   * Colyseus's presence) recount their members, and the devices of moved students are sent on to their
   * new seats. A room that is not running has nothing to tell: it reads its members when it starts.
   */
  async function tellRooms(moved: readonly { id: string; from: string | null }[], tableIds: readonly (string | null)[]): Promise<void> {
    for (const id of new Set(tableIds)) {
      if (!id || (await matchMaker.query({ roomId: id })).length === 0) continue;
      const leaving = moved.filter((m) => m.from === id).map((m) => m.id);
      try {
        await matchMaker.remoteRoomCall(id, 'membersChanged', [leaving]);
      } catch (e) {
        console.error(`[server] table ${id} did not hear of its members:`, e);
      }
    }
  }

  async function api(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (req.method === 'GET' && path === 'health') return send(res, 200, { ok: true });
    if (req.method !== 'POST') throw new HttpError(405, 'ERR_SCHEMA', 'Use POST.');
    const body = await readBody(req);
    const ip = clientIp(req);
    switch (path) {
      case 'sessions': {
        if (!createLimiter.take(ip, Date.now())) throw new HttpError(429, 'ERR_RATE_LIMIT', 'Too many sessions created: wait a minute.');
        const p = createSessionSchema.safeParse(body);
        if (!p.success) throw new HttpError(400, 'ERR_SCHEMA', `Bad session settings: ${p.error.issues[0]?.path.join('.')} ${p.error.issues[0]?.message}`);
        const sessionId = newId('s');
        const facilitatorToken = newToken();
        let code = newJoinCode();
        while (await sessionByCode(db, code)) code = newJoinCode();
        const tables = p.data.tables.map((settings) => ({ id: newId('t'), header: { rulesVersion: RULES_VERSION, options: gameOptions(settings), settings } }));
        await insertSession(db, { id: sessionId, code, facilitator_hash: hashToken(facilitatorToken), title: p.data.title ?? 'Classroom session' }, tables);
        for (const t of tables) await ensureRoom(t.id);
        const out: SessionCreated = { sessionId, code, facilitatorToken, tables: tables.map((t) => t.id) };
        return send(res, 200, out);
      }
      case 'session': {
        // The facilitator's page after a reload: its token names the session.
        const s = await facilitatorSession(sessionRequestSchema.safeParse(body), ip);
        const tables = await tablesOfSession(db, s.id);
        for (const tb of tables) if (tb.status !== 'ended') await ensureRoom(tb.id);
        return send(res, 200, await sessionInfo(s, tables));
      }
      case 'assign': {
        const p = assignRequestSchema.safeParse(body);
        const s = await facilitatorSession(p, ip);
        const { member, table: number, seat } = p.data!;
        const tables = await tablesOfSession(db, s.id);
        const members = await membersOfSession(db, s.id);
        const m = members.find((x) => x.id === member && x.role === 'team');
        if (!m) throw new HttpError(404, 'ERR_NOT_FOUND', 'No such student in this session.');
        const to = tables.find((t) => t.number === number);
        if (!to || to.status === 'ended') throw new HttpError(409, 'ERR_NOT_ALLOWED', `Table ${number} is not open.`);
        if (to.header.settings.seats[seat].kind !== 'team') throw new HttpError(409, 'ERR_NOT_ALLOWED', `${seat} is played by a bot at table ${number}.`);
        if (m.table_id === to.id && m.seat === seat) return send(res, 200, await sessionInfo(s, tables));
        const there = members.filter((x) => x.role === 'team' && x.table_id === to.id && x.seat === seat).length;
        if (there >= MAX_MEMBERS_PER_SEAT) throw new HttpError(409, 'ERR_FULL', 'That team is full.');
        await moveMembers(db, [{ id: m.id, tableId: to.id, seat }]);
        await tellRooms([{ id: m.id, from: m.table_id }], [m.table_id, to.id]);
        return send(res, 200, await sessionInfo(s, tables));
      }
      case 'shuffle': {
        const s = await facilitatorSession(shuffleRequestSchema.safeParse(body), ip);
        const tables = await tablesOfSession(db, s.id);
        const open = tables.filter((t) => t.status === 'waiting');
        const seats = open.flatMap((t) => ACTORS.filter((a) => t.header.settings.seats[a].kind === 'team').map((a) => ({ tableId: t.id, seat: a })));
        if (seats.length === 0) throw new HttpError(409, 'ERR_NOT_ALLOWED', 'Students are shuffled before their tables start: no table is waiting.');
        const openIds = new Set(open.map((t) => t.id));
        const members = (await membersOfSession(db, s.id)).filter((m) => m.role === 'team' && m.table_id !== null && openIds.has(m.table_id));
        // Dealt round the seats in a random order, so team sizes differ by at most one.
        const order = shuffled(seats);
        const moves = shuffled(members).map((m, i) => ({ id: m.id, from: m.table_id, ...order[i % order.length]! }));
        const changed = moves.filter((mv) => members.find((m) => m.id === mv.id)!.seat !== mv.seat || mv.from !== mv.tableId);
        await moveMembers(db, changed);
        await tellRooms(changed, open.map((t) => t.id));
        return send(res, 200, await sessionInfo(s, tables));
      }
      case 'seats':
      case 'join':
      case 'watch': {
        if (!joinLimiter.take(ip, Date.now())) throw new HttpError(429, 'ERR_TOO_MANY_ATTEMPTS', 'Too many attempts: wait a minute and try again.');
        const parsed = path === 'join' ? joinRequestSchema.safeParse(body) : watchRequestSchema.safeParse(body);
        if (!parsed.success) throw new HttpError(400, 'ERR_SCHEMA', path === 'join' ? 'Type the join code and a name (plain text, up to 40 characters).' : 'Type the join code.');
        const s = await sessionByCode(db, parsed.data.code);
        if (!s) throw new HttpError(404, 'ERR_JOIN_CODE', 'No session has this join code. Check it with your facilitator.');
        const tables = await tablesOfSession(db, s.id);
        const members = await membersOfSession(db, s.id);
        const open = openSeats(tables, members);
        if (path === 'seats') return send(res, 200, { title: s.title, seats: open });
        if (path === 'watch') {
          const tk = newToken();
          await insertMember(db, { id: newId('m'), token_hash: hashToken(tk), session_id: s.id, table_id: null, seat: null, role: 'projector', name: 'Projector' });
          return send(res, 200, { tickets: tables.map((tb): Ticket => ({ tableId: tb.id, token: tk, role: 'projector', seat: null, table: tb.number, name: 'Projector' })) });
        }
        const j = parsed.data as unknown as { name: string; table?: number; seat?: ActorId };
        const choice = j.table !== undefined && j.seat !== undefined ? open.find((x) => x.table === j.table && x.seat === j.seat) : [...open].sort((a, b) => a.members - b.members || a.table - b.table)[0];
        if (!choice) throw new HttpError(409, 'ERR_FULL', 'That team is not open at this session.');
        if (choice.members >= MAX_MEMBERS_PER_SEAT) throw new HttpError(409, 'ERR_FULL', 'That team is full.');
        const table = tables.find((tb) => tb.number === choice.table)!;
        const tk = newToken();
        await insertMember(db, { id: newId('m'), token_hash: hashToken(tk), session_id: s.id, table_id: table.id, seat: choice.seat, role: 'team', name: j.name });
        await ensureRoom(table.id);
        await tellRooms([], [table.id]);
        const ticket: Ticket = { tableId: table.id, token: tk, role: 'team', seat: choice.seat, table: table.number, name: j.name };
        return send(res, 200, ticket);
      }
      case 'ensure': {
        const id = (body as { tableId?: unknown } | null)?.tableId;
        if (typeof id !== 'string' || id.length > 40) throw new HttpError(400, 'ERR_SCHEMA', 'A table id is needed.');
        const t = await tableById(db, id);
        if (!t) throw new HttpError(404, 'ERR_NOT_FOUND', 'No such table.');
        // A student the facilitator moved while the device was away: tell it where its ticket leads now.
        const tk = tokenSchema.safeParse((body as { token?: unknown }).token);
        const m = tk.success ? await memberByTokenHash(db, hashToken(tk.data)) : undefined;
        if (m && m.role === 'team' && m.session_id === t.sessionId && m.table_id && m.seat && (m.table_id !== t.id || (body as { seat?: unknown }).seat !== m.seat)) {
          const to = await tableById(db, m.table_id);
          if (to) return send(res, 200, { ok: true, moved: { tableId: to.id, table: to.number, seat: m.seat as ActorId } satisfies MovedMessage });
        }
        await ensureRoom(t.id);
        return send(res, 200, { ok: true });
      }
      default:
        throw new HttpError(404, 'ERR_NOT_FOUND', 'No such API.');
    }
  }

  const staticRoot = o.staticDir ? resolve(o.staticDir) : null;
  function serveStatic(req: IncomingMessage, res: ServerResponse, pathname: string): void {
    if (!staticRoot || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found');
      return;
    }
    let file = normalize(join(staticRoot, decodeURIComponent(pathname)));
    if (!file.startsWith(staticRoot)) file = join(staticRoot, 'index.html');
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(staticRoot, 'index.html');
    res.writeHead(200, {
      'content-type': MIME[extname(file)] ?? 'application/octet-stream',
      ...SECURITY_HEADERS,
      'cache-control': file.endsWith('index.html') ? 'no-cache' : 'public, max-age=3600',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  }

  const httpServer = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname.startsWith(API_PREFIX)) {
      api(req, res, url.pathname.slice(API_PREFIX.length)).catch((e: unknown) => {
        if (e instanceof HttpError) send(res, e.status, { code: e.code, message: e.message });
        else {
          console.error('[api]', e);
          send(res, 500, { code: 'ERR_STORAGE', message: 'The server could not do that just now.' });
        }
      });
      return;
    }
    serveStatic(req, res, url.pathname);
  });

  let presence: Presence | undefined;
  let driver: matchMaker.MatchMakerDriver | undefined;
  if (o.redisUrl) {
    const { RedisPresence } = await import('@colyseus/redis-presence');
    const { RedisDriver } = await import('@colyseus/redis-driver');
    presence = new RedisPresence(o.redisUrl);
    driver = new RedisDriver(o.redisUrl);
  }
  const host = o.host ?? '127.0.0.1';
  const gameServer = new Server({
    transport: new WebSocketTransport({ server: httpServer, maxPayload: MAX_FRAME_BYTES }),
    greet: false,
    gracefullyShutdown: false,
    ...(presence ? { presence } : {}),
    ...(driver ? { driver } : {}),
    // Where clients reach this process when another process hands them a seat here.
    publicAddress: `${host === '0.0.0.0' ? '127.0.0.1' : host}:${o.port}`,
  });
  gameServer.define(TABLE_ROOM, TableRoom);
  await gameServer.listen(o.port, host);
  const port = (httpServer.address() as { port: number } | null)?.port ?? o.port;

  if (o.rebuildAtStart ?? !o.redisUrl) {
    for (const id of await unfinishedTables(db)) {
      try {
        await ensureRoom(id);
      } catch (e) {
        console.error(`[server] table ${id} could not be rebuilt:`, e);
      }
    }
  }
  if (!o.quiet) console.log(`[server] Summitry game server on http://${host}:${port} (${o.databaseUrl ? 'PostgreSQL' : `SQLite ${o.sqlitePath}`}${o.redisUrl ? ', Redis' : ''})`);

  return {
    port,
    db,
    async close() {
      // Rooms waiting on a dropped device could hold a graceful shutdown: give it a few seconds, then cut.
      const grace = new Promise<void>((r) => setTimeout(r, 5000).unref());
      await Promise.race([gameServer.gracefullyShutdown(false), grace]);
      httpServer.closeAllConnections();
      await new Promise<void>((r) => httpServer.close(() => r()));
      await bots.close();
      await db.destroy();
      setContext(null);
    },
  };
}

/** A new game's options for a table. The one place a rules change to the options touches. */
function gameOptions(settings: TableSettings) {
  return { seed: newSeed(), rounds: settings.rounds };
}

function openSeats(tables: readonly StoredTable[], members: readonly { table_id: string | null; seat: string | null; role: string }[]): OpenSeat[] {
  const out: OpenSeat[] = [];
  for (const t of tables) {
    if (t.status === 'ended') continue;
    for (const a of ACTORS) {
      const s = t.header.settings.seats[a];
      if (s.kind !== 'team') continue;
      const n = members.filter((m) => m.role === 'team' && m.table_id === t.id && m.seat === a).length;
      out.push({ table: t.number, seat: a, name: s.name ?? `Team ${a}`, members: n });
    }
  }
  return out;
}
