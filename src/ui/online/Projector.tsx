import { useEffect, useMemo, useState } from 'react';
import { ACTOR_INFO, ACTORS } from '../../engine';
import { postApi } from '../../net/client';
import type { Ticket } from '../../net/protocol';
import { Board } from '../board/Board';
import { GameLog } from '../game/GameLog';
import { TurnStatus } from '../game/TurnStatus';
import { Clock, Messages, seatsOf } from './TeamTable';
import { STATUS_TEXT, useTable } from './useTable';
import { stateOfView } from './viewState';

/** The projector: one table's public board, live. Nothing secret reaches it before the end. */
export function Projector({ code }: { code: string }) {
  const [tickets, setTickets] = useState<readonly Ticket[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [n, setN] = useState(0);
  useEffect(() => {
    postApi<{ tickets: Ticket[] }>(location.origin, 'watch', { code }).then((r) => setTickets(r.tickets), (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [code]);
  const { update: u, status } = useTable(tickets?.[n] ?? null);
  const state = useMemo(() => (u ? stateOfView(u.view) : null), [u]);
  if (error) return <div className="page"><h1 tabIndex={-1}>Projector</h1><p role="alert">{error}</p></div>;
  return (
    <div className="net-projector">
      <div className="net-bar">
        <h1 tabIndex={-1}>Projector{u ? `: table ${u.info.number}` : ''}</h1>
        {tickets && tickets.length > 1 ? (
          <label>Table <select value={n} onChange={(e) => setN(Number(e.target.value))}>{tickets.map((t, i) => <option key={t.tableId} value={i}>Table {t.table}</option>)}</select></label>
        ) : null}
        <p role="status">{STATUS_TEXT[status]}</p>
        {u ? <Clock info={u.info} /> : null}
      </div>
      {u && state ? (
        <>
          <TurnStatus state={state} seats={seatsOf(u)} />
          <p className="net-seat-line">{ACTORS.map((a) => `${ACTOR_INFO[a].name}: ${u.info.seats[a].name} (${u.view.actors[a].vp} VP)`).join(' · ')}</p>
          <div className="table-grid net-projector-grid">
            <div className="board-area" aria-label="Board" role="region"><Board view={u.view} /></div>
            <aside className="side" aria-label="Public messages and chronicle">
              <Messages u={u} />
              <GameLog chronicle={u.view.chronicle} />
            </aside>
          </div>
        </>
      ) : <p role="status">Loading the table…</p>}
    </div>
  );
}
