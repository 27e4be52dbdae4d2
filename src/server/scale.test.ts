// @vitest-environment node
import { type ChildProcess, spawn } from 'node:child_process';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { haveServices, type Service, startPostgres, startRedis } from './services';
import { autoPlay, connect, createSession, facilitatorTicket, freePort, joinSeat, tableWith, waitFor } from './testkit';

/**
 * Two game server processes share matchmaking through a real Redis (RedisPresence + RedisDriver)
 * and one real PostgreSQL: a table created on process A is joined through process B.
 * CI installs redis-server and postgresql; a machine without them skips this file (CI never does).
 */

const services = haveServices();
if (!services && process.env.CI) throw new Error('CI needs redis-server and postgresql for the two-process test (.ci/run installs them).');

const procs: ChildProcess[] = [];
let redis: Service | null = null;
let pg: Service | null = null;

function startServer(port: number): Promise<ChildProcess> {
  return new Promise((ok, fail) => {
    const p = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: pg!.url, REDIS_URL: redis!.url },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    p.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('game server on')) ok(p);
    });
    p.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    p.on('exit', (code) => fail(new Error(`server exited (${code}): ${out}`)));
    procs.push(p);
  });
}

beforeAll(async () => {
  if (!services) return;
  redis = await startRedis(await freePort());
  pg = await startPostgres(await freePort());
}, 120_000);

afterAll(async () => {
  for (const p of procs) if (p.exitCode === null) p.kill('SIGKILL');
  await redis?.stop();
  await pg?.stop();
}, 60_000);

it.skipIf(!services)('a team joins through process B a table created on process A (Redis + PostgreSQL)', { timeout: 180_000 }, async () => {
  const [portA, portB] = [await freePort(), await freePort()];
  await startServer(portA);
  await startServer(portB);
  const a = `http://127.0.0.1:${portA}`;
  const b = `http://127.0.0.1:${portB}`;
  const s = await createSession(a, [tableWith(['US'], { rounds: 1 })]);
  const fac = await connect(a, facilitatorTicket(s));
  // The student's device talks only to process B.
  const ticket = await joinSeat(b, s.code, 'Remote team', 1, 'US');
  const us = await connect(b, ticket);
  const first = await waitFor(us, (u) => u.seat === 'US');
  expect(first.view.actors.US.hand).not.toBeNull();
  const stop = autoPlay(us);
  fac.control({ op: 'start' });
  // Moves made through B reach the facilitator on A; the game plays to its end.
  await waitFor(fac, (u) => u.info.status === 'ended', 120_000);
  stop();
  expect(fac.last!.view.step).toBeGreaterThan(5);
  for (const c of [us, fac]) await c.close();
});
