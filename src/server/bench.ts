/**
 * `npm run --silent bench:server -- --tables N [--rounds R] [--processes 2] [--think-ms T] [--json]`
 *
 * Loopback only, bounded in time. Starts the game server as child process(es) on free ports (two
 * processes share Redis and PostgreSQL, started here, with --processes 2), creates N tables of five
 * teams, connects 5 bot-driven WebSocket clients and 1 facilitator per table, and plays full games.
 * Latency is move-to-broadcast: from a client sending its move to that client receiving the new
 * position. Memory per table: the server processes' resident memory growth divided by N.
 */
import { readFileSync } from 'node:fs';
import { ACTORS, type ActorId } from '../engine';
import type { TableConnection, TableConnectionEvents } from '../net/client';
import { haveServices, type Service, startPostgres, startRedis } from './services';
import { connect, createSession, facilitatorTicket, freePort, joinDevices, type ServerProcess, spawnServer, tableWith, tempDir } from './testkit';

const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => {
  const i = args.indexOf(`--${name}`);
  const v = i >= 0 ? Number(args[i + 1]) : dflt;
  if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name} must be a positive number`);
  return v;
};
const TABLES = Math.min(500, opt('tables', 10));
const ROUNDS = Math.min(6, opt('rounds', 2));
const PROCESSES = Math.min(2, opt('processes', 1));
const LIMIT_MS = opt('limit-seconds', 600) * 1000;
/**
 * --think-ms T: each team device waits T ms (±50 %, fixed per step) before sending its move, as people
 * and the server's own bots (botDelayMs) do. 0 (the default) is a closed loop: every table always has a
 * move in flight, so latency is mostly queueing (tables / moves per second), a stress figure.
 */
const THINK_MS = args.includes('--think-ms') ? Math.max(0, Number(args[args.indexOf('--think-ms') + 1]) || 0) : 0;
const JSON_OUT = args.includes('--json');
/** --profile DIR: the server process(es) write V8 CPU profiles there (stopped with SIGTERM so they flush). */
const PROFILE_DIR = args.includes('--profile') ? args[args.indexOf('--profile') + 1] ?? 'profiles' : null;
const log = (...x: unknown[]) => { if (!JSON_OUT) console.error('[bench:server]', ...x); };

const rssKB = (pid: number): number => {
  const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) : 0;
};

const pct = (xs: number[], p: number) => {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! * 100) / 100;
};

async function main(): Promise<void> {
  const tmp = tempDir('summitry-bench-');
  const services: Service[] = [];
  const procs: ServerProcess[] = [];
  const conns: TableConnection[] = [];
  const hardStop = setTimeout(() => {
    console.error('[bench:server] time limit reached');
    for (const p of procs) p.child.kill('SIGKILL');
    process.exit(2);
  }, LIMIT_MS + 120_000);
  hardStop.unref();
  try {
    let env: Record<string, string> = { SUMMITRY_DATA: tmp.dir, DATABASE_URL: '', REDIS_URL: '' };
    if (PROCESSES > 1) {
      if (!haveServices()) throw new Error('--processes 2 needs redis-server and postgresql installed.');
      const redis = await startRedis(await freePort());
      services.push(redis);
      const pg = await startPostgres(await freePort());
      services.push(pg);
      env = { ...env, DATABASE_URL: pg.url, REDIS_URL: redis.url };
    }
    const bases: string[] = [];
    for (let i = 0; i < PROCESSES; i++) {
      const port = await freePort();
      // --profile: SIGTERM at the end lets the server write its CPU profile.
      const p = await spawnServer(port, { JOIN_BURST: '100000', ...env }, PROFILE_DIR ? ['--cpu-prof', '--cpu-prof-dir', PROFILE_DIR] : []);
      procs.push(p);
      bases.push(p.base);
    }
    const rssBefore = procs.reduce((n, p) => n + rssKB(p.child.pid!), 0);
    log(`${TABLES} tables, ${ROUNDS} rounds, ${PROCESSES} process(es), think ${THINK_MS} ms`);

    const latencies: number[] = [];
    let moves = 0;
    let ended = 0;
    const facs: TableConnection[] = [];
    const settings = tableWith([...ACTORS], { rounds: ROUNDS });
    for (let made = 0; made < TABLES; made += 10) {
      const n = Math.min(10, TABLES - made);
      const base = bases[(made / 10) % bases.length]!;
      const s = await createSession(base, Array.from({ length: n }, () => settings));
      for (let t = 0; t < n; t++) {
        // Clients spread over the processes: with two, half of every table's devices come through the other one.
        const devices = new Map<ActorId, TableConnection>();
        const bot = (seat: ActorId): TableConnectionEvents => {
          const k = ACTORS.indexOf(seat);
          let sentAt = 0;
          let sentStep = -1;
          let thinking = -1;
          return {
            update: (u) => {
              if (sentStep >= 0 && u.view.step > sentStep) {
                latencies.push(performance.now() - sentAt);
                moves += 1;
                sentStep = -1;
              }
              if (u.legal.length > 0 && u.info.status === 'playing' && sentStep < 0 && thinking !== u.view.step) {
                const step = u.view.step;
                const move = u.legal[(step * 7) % u.legal.length]!;
                const send = () => {
                  sentStep = step;
                  sentAt = performance.now();
                  devices.get(seat)?.act(move, step);
                };
                if (THINK_MS === 0) send();
                else {
                  thinking = step;
                  setTimeout(send, THINK_MS * (0.5 + ((step * 37 + k * 11 + (made + t) * 53) % 100) / 100));
                }
              }
            },
          };
        };
        // Clients spread over the processes: with two, half of every table's devices come through the other one.
        const joined = await joinDevices(s.code, t + 1, ACTORS, { via: (_seat, k) => bases[(t + k) % bases.length]!, on: bot, name: (seat) => `bot ${seat}` });
        for (const d of joined) {
          devices.set(d.seat, d.conn);
          conns.push(d.conn);
        }
        const fac = await connect(base, facilitatorTicket(s, t), { update: (u) => { if (u.info.status === 'ended' && !(fac as unknown as { done?: boolean }).done) { (fac as unknown as { done?: boolean }).done = true; ended += 1; } } });
        facs.push(fac);
        conns.push(fac);
      }
    }
    log(`connected ${conns.length} clients; starting`);
    const t0 = performance.now();
    for (const f of facs) f.control({ op: 'start' });
    let peakRss = 0;
    while (ended < TABLES && performance.now() - t0 < LIMIT_MS) {
      await new Promise((r) => setTimeout(r, 250));
      peakRss = Math.max(peakRss, procs.reduce((n, p) => n + rssKB(p.child.pid!), 0));
    }
    const secs = (performance.now() - t0) / 1000;
    const out = {
      tables: TABLES,
      clients: conns.length,
      moves,
      p50Ms: pct(latencies, 50),
      p95Ms: pct(latencies, 95),
      p99Ms: pct(latencies, 99),
      memoryPerTableKB: Math.round((peakRss - rssBefore) / TABLES),
      movesPerSec: Math.round((moves / secs) * 10) / 10,
      ...(PROCESSES > 1 ? { processes: PROCESSES } : {}),
      ...(THINK_MS > 0 ? { thinkMs: THINK_MS } : {}),
      ...(ended < TABLES ? { unfinishedTables: TABLES - ended } : {}),
    };
    console.log(JSON_OUT ? JSON.stringify(out) : out);
  } finally {
    await Promise.all(conns.map((c) => c.close().catch(() => undefined)));
    for (const p of procs) await p.stop('SIGTERM');
    for (const s of services) await s.stop().catch(() => undefined);
    tmp.remove();
  }
  process.exit(0);
}

main().catch((e: unknown) => {
  console.error(`[bench:server] ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
