import { Client, type Room } from 'colyseus.js';
import type { Action, ActorId } from '../engine';
import { applyPatch } from './patch';
import { API_PREFIX, type ControlMessage, type MovedMessage, type PatchMessage, SERVER_MOVED, SERVER_PATCH, SERVER_UPDATE, type ServerError, type TableUpdate, type Ticket } from './protocol';

/**
 * A device's connection to one table, for the browser and for Node (tests, benchmark). It keeps
 * the seat: when the link drops it retries, first on its Colyseus session (same connection kept
 * for minutes by the server), then with its ticket (after a server restart the table is rebuilt
 * from the database and the ticket still names the seat).
 */
export type ConnectionStatus = 'connecting' | 'online' | 'reconnecting' | 'closed';

export interface TableConnectionEvents {
  update?(u: TableUpdate): void;
  error?(e: ServerError): void;
  status?(s: ConnectionStatus): void;
  /** The facilitator moved this student: the connection has closed; join with this ticket (same token). */
  moved?(t: Ticket): void;
}

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

/** POST to the game server's API (same origin in the browser; `base` for Node). */
export async function postApi<T>(base: string, path: string, body: unknown): Promise<T> {
  const res = await fetch(`${base}${API_PREFIX}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const data = (await res.json().catch(() => null)) as { code?: string; message?: string } | null;
  if (!res.ok) throw new ApiError(res.status, data?.code ?? 'ERR_NETWORK', data?.message ?? `The server answered ${res.status}.`);
  return data as T;
}

const MIN_RETRY_MS = 300;
const MAX_RETRY_MS = 5000;

export class TableConnection {
  private readonly client: Client;
  private room: Room | null = null;
  private closed = false;
  private retryMs = MIN_RETRY_MS;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  status: ConnectionStatus = 'connecting';
  last: TableUpdate | null = null;

  constructor(private readonly base: string, readonly ticket: Ticket, private readonly on: TableConnectionEvents = {}) {
    this.client = new Client(base);
  }

  async open(): Promise<void> {
    const r = await postApi<{ moved?: MovedMessage }>(this.base, 'ensure', { tableId: this.ticket.tableId, token: this.ticket.token, seat: this.ticket.seat });
    if (r.moved) {
      // Moved by the facilitator while this device was away.
      this.closed = true;
      this.setStatus('closed');
      this.on.moved?.({ ...this.ticket, ...r.moved });
      return;
    }
    this.attach(await this.client.joinById(this.ticket.tableId, { token: this.ticket.token }));
  }

  private setStatus(s: ConnectionStatus): void {
    this.status = s;
    this.on.status?.(s);
  }

  private attach(room: Room): void {
    this.room = room;
    this.retryMs = MIN_RETRY_MS;
    // Whole updates come on joining; after that, what changed since the last one.
    let based = false;
    room.onMessage(SERVER_UPDATE, (u: TableUpdate) => {
      based = true;
      this.last = u;
      this.on.update?.(u);
    });
    room.onMessage(SERVER_PATCH, (m: PatchMessage) => {
      if (!based || !this.last) return room.send('sync', {});
      let u: TableUpdate;
      try {
        u = applyPatch(this.last, m.p);
      } catch {
        based = false;
        return room.send('sync', {});
      }
      this.last = u;
      this.on.update?.(u);
    });
    room.onMessage('error', (e: ServerError) => this.on.error?.(e));
    let movedTo: Ticket | null = null;
    room.onMessage(SERVER_MOVED, (m: MovedMessage) => {
      movedTo = { ...this.ticket, tableId: m.tableId, table: m.table, seat: m.seat };
    });
    room.onLeave((code) => {
      if (this.room !== room) return;
      this.room = null;
      if (movedTo) {
        this.closed = true;
        this.setStatus('closed');
        this.on.moved?.(movedTo);
        return;
      }
      // 1000: we left on purpose. Anything else: keep the seat and come back.
      if (this.closed || code === 1000) this.setStatus('closed');
      else this.reconnect(room.reconnectionToken);
    });
    this.setStatus('online');
  }

  private reconnect(token: string | null): void {
    if (this.closed) return;
    this.setStatus('reconnecting');
    this.retryTimer = setTimeout(async () => {
      this.retryTimer = null;
      if (this.closed) return;
      try {
        if (token) {
          try {
            this.attach(await this.client.reconnect(token));
            return;
          } catch {
            // The server restarted or forgot the session: rejoin with the ticket.
          }
        }
        await this.open();
      } catch {
        this.retryMs = Math.min(MAX_RETRY_MS, this.retryMs * 2);
        this.reconnect(null);
      }
    }, this.retryMs);
  }

  act(action: Action, step: number): void {
    this.room?.send('act', { action, step });
  }

  chat(to: ActorId | 'all', text: string): void {
    this.room?.send('chat', { to, text });
  }

  control(msg: ControlMessage): void {
    this.room?.send('control', msg);
  }

  /** Sends anything (tests of hostile input). */
  raw(type: string, msg: unknown): void {
    this.room?.send(type, msg);
  }

  get colyseusRoom(): Room | null {
    return this.room;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const r = this.room;
    this.room = null;
    if (r) await r.leave(true).catch(() => undefined);
    this.setStatus('closed');
  }
}
