// @vitest-environment node
import { afterAll, expect, it } from 'vitest';
import { replayActions } from '../log';
import { openDb } from './db';
import { loadActions, tableById } from './store';
import { autoPlay, connect, createSession, facilitatorTicket, freePort, joinSeat, type ServerProcess, spawnServer, tableWith, tempDir, waitFor } from './testkit';

/**
 * The server process is killed (SIGKILL, no goodbye) while moves are flowing, then started again
 * on the same SQLite file: every table is rebuilt from its log, the devices reconnect to their
 * seats with their tickets, and no move is lost or stored twice.
 */

const tmp = tempDir();
let child: ServerProcess | null = null;
const startServer = (port: number) => spawnServer(port, { SUMMITRY_DATA: tmp.dir, DATABASE_URL: '', REDIS_URL: '' });

afterAll(async () => {
  await child?.stop('SIGKILL');
  tmp.remove();
});

it('resumes every unfinished table from the database after the server is killed mid-game', { timeout: 180_000 }, async () => {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  child = await startServer(port);
  // Table 2 has a round countdown and a team that never moves: the restart must keep its clock.
  const s = await createSession(base, [tableWith(['US', 'CN'], { rounds: 4 }), tableWith(['KR'], { rounds: 4, timerScope: 'round', timerSeconds: 600 })]);
  const us = await connect(base, await joinSeat(base, s.code, 'US team', 1, 'US'));
  const cn = await connect(base, await joinSeat(base, s.code, 'CN team', 1, 'CN'));
  const fac = await connect(base, facilitatorTicket(s));
  const fac2 = await connect(base, facilitatorTicket(s, 1));
  const stops = [autoPlay(us), autoPlay(cn)];
  fac.control({ op: 'start' });
  fac2.control({ op: 'start' });
  await waitFor(fac, (u) => u.view.step >= 12, 60_000);
  // Paused after some of its ten minutes ran: a fixed amount of time left to compare after the restart.
  await waitFor(fac2, (u) => u.info.timer !== null && u.info.status === 'playing' && u.info.timer.leftMs < 600_000);
  fac2.control({ op: 'pause' });
  const clockBefore = (await waitFor(fac2, (u) => u.info.status === 'paused')).info.timer!;
  expect(clockBefore.running).toBe(false);
  expect(clockBefore.leftMs).toBeLessThan(600_000);

  // Killed while moves keep coming.
  const lastBeforeKill = fac2.last;
  await child.stop('SIGKILL');
  const seenBefore = fac.last!.view.step;
  child = await startServer(port);

  // The devices come back on their own (tickets) and the game goes on to the end.
  const end = await waitFor(fac, (u) => u.info.status === 'ended', 120_000);
  // Table 2's countdown survived: same round, same time left, still paused.
  const clockAfter = (await waitFor(fac2, (u) => u !== lastBeforeKill)).info.timer!;
  expect(clockAfter).toEqual(clockBefore);
  stops.forEach((f) => f());
  expect(end.view.step).toBeGreaterThan(seenBefore);
  expect(us.last!.seat).toBe('US');
  expect(us.status).toBe('online');

  await child.stop('SIGTERM');
  child = null;
  const db = await openDb({ sqlitePath: `${tmp.dir}/summitry.sqlite` });
  const table = (await tableById(db, s.tables[0]!))!;
  const actions = await loadActions(db, table.id);
  // Every stored move is legal from the seed, in order, once: the whole log replays.
  const replay = replayActions(table.header.options, actions);
  expect(replay.ok).toBe(true);
  expect(actions.length).toBe(end.view.step);
  expect(table.status).toBe('ended');
  await db.destroy();
  for (const c of [us, cn, fac, fac2]) await c.close();
});
