// @vitest-environment node
// First: the recording socket must be in place before colyseus.js loads.
import { frames, recorder } from './recordingSocket';
import { unpackMultiple } from '@colyseus/msgpackr';
import { expect, it } from 'vitest';
import { ACTORS, type ActorId, type GameState } from '../engine';
import { replayActions } from '../log';
import { applyPatch } from '../net/patch';
import type { TableConnection } from '../net/client';
import type { PatchMessage, TableUpdate } from '../net/protocol';
import { loadActions, tableById } from './store';
import { autoPlay, connect, createSession, facilitatorTicket, joinDevices, tableWith, waitFor, watch } from './testkit';
import { serverForFile } from './testHooks';

/**
 * Secrets by inspection: every WebSocket frame that reaches a team's (or the projector's) device
 * over a full game is captured as it arrives on the socket, decoded, and checked against the true
 * position at that step: no other seat's hand or objective, no deck order, seed or PRNG state.
 */

const srv = serverForFile();

const ROOM_DATA = 13;
function decode(bytes: Uint8Array): { type: unknown; message: unknown } | null {
  if (bytes[0] !== ROOM_DATA) return null;
  const [type, message] = unpackMultiple(Buffer.from(bytes.subarray(1))) as [unknown, unknown];
  return { type, message };
}

function walk(x: unknown, keys: Set<string>, strings: Set<string>, numbers: Set<number>): void {
  if (typeof x === 'string') strings.add(x);
  else if (typeof x === 'number') numbers.add(x);
  else if (Array.isArray(x)) for (const y of x) walk(y, keys, strings, numbers);
  else if (x && typeof x === 'object') {
    for (const [k, v] of Object.entries(x)) {
      keys.add(k);
      walk(v, keys, strings, numbers);
    }
  }
}

it('no frame a team or the projector receives reveals another seat\'s hand or objective, the deck, the seed or the PRNG state before the end', { timeout: 120_000 }, async () => {
  const teams: ActorId[] = ['US', 'CN'];
  const session = await createSession(srv.base, [tableWith(teams, { rounds: 3 })]);
  const conns = (await joinDevices(session.code, 1, teams, { via: () => srv.base, before: (seat) => (recorder.owner = seat) })).map((d) => d.conn);
  recorder.owner = 'projector';
  const projector = await connect(srv.base, (await watch(srv.base, session.code)).tickets[0]!);
  recorder.owner = 'facilitator';
  const fac = await connect(srv.base, facilitatorTicket(session));
  const stops = conns.map((c, i) => autoPlay(c, (n) => (i * 7 + n * 3) % n));
  conns[0]!.chat('CN', 'A private word for China only.');
  fac.control({ op: 'start' });
  await waitFor(projector, (u) => u.info.status === 'ended', 110_000);
  stops.forEach((s) => s());

  const table = (await tableById(srv.db, session.tables[0]!))!;
  const actions = await loadActions(srv.db, table.id);
  const states = replayActions(table.header.options, actions);
  expect(states.ok).toBe(true);
  const truth: readonly GameState[] = states.ok ? states.value : [];
  const seed = table.header.options.seed;

  let checked = 0;
  let sawEnd = false;
  const byOwner = new Map<string, number>();
  // Each device's position as it holds it: whole updates, then patches applied in arrival order.
  const held = new Map<string, TableUpdate>();
  let patches = 0;
  let usSawHand = false;
  for (const f of frames) {
    if (f.owner === 'facilitator') continue;
    const d = decode(f.bytes);
    if (!d || (d.type !== 'update' && d.type !== 'patch')) continue;
    const u = d.type === 'update' ? (d.message as TableUpdate) : applyPatch(held.get(f.owner)!, (d.message as PatchMessage).p);
    held.set(f.owner, u);
    if (f.owner === 'US' && (u.view.actors.US.hand ?? []).length > 0) usSawHand = true;
    if (u.info.status === 'ended') {
      sawEnd = true;
      continue;
    }
    if (d.type === 'patch') {
      patches += 1;
      // The patch itself carries no secret key (the raw-bytes check below covers its strings).
      const pk = new Set<string>();
      walk(d.message, pk, new Set(), new Set());
      for (const k of ['seed', 'rng', 'deck']) expect(pk.has(k), `key "${k}" in a patch to ${f.owner}`).toBe(false);
    }
    const s = truth[u.view.step]!;
    const me: ActorId | null = f.owner === 'projector' ? null : (f.owner as ActorId);
    const keys = new Set<string>();
    const strings = new Set<string>();
    const numbers = new Set<number>();
    walk(u, keys, strings, numbers);
    for (const k of ['seed', 'rng', 'deck']) expect(keys.has(k), `key "${k}" in a frame to ${f.owner}`).toBe(false);
    expect(strings.has(seed), `the seed in a frame to ${f.owner}`).toBe(false);
    for (const a of ACTORS) {
      if (a === me) continue;
      for (const card of s.actors[a].hand) expect(strings.has(card), `${a}'s card ${card} in a frame to ${f.owner} at step ${u.view.step}`).toBe(false);
      // Every objective dealt to another seat (both choices, and the kept one) stays out of every frame, by value and
      // in the raw bytes. Before an actor keeps one its objective is '', which is no secret.
      for (const id of new Set([...s.actors[a].objectiveChoices, s.actors[a].objective].filter((x) => x !== ''))) {
        expect(strings.has(id), `${a}'s objective ${id} in a frame to ${f.owner} at step ${u.view.step}`).toBe(false);
        expect(Buffer.from(f.bytes).includes(id), `${a}'s objective ${id} in the raw bytes to ${f.owner}`).toBe(false);
      }
      // Rules 2.0 adds a forecast and two objective choices per actor (src/engine on branch rules2): another
      // seat's are blank in every view before the end. Read by name so this file serves both rule sets.
      const seen = u.view.actors[a] as unknown as Record<string, unknown>;
      const truthOf = s.actors[a] as unknown as Record<string, unknown>;
      for (const k of ['forecast', 'objectiveChoices']) {
        if (truthOf[k] !== undefined && truthOf[k] !== null) expect(seen[k] ?? null, `${a}'s ${k} in a frame to ${f.owner}`).toBeNull();
      }
    }
    // Deck order: none of the undrawn cards appears anywhere.
    for (const card of s.deck) expect(strings.has(card), `deck card ${card} in a frame to ${f.owner}`).toBe(false);
    // Private messages reach only their two teams.
    if (me !== 'US' && me !== 'CN') expect(u.messages.some((m) => m.text.includes('private word'))).toBe(false);
    byOwner.set(f.owner, (byOwner.get(f.owner) ?? 0) + 1);
    checked += 1;
  }
  expect(sawEnd).toBe(true);
  expect(byOwner.get('US')).toBeGreaterThan(10);
  expect(byOwner.get('CN')).toBeGreaterThan(10);
  expect(byOwner.get('projector')).toBeGreaterThan(10);
  expect(checked).toBeGreaterThan(50);
  expect(patches).toBeGreaterThan(30);
  // The teams did see their own hands (the check is not vacuous).
  expect(usSawHand).toBe(true);
  for (const c of [...conns, projector, fac]) await c.close();
});

it('a move one team device proposes (confirm mode) reaches only that team\'s devices, never another team, the projector or the facilitator', { timeout: 60_000 }, async () => {
  const session = await createSession(srv.base, [tableWith(['US', 'CN'], { teamMode: 'confirm' })]);
  const [us1, us2, cn] = (await joinDevices(session.code, 1, ['US', 'US', 'CN'], { via: () => srv.base, before: (seat) => (recorder.owner = `proposal-${seat}`) })).map((d) => d.conn) as [TableConnection, TableConnection, TableConnection];
  recorder.owner = 'proposal-projector';
  const projector = await connect(srv.base, (await watch(srv.base, session.code)).tickets[0]!);
  recorder.owner = 'proposal-facilitator';
  const fac = await connect(srv.base, facilitatorTicket(session));
  const since = frames.length;
  fac.control({ op: 'start' });
  const u = await waitFor(us1, (x) => x.info.status === 'playing' && x.legal.length > 0);
  // The first move is secret: under rules 2.0 the US keeps one of its two objectives (a card move names a card of its hand).
  const move = u.legal.find((a) => 'card' in a || 'objective' in a)!;
  const card = 'card' in move ? move.card : (move as { objective: string }).objective;
  us1.act(move, u.view.step);
  const seen = await waitFor(us2, (x) => x.info.proposal !== null);
  expect(seen.info.proposal!.action).toEqual(move);
  expect(seen.view.step).toBe(u.view.step);
  for (const c of [cn, projector, fac]) expect(c.last!.info.proposal).toBeNull();
  // Byte by byte: no frame to another seat, the projector or the facilitator named the card while it was only proposed.
  const others = frames.slice(since).filter((f) => f.owner === 'proposal-CN' || f.owner === 'proposal-projector' || f.owner === 'proposal-facilitator');
  expect(others.length).toBeGreaterThan(2);
  for (const f of others) expect(Buffer.from(f.bytes).includes(card), `the proposed card in a frame to ${f.owner}`).toBe(false);
  for (const c of [us1, us2, cn, projector, fac]) await c.close();
});
