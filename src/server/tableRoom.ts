import { type AuthContext, type Client, getMessageBytes, Protocol, Room, ServerError } from '@colyseus/core';
import { chooseAction } from '../ai/bot';
import { type Action, ACTOR_INFO, ACTORS, type ActorId, apply, describeAction, type GameState, getCard, legalActions, RULES_VERSION, toMove, view } from '../engine';
import { type GameLog, makeLog, replayActions, type Seats } from '../log';
import { addTime, expired, newTimer, pause, remaining, resume, type TimerState } from '../classroom/timer';
import {
  actMessageSchema, chatMessageSchema, type ChatEntry, CLIENT_MESSAGES, type ClientMessageType, type ControlMessage, controlMessageSchema,
  type MovedMessage, type NetErrorCode, type PatchMessage, RECONNECT_SECONDS, type Role, roomJoinSchema, type SeatInfo, SERVER_MOVED, SERVER_PATCH, SERVER_UPDATE, type TableInfo,
  syncMessageSchema, type TableStatus, type TableUpdate,
} from '../net/protocol';
import { diff } from '../net/patch';
import { context } from './context';
import { hashToken, sameHash } from './tokens';
import {
  appendAction, appendMessage, loadActions, loadMessages, memberById, memberByTokenHash, membersOfTable, setTableClock, setTableStatus, sessionById, type StoredTable, tableById,
} from './store';

/** Who a connected device is: fixed by its ticket at join, never by what it sends later. */
export interface Seat {
  readonly role: Role;
  readonly seat: ActorId | null;
  readonly name: string;
  readonly memberId: string;
}

/** The bot that plays a team's move when its time runs out (as in the hot-seat classroom). */
const TIMEOUT_BOT = 'heuristic' as const;
/** After a restart, a running countdown keeps its deadline, but the devices get at least this long to reconnect and move. */
const RESTORE_GRACE_MS = 15_000;
/** Messages per second a device may send, with a small burst. */
const RATE_BURST = 10;
const RATE_PER_SECOND = 5;

const botSeed = (tableId: string, step: number): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < tableId.length; i++) h = Math.imul(h ^ tableId.charCodeAt(i), 0x01000193);
  return (h ^ Math.imul(step + 1, 0x9e3779b1)) >>> 0;
};

/**
 * One table: the authoritative game. The full GameState lives only here; each device gets
 * `view(state, itsSeat)` through client.send (no Colyseus schema state is synchronised).
 * Every change is written to the database before anyone hears of it.
 */
export class TableRoom extends Room<object, unknown, Seat> {
  private table!: StoredTable;
  private game!: GameState;
  private actions: Action[] = [];
  private messages: ChatEntry[] = [];
  private status: TableStatus = 'waiting';
  private timer: TimerState | null = null;
  private alert = false;
  private proposal: { seat: ActorId; action: Action; by: string; step: number } | null = null;
  // Plain timers: the room's Colyseus clock only ticks with a patch or simulation loop, which this room does not run.
  private pendingBot: ReturnType<typeof setTimeout> | null = null;
  private pendingExpiry: ReturnType<typeof setTimeout> | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private buckets = new Map<string, { tokens: number; at: number }>();
  private endLog: GameLog | null = null;
  /** Students whose tickets name each seat of this table (connected or not). */
  private memberCount: Partial<Record<ActorId, number>> = {};
  /** The clock as last written, so an unchanged clock is not written again. */
  private savedClock = '';
  private clockWrite: Promise<unknown> = Promise.resolve();
  /** The last update each connection received (a reconnection is a new Client: it gets a whole update). */
  private sent = new WeakMap<Client, TableUpdate>();
  /** The last update made for each kind of device (role and seat): the base the next patch is taken from. */
  private lastByKey = new Map<string, TableUpdate>();

  override async onCreate(options: { tableId?: unknown }): Promise<void> {
    const tableId = typeof options.tableId === 'string' ? options.tableId : '';
    const table = await tableById(context().db, tableId);
    if (!table) throw new ServerError(404, `No table ${tableId}.`);
    this.roomId = table.id;
    this.table = table;
    this.autoDispose = false;
    this.maxClients = 200;
    this.setPatchRate(null);
    this.setSeatReservationTime(30);
    // A table begun under older rules cannot be continued by today's engine (its moves replay only under their own
    // rules, src/log/rulesets.ts): say so instead of failing to rebuild it.
    if (table.header.rulesVersion !== RULES_VERSION) {
      throw new ServerError(410, `Table ${table.number} was played under rules ${table.header.rulesVersion}; this server plays rules ${RULES_VERSION} and cannot continue it.`);
    }
    // Rebuild from the log: the same engine replays every stored move.
    this.actions = await loadActions(context().db, table.id);
    const r = replayActions(table.header.options, this.actions);
    if (!r.ok) throw new Error(`Table ${table.id} cannot be rebuilt from its log: ${r.error.message}`);
    this.game = r.value[r.value.length - 1]!;
    this.messages = await loadMessages(context().db, table.id);
    await this.countMembers();
    this.status = table.status === 'playing' && this.game.phase === 'ended' ? 'ended' : table.status;
    if (table.clock) {
      // The countdown as it was stored: the same key keeps it (afterChange starts a new one only for a new step or round).
      const t = table.clock.timer;
      const now = Date.now();
      this.timer = t && t.deadline !== null ? { ...t, deadline: Math.max(t.deadline, now + Math.min(RESTORE_GRACE_MS, t.durationMs)) } : t;
      this.alert = table.clock.alert;
      this.savedClock = JSON.stringify(table.clock);
    }
    for (const type of Object.keys(CLIENT_MESSAGES) as ClientMessageType[]) {
      this.onMessage(type, (client, msg: unknown) => this.receive(client, type, msg));
    }
    this.onMessage('*', (client, type) => this.refuse(client, 'ERR_SCHEMA', `Unknown message type "${String(type).slice(0, 40)}".`));
    this.setMetadata({ session: table.sessionId, number: table.number });
    if (!context().quiet) console.log(`[table ${table.id}] opened on process ${process.pid}: ${this.actions.length} moves replayed, ${this.status}`);
    void this.afterChange();
  }

  override async onAuth(client: Client, options: unknown, ctx: AuthContext): Promise<Seat> {
    const ip = ctx.ip ? String(ctx.ip) : 'unknown';
    if (!context().joinLimiter.take(`room:${ip}`, Date.now())) throw new ServerError(429, 'Too many attempts: wait a minute and try again.');
    const o = roomJoinSchema.safeParse(options);
    if (!o.success) throw new ServerError(400, 'A ticket is needed to join a table.');
    const hash = hashToken(o.data.token);
    const db = context().db;
    const member = await memberByTokenHash(db, hash);
    if (member && member.session_id === this.table.sessionId) {
      if (member.role === 'team' && member.table_id === this.table.id && member.seat && (ACTORS as readonly string[]).includes(member.seat)) {
        return { role: 'team', seat: member.seat as ActorId, name: member.name, memberId: member.id };
      }
      if (member.role === 'projector') return { role: 'projector', seat: null, name: member.name, memberId: member.id };
    }
    const session = await sessionById(db, this.table.sessionId);
    if (session && sameHash(session.facilitator_hash, hash)) return { role: 'facilitator', seat: null, name: 'Facilitator', memberId: 'facilitator' };
    throw new ServerError(403, 'This ticket does not open this table.');
  }

  override onJoin(client: Client<Seat>, _options: unknown, auth: Seat): void {
    client.userData = auth;
    this.broadcastUpdates();
  }

  override async onLeave(client: Client<Seat>, consented: boolean): Promise<void> {
    this.buckets.delete(client.sessionId);
    this.broadcastUpdates();
    if (consented) return;
    try {
      // A closed laptop or a Wi-Fi gap: the device gets its seat back on the same session.
      await this.allowReconnection(client, RECONNECT_SECONDS);
      this.broadcastUpdates();
    } catch {
      // Gone for good; its ticket still rejoins the seat as a new connection.
    }
  }

  override onDispose(): void {
    if (this.pendingBot) clearTimeout(this.pendingBot);
    if (this.pendingExpiry) clearTimeout(this.pendingExpiry);
  }

  // ---- messages ----

  private refuse(client: Client, code: NetErrorCode, message: string): void {
    client.send('error', { code, message });
  }

  private allowed(client: Client): boolean {
    const now = Date.now();
    const b = this.buckets.get(client.sessionId) ?? { tokens: RATE_BURST, at: now };
    b.tokens = Math.min(RATE_BURST, b.tokens + ((now - b.at) / 1000) * RATE_PER_SECOND);
    b.at = now;
    this.buckets.set(client.sessionId, b);
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  }

  private receive(client: Client<Seat>, type: ClientMessageType, raw: unknown): void {
    if (!this.allowed(client)) return this.refuse(client, 'ERR_RATE_LIMIT', 'Too many messages: slow down.');
    const who = client.userData;
    if (!who) return this.refuse(client, 'ERR_NOT_ALLOWED', 'Not joined.');
    if (type === 'act') {
      const m = actMessageSchema.safeParse(raw);
      if (!m.success) return this.refuse(client, 'ERR_SCHEMA', `A move must be {action, step}: ${m.error.issues[0]?.message ?? 'bad shape'}.`);
      this.serial(() => this.act(client, who, m.data.action as Action, m.data.step));
    } else if (type === 'chat') {
      const m = chatMessageSchema.safeParse(raw);
      if (!m.success) return this.refuse(client, 'ERR_SCHEMA', `A message must be {to, text} with plain text of at most 400 characters.`);
      if (who.role !== 'team' || !who.seat) return this.refuse(client, 'ERR_NOT_ALLOWED', 'Only teams send diplomatic messages.');
      if (m.data.to === who.seat) return this.refuse(client, 'ERR_SCHEMA', 'A team does not write to itself.');
      const seat = who.seat;
      this.serial(() => this.post(client, { from: seat, to: m.data.to, text: m.data.text }));
    } else if (type === 'sync') {
      if (!syncMessageSchema.safeParse(raw).success) return this.refuse(client, 'ERR_SCHEMA', 'A sync request carries nothing.');
      // The device could not apply a patch: its next update is whole.
      this.sent.delete(client);
      this.broadcastUpdates();
    } else {
      const m = controlMessageSchema.safeParse(raw);
      if (!m.success) return this.refuse(client, 'ERR_SCHEMA', 'Unknown facilitator command.');
      if (who.role !== 'facilitator') return this.refuse(client, 'ERR_NOT_ALLOWED', 'Only the facilitator runs the table.');
      this.serial(() => this.control(client, m.data));
    }
  }

  /** Runs changes one at a time, in arrival order: a check and its write never interleave with another's. */
  private serial(fn: () => Promise<void>): void {
    this.queue = this.queue.then(fn).catch((e: unknown) => {
      console.error(`[table ${this.roomId}]`, e);
    });
  }

  private async act(client: Client<Seat>, who: Seat, action: Action, step: number): Promise<void> {
    if (who.role !== 'team' || !who.seat) return this.refuse(client, 'ERR_NOT_ALLOWED', 'Only a team at this table can move.');
    if (action.actor !== who.seat) return this.refuse(client, 'ERR_NOT_YOUR_SEAT', `Your ticket is for ${ACTOR_INFO[who.seat].name}; you cannot move for ${ACTOR_INFO[action.actor].name}.`);
    if (this.status !== 'playing' || this.game.phase === 'ended') return this.refuse(client, 'ERR_NOT_PLAYING', this.status === 'waiting' ? 'The facilitator has not started this table yet.' : this.status === 'paused' ? 'The table is paused.' : 'The game is over.');
    if (step !== this.game.step) return this.refuse(client, 'ERR_STALE', 'The position changed before your move arrived: look again and choose.');
    const next = apply(this.game, action);
    if (!next.ok) return this.refuse(client, 'ERR_RULE', next.error.message);
    if (this.table.header.settings.teamMode === 'confirm' && this.onlineAt(who.seat) > 1) {
      const p = this.proposal;
      const same = p && p.step === step && JSON.stringify(p.action) === JSON.stringify(action);
      if (!same || p.by === client.sessionId) {
        this.proposal = { seat: who.seat, action, by: client.sessionId, step };
        this.broadcastUpdates();
        return;
      }
    }
    await this.commit(action, next.value, client);
  }

  /** Writes the move, then makes it the position and tells everyone. A failed write changes nothing. */
  private async commit(action: Action, next: GameState, client: Client | null): Promise<void> {
    try {
      await appendAction(context().db, this.table.id, this.actions.length + 1, action, next.phase === 'ended' ? 'ended' : undefined);
    } catch (e) {
      if (client) this.refuse(client, 'ERR_STORAGE', 'The move could not be saved, so it was not played. Try again.');
      console.error(`[table ${this.roomId}] storage`, e);
      return;
    }
    this.actions.push(action);
    this.game = next;
    this.proposal = null;
    if (next.phase === 'ended') this.status = 'ended';
    void this.afterChange();
  }

  private async post(client: Client | null, m: Omit<ChatEntry, 'n' | 'round' | 'step'>): Promise<void> {
    const entry: ChatEntry = { ...m, n: this.messages.length + 1, round: this.game.round, step: this.game.step };
    try {
      await appendMessage(context().db, this.table.id, entry);
    } catch (e) {
      if (client) this.refuse(client, 'ERR_STORAGE', 'The message could not be saved, so it was not sent.');
      console.error(`[table ${this.roomId}] storage`, e);
      return;
    }
    this.messages.push(entry);
    this.broadcastUpdates();
  }

  private async setStatus(status: TableStatus): Promise<void> {
    await setTableStatus(context().db, this.table.id, status);
    this.status = status;
  }

  private async control(client: Client, c: ControlMessage): Promise<void> {
    const now = Date.now();
    switch (c.op) {
      case 'start':
        if (this.status !== 'waiting') return this.refuse(client, 'ERR_NOT_ALLOWED', 'This table has already started.');
        await this.setStatus('playing');
        break;
      case 'pause':
        if (this.status !== 'playing') return this.refuse(client, 'ERR_NOT_ALLOWED', 'Only a running table can be paused.');
        await this.setStatus('paused');
        break;
      case 'resume':
        if (this.status !== 'paused') return this.refuse(client, 'ERR_NOT_ALLOWED', 'Only a paused table can be resumed.');
        await this.setStatus('playing');
        this.alert = false;
        break;
      case 'end':
        if (this.status === 'ended') return;
        await this.setStatus('ended');
        break;
      case 'addTime':
        if (this.timer) this.timer = addTime(this.timer, c.seconds * 1000, now);
        this.alert = false;
        break;
      case 'playForTeam':
        this.alert = false;
        await this.botMove(TIMEOUT_BOT, true);
        return;
      case 'inject': {
        const card = getCard(c.card);
        if (!card) return this.refuse(client, 'ERR_SCHEMA', `No card "${c.card}".`);
        await this.post(client, { from: 'facilitator', to: 'all', text: `Crisis: ${card.name}. ${card.flavor ?? ''}`.trim(), card: card.id });
        return;
      }
    }
    await this.afterChange(true);
  }

  // ---- students ----

  private async countMembers(): Promise<void> {
    const count: Partial<Record<ActorId, number>> = {};
    for (const m of await membersOfTable(context().db, this.table.id)) {
      if (m.role === 'team' && m.seat && (ACTORS as readonly string[]).includes(m.seat)) count[m.seat as ActorId] = (count[m.seat as ActorId] ?? 0) + 1;
    }
    this.memberCount = count;
  }

  /**
   * Called by the API (through Colyseus's presence, whichever process holds this room) after students
   * joined or the facilitator moved them. Each device of a student who left this seat is told where its
   * ticket now leads and is let go; it joins its new table with the same ticket.
   */
  async membersChanged(leaving: readonly string[]): Promise<void> {
    await this.countMembers();
    const db = context().db;
    for (const client of [...this.clients]) {
      const who = client.userData;
      if (!who || who.role !== 'team' || !leaving.includes(who.memberId)) continue;
      const m = await memberById(db, who.memberId);
      const table = m?.table_id ? await tableById(db, m.table_id) : null;
      if (m && table && m.seat) client.send(SERVER_MOVED, { tableId: table.id, table: table.number, seat: m.seat as ActorId } satisfies MovedMessage);
      // A consented close: the seat is not held for a reconnection.
      client.leave(4000);
    }
    this.broadcastUpdates();
  }

  // ---- bots and timers ----

  private seatKind(a: ActorId) {
    return this.table.header.settings.seats[a];
  }

  /**
   * After any change: (re)arm the countdown and the bot, then tell everyone. `clockFirst`: the facilitator
   * paused, resumed or added time (or time ran out): the clock is stored before anyone hears of it, so a
   * crash right after cannot give back time that was shown as spent. After a move the new step's clock is
   * written with the next batch; a crash before that restarts that one countdown.
   */
  private async afterChange(clockFirst = false): Promise<void> {
    if (this.pendingBot) clearTimeout(this.pendingBot);
    this.pendingBot = null;
    if (this.pendingExpiry) clearTimeout(this.pendingExpiry);
    this.pendingExpiry = null;
    const now = Date.now();
    const s = this.table.header.settings;
    const mover = this.game.phase === 'ended' ? null : toMove(this.game);
    const running = this.status === 'playing' && !this.alert;
    if (this.status === 'ended' || this.game.phase === 'ended') {
      this.status = 'ended';
      this.timer = null;
    } else if (s.timerScope !== 'off') {
      const key = s.timerScope === 'round' ? `r${this.game.round}` : `s${this.game.step}`;
      if (!this.timer || this.timer.key !== key) this.timer = newTimer(key, s.timerSeconds * 1000, now, running);
      else this.timer = running ? resume(this.timer, now) : pause(this.timer, now);
    }
    this.saveClock();
    if (running && mover) {
      const seat = this.seatKind(mover);
      if (seat.kind === 'bot') {
        const level = seat.level;
        this.pendingBot = setTimeout(() => this.serial(() => this.botMove(level, false)), s.botDelayMs);
      } else if (this.timer && this.timer.deadline !== null) {
        const step = this.game.step;
        this.pendingExpiry = setTimeout(() => this.serial(() => this.expire(step)), Math.max(0, remaining(this.timer, now)));
      }
    }
    if (clockFirst) await this.clockWrite;
    this.broadcastUpdates();
  }

  /** Stores the countdown when it changed (new step or round, paused, resumed, more time, alert), so a restart keeps it. */
  private saveClock(): void {
    const clock = { timer: this.timer, alert: this.alert };
    const json = JSON.stringify(clock);
    if (json === this.savedClock) return;
    this.savedClock = json;
    // One write at a time per table, so an older clock never lands after a newer one; a clock already outdated when its turn comes is skipped.
    this.clockWrite = this.clockWrite
      .then(() => (json === this.savedClock ? setTableClock(context().db, this.table.id, clock) : undefined))
      .catch((e: unknown) => console.error(`[table ${this.roomId}] clock not saved`, e));
  }

  private async expire(step: number): Promise<void> {
    if (this.game.step !== step || this.status !== 'playing' || !this.timer || !expired(this.timer, Date.now())) return;
    if (this.table.header.settings.onExpire === 'pause') {
      this.alert = true;
      await this.afterChange(true);
    } else await this.botMove(TIMEOUT_BOT, true);
  }

  private async botMove(level: Parameters<typeof chooseAction>[2], forTeam: boolean): Promise<void> {
    if (this.game.phase === 'ended' || (this.status !== 'playing' && !forTeam)) return;
    const mover = toMove(this.game);
    if (!mover) return;
    const at = this.game;
    // Search moves think on a worker thread (context().bots): the other tables keep moving meanwhile.
    const a = await context().bots.choose(at, mover, level, { seed: botSeed(this.table.id, at.step), iterations: 200 });
    // Nothing else of this table runs while its queue waits on the bot, but the table may have been ended from outside.
    if (this.game !== at) return;
    const next = apply(this.game, a);
    if (!next.ok) {
      console.error(`[table ${this.roomId}] bot chose an illegal move: ${next.error.message}`);
      return;
    }
    if (forTeam) {
      const team = this.teamName(mover);
      await this.post(null, { from: 'facilitator', to: 'all', text: `Time is up: a bot played for ${team}. ${describeAction(a)}.` });
    }
    await this.commit(a, next.value, null);
  }

  // ---- what each device sees ----

  private teamName(a: ActorId): string {
    const s = this.seatKind(a);
    return s.kind === 'team' ? s.name ?? `Team ${ACTOR_INFO[a].name}` : `${ACTOR_INFO[a].name} (bot)`;
  }

  private onlineAt(a: ActorId): number {
    return this.clients.filter((c) => c.userData?.seat === a).length;
  }

  private info(): TableInfo {
    const { seats, ...settings } = this.table.header.settings;
    const now = Date.now();
    const seatInfo = {} as Record<ActorId, SeatInfo>;
    for (const a of ACTORS) {
      const s = seats[a];
      seatInfo[a] = { kind: s.kind, name: this.teamName(a), members: this.memberCount[a] ?? 0, online: this.onlineAt(a) };
    }
    return {
      tableId: this.table.id,
      number: this.table.number,
      status: this.status,
      settings,
      seats: seatInfo,
      timer: this.timer ? { leftMs: remaining(this.timer, now), running: this.timer.deadline !== null, key: this.timer.key } : null,
      alert: this.alert,
      proposal: this.proposal ? { seat: this.proposal.seat, action: this.proposal.action, by: this.proposal.by } : null,
    };
  }

  private seatsForLog(): Seats {
    const out = {} as Record<ActorId, Seats[ActorId]>;
    for (const a of ACTORS) {
      const s = this.seatKind(a);
      out[a] = s.kind === 'bot' ? { kind: 'bot', level: s.level } : { kind: 'human', name: this.teamName(a).slice(0, 40) };
    }
    return out;
  }

  /** The log with its seed: only once the table has ended. */
  private logIfEnded(): GameLog | null {
    if (this.status !== 'ended') return null;
    if (!this.endLog || this.endLog.actions.length !== this.actions.length) {
      this.endLog = makeLog({ options: this.table.header.options, seats: this.seatsForLog(), actions: this.actions, source: 'Summitry server', createdAt: new Date().toISOString() });
    }
    return this.endLog;
  }

  private visibleMessages(who: Seat): ChatEntry[] {
    if (who.role === 'team') return this.messages.filter((m) => m.to === 'all' || m.from === who.seat || m.to === who.seat);
    if (who.role === 'facilitator' && (this.status === 'ended' || this.table.header.settings.facilitatorReadsMessages)) return this.messages;
    // Projector, and the facilitator during play: the public side of the table, not the teams' talks.
    return this.messages.filter((m) => m.to === 'all' && (m.from === 'facilitator' || who.role === 'projector'));
  }

  private update(who: Seat, info: TableInfo, log: GameLog | null): TableUpdate {
    const seat = who.role === 'team' ? who.seat : null;
    const legal = seat && this.status === 'playing' && !this.alert ? legalActions(this.game, seat) : [];
    // A proposed move names a card of the team's hand (under rules 2.0, its kept objective or its forecast):
    // only the team's own devices see it, never the other teams, the projector or the facilitator.
    const shown = info.proposal && info.proposal.seat !== seat ? { ...info, proposal: null } : info;
    return { info: shown, role: who.role, seat, view: view(this.game, seat), legal, messages: this.visibleMessages(who), log };
  }

  /**
   * Tells every device what changed. Updates are made once per kind of device (role and seat), encoded
   * once, and sent as a patch against the update that device last received (as a whole update when it
   * has none, e.g. just joined or reconnected).
   */
  private broadcastUpdates(): void {
    if (!this.game) return;
    const info = this.info();
    const log = this.logIfEnded();
    const made = new Map<string, { u: TableUpdate; base: TableUpdate | undefined; full?: Buffer; patch?: Buffer | null }>();
    for (const client of this.clients) {
      const who = client.userData;
      if (!who) continue;
      const key = `${who.role}:${who.seat ?? ''}`;
      let m = made.get(key);
      if (!m) {
        m = { u: this.update(who, info, log), base: this.lastByKey.get(key) };
        made.set(key, m);
      }
      const had = this.sent.get(client);
      if (had && had === m.base) {
        if (m.patch === undefined) {
          const p = diff(m.base, m.u);
          m.patch = p ? getMessageBytes.raw(Protocol.ROOM_DATA, SERVER_PATCH, { p } satisfies PatchMessage) : null;
        }
        if (m.patch) client.enqueueRaw(m.patch);
      } else {
        m.full ??= getMessageBytes.raw(Protocol.ROOM_DATA, SERVER_UPDATE, m.u);
        client.enqueueRaw(m.full);
      }
      this.sent.set(client, m.u);
    }
    for (const [key, m] of made) this.lastByKey.set(key, m.u);
  }
}
