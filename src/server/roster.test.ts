// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ACTORS, type ActorId } from '../engine';
import { postApi } from '../net/client';
import type { SessionInfo, Ticket } from '../net/protocol';
import { connect, createSession, facilitatorTicket, isApiError, joinSeat, tableWith, waitFor } from './testkit';
import { serverForFile } from './testHooks';

/** The facilitator's roster: live member counts per seat, moving a student, shuffling students across teams. */

const srv = serverForFile({ joinBurst: 1000 });

describe('the facilitator\'s roster', () => {
  it('counts each seat\'s students live and moves a student, whose device follows to its new seat', { timeout: 60_000 }, async () => {
    const s = await createSession(srv.base, [tableWith(['US', 'CN']), tableWith(['US', 'KP'])]);
    const auth = { sessionId: s.sessionId, token: s.facilitatorToken };
    const fac = await connect(srv.base, facilitatorTicket(s));
    const ann = await joinSeat(srv.base, s.code, 'Ann', 1, 'US');
    await joinSeat(srv.base, s.code, 'Ben', 1, 'US');
    await waitFor(fac, (u) => u.info.seats.US.members === 2 && u.info.seats.CN.members === 0);

    let movedTo: Ticket | null = null;
    const annDevice = await connect(srv.base, ann, { moved: (t) => (movedTo = t) });
    await waitFor(annDevice, (u) => u.seat === 'US');
    const info = await postApi<SessionInfo>(srv.base, 'session', auth);
    const annId = info.members.find((m) => m.name === 'Ann')!.id;

    // To China at table 1: the counts follow, Ann's device is told where to go and gets China's hand.
    const after = await postApi<SessionInfo>(srv.base, 'assign', { ...auth, member: annId, table: 1, seat: 'CN' });
    expect(after.members.find((m) => m.id === annId)).toMatchObject({ table: 1, seat: 'CN' });
    await waitFor(fac, (u) => u.info.seats.US.members === 1 && u.info.seats.CN.members === 1);
    await waitFor(annDevice, () => movedTo !== null);
    expect(movedTo).toMatchObject({ seat: 'CN', table: 1, token: ann.token });
    expect(annDevice.status).toBe('closed');
    const again = await connect(srv.base, movedTo!);
    const u = await waitFor(again, (x) => x.seat === 'CN');
    expect(u.view.actors.CN.hand).not.toBeNull();
    expect(u.view.actors.US.hand).toBeNull();

    // To table 2: the old ticket's seat there is refused, the new one opens table 2.
    movedTo = null;
    const fac2 = await connect(srv.base, facilitatorTicket(s, 1));
    let moved2: Ticket | null = null;
    await again.close();
    const annAgain = await connect(srv.base, { ...ann, seat: 'CN' }, { moved: (t) => (moved2 = t) });
    await waitFor(annAgain, (x) => x.seat === 'CN');
    await postApi(srv.base, 'assign', { ...auth, member: annId, table: 2, seat: 'KP' });
    await waitFor(annAgain, () => moved2 !== null);
    expect(moved2).toMatchObject({ tableId: s.tables[1], table: 2, seat: 'KP' });
    await waitFor(fac2, (x) => x.info.seats.KP.members === 1);
    await waitFor(fac, (x) => x.info.seats.CN.members === 0);
    // A device that was away when its student was moved learns its new seat as it opens.
    let movedAway: Ticket | null = null;
    const stale = await connect(srv.base, ann, { moved: (t) => (movedAway = t) });
    expect(stale.status).toBe('closed');
    expect(movedAway).toMatchObject({ tableId: s.tables[1], table: 2, seat: 'KP', token: ann.token });
    const atTwo = await connect(srv.base, moved2!);
    expect((await waitFor(atTwo, (x) => x.seat === 'KP')).info.number).toBe(2);

    // Not to a bot's seat, not with someone else's ticket.
    await expect(postApi(srv.base, 'assign', { ...auth, member: annId, table: 1, seat: 'RU' })).rejects.toSatisfy((e) => isApiError(e, 'ERR_NOT_ALLOWED'));
    await expect(postApi(srv.base, 'assign', { ...auth, token: ann.token, member: annId, table: 1, seat: 'US' })).rejects.toSatisfy((e) => isApiError(e, 'ERR_TOKEN'));
    for (const c of [fac, fac2, atTwo]) await c.close();
  });

  it('shuffles the students of tables that have not started evenly across their teams', { timeout: 60_000 }, async () => {
    const s = await createSession(srv.base, [tableWith(['US', 'KP', 'CN']), tableWith(['US', 'KP', 'CN'])]);
    const auth = { sessionId: s.sessionId, token: s.facilitatorToken };
    for (let i = 0; i < 7; i++) await joinSeat(srv.base, s.code, `Student ${i}`, 1, 'US');
    const before = await postApi<SessionInfo>(srv.base, 'session', auth);
    expect(before.members.every((m) => m.table === 1 && m.seat === 'US')).toBe(true);
    const after = await postApi<SessionInfo>(srv.base, 'shuffle', auth);
    const sizes = new Map<string, number>();
    for (const m of after.members) sizes.set(`${m.table}:${m.seat}`, (sizes.get(`${m.table}:${m.seat}`) ?? 0) + 1);
    // 7 students over 6 team seats: every team gets one, one gets two.
    expect(sizes.size).toBe(6);
    expect(Math.max(...sizes.values())).toBe(2);
    expect(after.members.every((m) => (['US', 'KP', 'CN'] as (ActorId | null)[]).includes(m.seat))).toBe(true);
    expect(new Set(after.members.map((m) => m.id))).toEqual(new Set(before.members.map((m) => m.id)));

    // A started table keeps its students.
    const fac = await connect(srv.base, facilitatorTicket(s));
    fac.control({ op: 'start' });
    await waitFor(fac, (u) => u.info.status === 'playing');
    const atOne = after.members.filter((m) => m.table === 1).map((m) => `${m.id}:${m.seat}`).sort();
    const again = await postApi<SessionInfo>(srv.base, 'shuffle', auth);
    expect(again.members.filter((m) => m.table === 1).map((m) => `${m.id}:${m.seat}`).sort()).toEqual(atOne);
    expect(ACTORS.filter((a) => fac.last!.info.seats[a].members > 0).sort()).toEqual(['CN', 'KP', 'US']);
    await fac.close();
  });
});
