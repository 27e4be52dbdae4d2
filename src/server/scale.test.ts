// @vitest-environment node
import { afterAll, beforeAll, expect, it } from 'vitest';
import { postApi } from '../net/client';
import { haveServices, type Service, startPostgres, startRedis } from './services';
import { autoPlay, connect, createSession, facilitatorTicket, freePort, joinSeat, type ServerProcess, spawnServer, tableWith, waitFor } from './testkit';

/**
 * Two game server processes share matchmaking through a real Redis (RedisPresence + RedisDriver)
 * and one real PostgreSQL: a table created on process A is joined through process B, and a table
 * both processes are asked to reopen at once after a restart is rebuilt by only one of them.
 * CI installs redis-server and postgresql; a machine without them skips this file (CI never does).
 */

const services = haveServices();
if (!services && process.env.CI) throw new Error('CI needs redis-server and postgresql for the two-process test (.ci/run installs them).');

const procs: ServerProcess[] = [];
let redis: Service | null = null;
let pg: Service | null = null;

async function startServer(): Promise<ServerProcess> {
  const p = await spawnServer(await freePort(), { DATABASE_URL: pg!.url, REDIS_URL: redis!.url });
  procs.push(p);
  return p;
}

beforeAll(async () => {
  if (!services) return;
  redis = await startRedis(await freePort());
  pg = await startPostgres(await freePort());
}, 120_000);

afterAll(async () => {
  for (const p of procs) await p.stop('SIGKILL');
  await redis?.stop();
  await pg?.stop();
}, 60_000);

it.skipIf(!services)('a team joins through process B a table created on process A (Redis + PostgreSQL)', { timeout: 180_000 }, async () => {
  const [a, b] = [await startServer(), await startServer()];
  const s = await createSession(a.base, [tableWith(['US'], { rounds: 1 })]);
  const fac = await connect(a.base, facilitatorTicket(s));
  // The student's device talks only to process B.
  const ticket = await joinSeat(b.base, s.code, 'Remote team', 1, 'US');
  const us = await connect(b.base, ticket);
  const first = await waitFor(us, (u) => u.seat === 'US');
  // B told A's room of its new student (a room call through Redis): the facilitator on A counts them.
  await waitFor(fac, (u) => u.info.seats.US.members === 1, 30_000);
  expect(first.view.actors.US.hand).not.toBeNull();
  const stop = autoPlay(us);
  fac.control({ op: 'start' });
  // Moves made through B reach the facilitator on A; the game plays to its end.
  await waitFor(fac, (u) => u.info.status === 'ended', 120_000);
  stop();
  expect(fac.last!.view.step).toBeGreaterThan(5);
  for (const c of [us, fac]) await c.close();
  await a.stop();
  await b.stop();
});

it.skipIf(!services)('after a restart, two processes asked at once to reopen an unfinished table rebuild it once, and both serve it', { timeout: 180_000 }, async () => {
  const a = await startServer();
  const s = await createSession(a.base, [tableWith(['US', 'CN'], { rounds: 2 })]);
  const tickets = [await joinSeat(a.base, s.code, 'US team', 1, 'US'), await joinSeat(a.base, s.code, 'CN team', 1, 'CN')];
  const fac = await connect(a.base, facilitatorTicket(s));
  const us = await connect(a.base, tickets[0]!);
  const stop = autoPlay(us);
  fac.control({ op: 'start' });
  // Waits on China's team (no device): a fixed position to find again.
  const before = await waitFor(us, (u) => u.view.step >= 1 && u.legal.length === 0 && u.view.phase !== 'ended');
  stop();
  for (const c of [us, fac]) await c.close();
  await a.stop();

  // Both come back; nothing runs the table until a device asks, and then devices ask both at once.
  const [a2, b2] = [await startServer(), await startServer()];
  const asks = Array.from({ length: 8 }, (_, i) => postApi((i % 2 ? b2 : a2).base, 'ensure', { tableId: s.tables[0] }));
  await Promise.all(asks);
  const opened = (p: ServerProcess) => p.output().split('\n').filter((l) => l.includes(`[table ${s.tables[0]}] opened`)).length;
  expect(opened(a2) + opened(b2)).toBe(1);

  // A device on each process sees the same rebuilt position.
  const usB = await connect(b2.base, tickets[0]!);
  const cnA = await connect(a2.base, tickets[1]!);
  const [x, y] = [await waitFor(usB, (u) => u.seat === 'US'), await waitFor(cnA, (u) => u.seat === 'CN')];
  expect(x.view.step).toBeGreaterThanOrEqual(before.view.step);
  expect(y.view.step).toBeGreaterThanOrEqual(before.view.step);
  await waitFor(cnA, (u) => u.view.step === usB.last!.view.step);
  expect(opened(a2) + opened(b2)).toBe(1);
  for (const c of [usB, cnA]) await c.close();
});
