import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ACTOR_INFO, ACTORS, type ActorId, CARDS, toMove, winner } from '../../engine';
import { encodeShare, type GameLog, playableOptions } from '../../log';
import { postApi } from '../../net/client';
import {
  type ControlMessage, DEFAULT_SETTINGS, formatCode, MAX_TABLES, type MemberInfo, type SessionCreated, type SessionInfo, type TableSettings, type TableUpdate, type Ticket,
} from '../../net/protocol';
import { downloadLog } from '../replay/exportLog';
import { replayHash } from '../replay/route';
import { forecastsOf, provedReading, readingName } from './forecasts';
import { biggestTurn } from './turning';
import { QrCode } from './QrCode';
import { Clock, Messages } from './TeamTable';
import { save } from './tickets';
import { STATUS_TEXT, useTable } from './useTable';
import { stateOfView } from './viewState';

const DebriefScreen = lazy(() => import('../debrief/DebriefScreen').then((m) => ({ default: m.DebriefScreen })));

/** The facilitator's form: how many tables, which actors are teams, rounds and timers. */
export function SessionSetup({ onCreated }: { onCreated: (s: SessionCreated) => void }) {
  const [tables, setTables] = useState(1);
  const [teams, setTeams] = useState<Record<ActorId, boolean>>({ US: true, KP: true, CN: true, RU: true, KR: true });
  const [rounds, setRounds] = useState(DEFAULT_SETTINGS.rounds);
  const [timerScope, setTimerScope] = useState<TableSettings['timerScope']>('turn');
  const [timerSeconds, setTimerSeconds] = useState(DEFAULT_SETTINGS.timerSeconds);
  const [onExpire, setOnExpire] = useState<TableSettings['onExpire']>('bot');
  const [teamMode, setTeamMode] = useState<TableSettings['teamMode']>('first');
  const [reads, setReads] = useState(false);
  const [botDelayMs, setBotDelayMs] = useState(DEFAULT_SETTINGS.botDelayMs);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const create = async () => {
    setBusy(true);
    setError(null);
    const seats = {} as Record<ActorId, TableSettings['seats'][ActorId]>;
    for (const a of ACTORS) seats[a] = teams[a] ? { kind: 'team' } : { kind: 'bot', level: 'heuristic' };
    const settings: TableSettings = { rounds, timerScope, timerSeconds, onExpire, botDelayMs, teamMode, facilitatorReadsMessages: reads, seats };
    try {
      onCreated(await postApi<SessionCreated>(location.origin, 'sessions', { tables: Array.from({ length: tables }, () => settings) }));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="net-setup" onSubmit={(e) => { e.preventDefault(); void create(); }}>
      <label>Tables <input type="number" min={1} max={MAX_TABLES} value={tables} onChange={(e) => setTables(Math.max(1, Math.min(MAX_TABLES, Number(e.target.value) || 1)))} /></label>
      <fieldset>
        <legend>Seats played by teams (the others by bots)</legend>
        {ACTORS.map((a) => (
          <label key={a} className="net-check">
            <input type="checkbox" checked={teams[a]} onChange={(e) => setTeams({ ...teams, [a]: e.target.checked })} /> {ACTOR_INFO[a].name}
          </label>
        ))}
      </fieldset>
      <label>Rounds <input type="number" min={1} max={12} value={rounds} onChange={(e) => setRounds(Math.max(1, Math.min(12, Number(e.target.value) || 6)))} /></label>
      <label>Timer
        <select value={timerScope} onChange={(e) => setTimerScope(e.target.value as TableSettings['timerScope'])}>
          <option value="turn">Per move</option><option value="round">Per round</option><option value="off">Off</option>
        </select>
      </label>
      <label>Seconds <input type="number" min={5} max={3600} value={timerSeconds} onChange={(e) => setTimerSeconds(Math.max(5, Math.min(3600, Number(e.target.value) || 90)))} /></label>
      <label>When time runs out
        <select value={onExpire} onChange={(e) => setOnExpire(e.target.value as TableSettings['onExpire'])}>
          <option value="bot">A bot plays the team's move</option><option value="pause">Pause and alert me</option>
        </select>
      </label>
      <label>Several devices on one team
        <select value={teamMode} onChange={(e) => setTeamMode(e.target.value as TableSettings['teamMode'])}>
          <option value="first">The first confirm wins</option><option value="confirm">One proposes, a teammate confirms</option>
        </select>
      </label>
      <label>Bot pause (ms) <input type="number" min={0} max={10000} step={100} value={botDelayMs} onChange={(e) => setBotDelayMs(Math.max(0, Math.min(10000, Number(e.target.value) || 0)))} /></label>
      <label className="net-check"><input type="checkbox" checked={reads} onChange={(e) => setReads(e.target.checked)} /> Let me read team messages during play</label>
      {error ? <p className="notice notice-error" role="alert">{error}</p> : null}
      <button type="submit" className="btn btn-primary" disabled={busy}>Create the session</button>
    </form>
  );
}

/** One table on the dashboard: its state at a glance and its controls. Public view only. */
function TableCard({ ticket, onUpdate, inject }: { ticket: Ticket; onUpdate: (id: string, u: TableUpdate, send: (m: ControlMessage) => void) => void; inject: string }) {
  const { update: u, status, error, conn } = useTable(ticket);
  const send = useCallback((m: ControlMessage) => conn?.control(m), [conn]);
  useEffect(() => {
    if (u) onUpdate(ticket.tableId, u, send);
  }, [u, send, onUpdate, ticket.tableId]);
  if (!u) return <li className="net-card"><h3>Table {ticket.table}</h3><p role="status">{STATUS_TEXT[status]}</p></li>;
  const mover = u.view.phase === 'ended' ? null : toMoveOfView(u);
  const st = u.info.status;
  return (
    <li className="net-card" aria-labelledby={`card-${ticket.table}`}>
      <h3 id={`card-${ticket.table}`}>Table {u.info.number} <span className={`net-badge is-${st}`}>{st}</span></h3>
      <dl className="net-glance">
        <dt>Round</dt><dd>{u.view.round} of {u.view.options.rounds}</dd>
        <dt>To move</dt><dd>{mover ? `${ACTOR_INFO[mover].name} (${u.info.seats[mover].name})` : '—'}</dd>
        <dt>Tension</dt><dd>{u.view.tracks.tension}</dd>
        <dt>Deals</dt><dd>{u.view.deals.length}</dd>
        <dt>Clock</dt><dd><Clock info={u.info} /></dd>
      </dl>
      <ul className="net-seats">
        {ACTORS.map((a) => (
          <li key={a}>{ACTOR_INFO[a].name}: {u.info.seats[a].name}{u.info.seats[a].kind === 'team' ? ` · ${u.info.seats[a].members} ${u.info.seats[a].members === 1 ? 'student' : 'students'}, ${u.info.seats[a].online} online` : ''}</li>
        ))}
      </ul>
      {u.info.alert ? <p className="notice" role="alert">Time is up at table {u.info.number}.</p> : null}
      {error ? <p className="notice notice-error" role="alert">{error.message}</p> : null}
      <div className="net-controls" role="group" aria-label={`Table ${u.info.number} controls`}>
        {st === 'waiting' ? <button type="button" className="btn btn-primary" onClick={() => send({ op: 'start' })}>Start table {u.info.number}</button> : null}
        {st === 'playing' ? <button type="button" className="btn" onClick={() => send({ op: 'pause' })}>Pause table {u.info.number}</button> : null}
        {st === 'paused' ? <button type="button" className="btn" onClick={() => send({ op: 'resume' })}>Resume table {u.info.number}</button> : null}
        {u.info.alert ? <button type="button" className="btn" onClick={() => send({ op: 'playForTeam' })}>A bot plays this move</button> : null}
        {u.info.alert ? <button type="button" className="btn" onClick={() => send({ op: 'addTime', seconds: 60 })}>One more minute</button> : null}
        {st !== 'ended' ? <button type="button" className="btn" onClick={() => send({ op: 'inject', card: inject })}>Send the crisis to table {u.info.number}</button> : null}
        {st !== 'ended' ? <button type="button" className="btn" onClick={() => { if (confirm(`End table ${u.info.number} now?`)) send({ op: 'end' }); }}>End table {u.info.number}</button> : null}
      </div>
      {u.messages.length > 0 ? <details><summary>Messages ({u.messages.length})</summary><Messages u={u} /></details> : null}
    </li>
  );
}

const toMoveOfView = (u: TableUpdate): ActorId | null => toMove(stateOfView(u.view));

/** Side by side: every table's result, and each table's debrief and replay. */
function CrossDebrief({ updates }: { updates: ReadonlyMap<string, TableUpdate> }) {
  const ended = [...updates.values()].filter((u) => u.info.status === 'ended' && u.log).sort((a, b) => a.info.number - b.info.number);
  const [open, setOpen] = useState<string | null>(null);
  // Replaying a log is not free: once per log (an ended table's log never changes), not on every render.
  const turns = useRef(new WeakMap<GameLog, string | null>()).current;
  const turnOf = (log: GameLog): string | null => {
    if (!turns.has(log)) turns.set(log, biggestTurn(log));
    return turns.get(log)!;
  };
  if (ended.length === 0) return null;
  const forecasts = new Map(ended.map((u) => [u.info.tableId, forecastsOf(u.log!, provedReading(u.view))]));
  const anyForecast = [...forecasts.values()].some((f) => f.length > 0);
  return (
    <section className="net-debrief" aria-labelledby="xdebrief">
      <h2 id="xdebrief">Debrief across tables</h2>
      <table className="net-compare">
        <caption>Results of the ended tables</caption>
        <thead><tr><th scope="col">Table</th><th scope="col">Winner</th><th scope="col">Deals</th><th scope="col">Final tension</th><th scope="col">Rounds played</th><th scope="col">Tension by round</th><th scope="col">Turning point</th>{anyForecast ? <th scope="col">Forecasts</th> : null}<th scope="col">Log</th></tr></thead>
        <tbody>
          {ended.map((u) => {
            const w = u.view.phase === 'ended' ? winner(stateOfView(u.view)) : null;
            return (
              <tr key={u.info.tableId}>
                <th scope="row">Table {u.info.number}</th>
                <td>{w ? `${ACTOR_INFO[w].name} (${u.info.seats[w].name})` : 'Stopped early'}</td>
                <td>{u.view.deals.length}</td>
                <td>{u.view.tracks.tension}</td>
                <td>{u.view.round}</td>
                <td>{u.view.history.map((h) => h.tracks.tension).join(' → ')}</td>
                <td>{turnOf(u.log!) ?? '—'}</td>
                {anyForecast ? (
                  <td>
                    {forecasts.get(u.info.tableId)!.map((f) => `${ACTOR_INFO[f.actor].name}: ${readingName(f.reading)}${f.right === null ? '' : f.right ? ' (right)' : ' (wrong)'}`).join('; ') || '—'}
                  </td>
                ) : null}
                <td>
                  <button type="button" className="btn" onClick={() => downloadLog(u.log!)}>Download log of table {u.info.number}</button>{' '}
                  <a className="btn" href={replayHash({ log: encodeShare(u.log!) })}>Replay table {u.info.number}</a>{' '}
                  <button type="button" className="btn" aria-expanded={open === u.info.tableId} onClick={() => setOpen(open === u.info.tableId ? null : u.info.tableId)}>Debrief table {u.info.number}</button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {ended.filter((u) => u.info.tableId === open).map((u) => (
        <div key={u.info.tableId}>
          <h3>Table {u.info.number}</h3>
          <h4>Messages of table {u.info.number}</h4>
          <Messages u={u} />
          <Suspense fallback={<p role="status">Loading the debrief…</p>}>
            {playableOptions(u.log!)
              ? <DebriefScreen options={playableOptions(u.log!)!} actions={u.log!.actions} seats={u.log!.seats} />
              : <p>This table was played under rules {u.log!.rulesVersion}: open its log in the replay viewer to step through it.</p>}
          </Suspense>
        </div>
      ))}
    </section>
  );
}

/** Every student, with the team each is on; the facilitator moves one, or deals them all out again before the tables start. */
function Roster({ info, updates, host, onChange }: {
  info: SessionInfo; updates: ReadonlyMap<string, TableUpdate>; host: { sessionId: string; token: string }; onChange: (i: SessionInfo) => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Team seats of the tables still open, from the tables' live updates.
  const seats = info.tables.flatMap((t) => {
    const u = updates.get(t.id);
    if (!u || u.info.status === 'ended') return [];
    return ACTORS.filter((a) => u.info.seats[a].kind === 'team').map((a) => ({ table: t.number, seat: a, name: u.info.seats[a].name }));
  });
  const call = async (path: 'assign' | 'shuffle', body: object) => {
    setBusy(true);
    setError(null);
    try {
      onChange(await postApi<SessionInfo>(location.origin, path, { ...host, ...body }));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const waiting = info.tables.some((t) => updates.get(t.id)?.info.status === 'waiting');
  const where = (m: MemberInfo) => (m.seat ? `${m.table}:${m.seat}` : '');
  return (
    <details className="net-roster">
      <summary>Students ({info.members.length})</summary>
      {error ? <p className="notice notice-error" role="alert">{error}</p> : null}
      <p>
        <button type="button" className="btn" disabled={busy || !waiting || info.members.length === 0} onClick={() => void call('shuffle', {})}>Shuffle students across teams</button>{' '}
        <span className="muted">(the tables that have not started; teams differ in size by at most one)</span>
      </p>
      <ul>
        {info.members.map((m) => (
          <li key={m.id}>
            <label>
              {m.name}{' '}
              <select
                aria-label={`Team of ${m.name}`}
                value={where(m)}
                disabled={busy}
                onChange={(e) => {
                  const [table, seat] = e.target.value.split(':');
                  if (table && seat) void call('assign', { member: m.id, table: Number(table), seat });
                }}
              >
                {seats.some((x) => `${x.table}:${x.seat}` === where(m)) ? null : <option value={where(m)}>Table {m.table}, {m.seat ? ACTOR_INFO[m.seat].name : '—'}</option>}
                {seats.map((x) => <option key={`${x.table}:${x.seat}`} value={`${x.table}:${x.seat}`}>Table {x.table}, {ACTOR_INFO[x.seat].name} ({x.name})</option>)}
              </select>
            </label>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** The facilitator's dashboard for a session: join code, link and QR, every table, the debrief. */
export function Dashboard({ host, onClose }: { host: { sessionId: string; token: string }; onClose: () => void }) {
  const [info, setInfo] = useState<SessionInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [updates, setUpdates] = useState<ReadonlyMap<string, TableUpdate>>(new Map());
  const [senders] = useState(() => new Map<string, (m: ControlMessage) => void>());
  const [inject, setInject] = useState(CARDS[0]!.id);
  const refresh = useCallback(() => {
    postApi<SessionInfo>(location.origin, 'session', host).then(setInfo, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [host]);
  useEffect(refresh, [refresh]);
  // Students joining or moved show in the tables' updates (members per seat): the list follows.
  const headcount = [...updates.values()].map((u) => ACTORS.map((a) => u.info.seats[a].members).join(',')).join(';');
  useEffect(() => {
    if (headcount) refresh();
  }, [headcount, refresh]);
  const onUpdate = useCallback((id: string, u: TableUpdate, send: (m: ControlMessage) => void) => {
    senders.set(id, send);
    setUpdates((m) => new Map(m).set(id, u));
  }, [senders]);
  const tickets = useMemo(() => (info ? info.tables.map((t): Ticket => ({ tableId: t.id, token: host.token, role: 'facilitator', seat: null, table: t.number, name: 'Facilitator' })) : []), [info, host.token]);
  if (error) return <div className="page"><p role="alert">{error}</p><button type="button" className="btn" onClick={onClose}>Start another session</button></div>;
  if (!info) return <p role="status">Loading the session…</p>;
  const base = `${location.origin}${location.pathname}`;
  const joinUrl = `${base}#/online?code=${info.code}`;
  const all = (op: ControlMessage) => senders.forEach((send) => send(op));
  return (
    <div className="net-dashboard">
      <h1 tabIndex={-1}>Facilitator: {info.title}</h1>
      <section className="net-join" aria-labelledby="join-h">
        <h2 id="join-h">Join code <span className="net-code" data-testid="join-code">{formatCode(info.code)}</span></h2>
        <p>Students open <a href={joinUrl}>{joinUrl}</a> (or scan the code) and type their name.</p>
        <QrCode text={joinUrl} label={`QR code of the join link for code ${formatCode(info.code)}`} />
        <p>Projector: <a href={`${base}#/online?watch=${info.code}`}>open the public board</a>.</p>
      </section>
      <section aria-labelledby="all-h">
        <h2 id="all-h">All tables</h2>
        <div className="net-controls" role="group" aria-label="All tables">
          <button type="button" className="btn btn-primary" onClick={() => all({ op: 'start' })}>Start all tables</button>
          <button type="button" className="btn" onClick={() => all({ op: 'pause' })}>Pause all tables</button>
          <button type="button" className="btn" onClick={() => all({ op: 'resume' })}>Resume all tables</button>
          <label>Crisis headline
            <select value={inject} onChange={(e) => setInject(e.target.value)}>
              {CARDS.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
            </select>
          </label>
          <button type="button" className="btn" onClick={() => all({ op: 'inject', card: inject })}>Send the crisis to all tables</button>
          <button type="button" className="btn" onClick={refresh}>Refresh the student list</button>
        </div>
        <Roster info={info} updates={updates} host={host} onChange={setInfo} />
      </section>
      <ul className="net-cards" aria-label="Tables">
        {tickets.map((t) => <TableCard key={t.tableId} ticket={t} onUpdate={onUpdate} inject={inject} />)}
      </ul>
      <CrossDebrief updates={updates} />
      <p><button type="button" className="btn" onClick={onClose}>Close this dashboard (the session goes on)</button></p>
    </div>
  );
}

export function FacilitatorScreen({ host, setHost }: { host: { sessionId: string; token: string } | null; setHost: (h: { sessionId: string; token: string } | null) => void }) {
  if (host) return <Dashboard host={host} onClose={() => { save({ host: null }); setHost(null); }} />;
  return (
    <div className="page">
      <h1 tabIndex={-1}>Host a networked session</h1>
      <p>Every team plays from its own phone or laptop; you run one to ten tables from here.</p>
      <SessionSetup onCreated={(s) => { const h = { sessionId: s.sessionId, token: s.facilitatorToken }; save({ host: h }); setHost(h); }} />
    </div>
  );
}

