import { useEffect, useRef, useState } from 'react';
import { type ConnectionStatus, TableConnection } from '../../net/client';
import type { ServerError, TableUpdate, Ticket } from '../../net/protocol';

export interface TableHandle {
  readonly update: TableUpdate | null;
  readonly status: ConnectionStatus;
  readonly error: ServerError | null;
  readonly conn: TableConnection | null;
  readonly joinError: string | null;
}

/** One live connection to a table for as long as the component is mounted; it reconnects by itself. */
export function useTable(ticket: Ticket | null, onMoved?: (t: Ticket) => void): TableHandle {
  const [update, setUpdate] = useState<TableUpdate | null>(null);
  const [status, setStatus] = useState<ConnectionStatus>('connecting');
  const [error, setError] = useState<ServerError | null>(null);
  const [conn, setConn] = useState<TableConnection | null>(null);
  const [joinError, setJoinError] = useState<string | null>(null);
  const onMovedRef = useRef(onMoved);
  onMovedRef.current = onMoved;
  useEffect(() => {
    if (!ticket) return;
    const c = new TableConnection(location.origin, ticket, {
      update: (u) => {
        setUpdate(u);
        setError(null);
      },
      error: setError,
      status: setStatus,
      // The facilitator moved this student: the caller keeps the new ticket and this hook reconnects with it.
      moved: (t) => onMovedRef.current?.(t),
    });
    setConn(c);
    let cancelled = false;
    const tryOpen = (delay: number) => {
      c.open().then(() => setJoinError(null)).catch((e: unknown) => {
        if (cancelled) return;
        setJoinError(e instanceof Error ? e.message : String(e));
        setStatus('reconnecting');
        // The server may be restarting: keep trying, a little slower each time.
        setTimeout(() => !cancelled && tryOpen(Math.min(5000, delay * 2)), delay);
      });
    };
    tryOpen(500);
    return () => {
      cancelled = true;
      void c.close();
    };
  }, [ticket?.tableId, ticket?.token, ticket?.seat]);
  return { update, status, error, conn, joinError };
}

export const STATUS_TEXT: Readonly<Record<ConnectionStatus, string>> = {
  connecting: 'Connecting…',
  online: 'Connected',
  reconnecting: 'Connection lost — reconnecting to your seat…',
  closed: 'Disconnected',
};
