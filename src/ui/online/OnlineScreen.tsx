import { useEffect, useState } from 'react';
import { ACTOR_INFO } from '../../engine';
import { ApiError, postApi } from '../../net/client';
import type { OpenSeat, Ticket } from '../../net/protocol';
import { useRoute } from '../common/route';
import { FacilitatorScreen } from './Facilitator';
import { Projector } from './Projector';
import { TeamTable } from './TeamTable';
import { isTicket, loadSaved, save } from './tickets';
import './online.css';

/** Join form: the code, a name, and (optionally) the team to join. */
function JoinForm({ initialCode, onJoined }: { initialCode: string; onJoined: (t: Ticket) => void }) {
  const [code, setCode] = useState(initialCode);
  const [name, setName] = useState('');
  const [seats, setSeats] = useState<readonly OpenSeat[] | null>(null);
  const [pick, setPick] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (code.replace(/[^0-9A-Za-z]/g, '').length !== 10) return setSeats(null);
    postApi<{ seats: OpenSeat[] }>(location.origin, 'seats', { code }).then((r) => setSeats(r.seats), () => setSeats(null));
  }, [code]);
  const join = async () => {
    setBusy(true);
    setError(null);
    const [table, seat] = pick ? pick.split(':') : [];
    try {
      const t = await postApi<Ticket>(location.origin, 'join', { code, name, ...(table && seat ? { table: Number(table), seat } : {}) });
      onJoined(t);
    } catch (e) {
      setError(e instanceof ApiError || e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="net-join-form" onSubmit={(e) => { e.preventDefault(); void join(); }}>
      <label>Join code <input value={code} onChange={(e) => setCode(e.target.value)} autoComplete="off" maxLength={16} required /></label>
      <label>Your name <input value={name} onChange={(e) => setName(e.target.value)} maxLength={40} required /></label>
      {seats && seats.length > 0 ? (
        <label>Team
          <select value={pick} onChange={(e) => setPick(e.target.value)}>
            <option value="">Assign me to a team</option>
            {seats.map((s) => <option key={`${s.table}:${s.seat}`} value={`${s.table}:${s.seat}`}>Table {s.table}: {ACTOR_INFO[s.seat].name} ({s.members} joined)</option>)}
          </select>
        </label>
      ) : null}
      {error ? <p className="notice notice-error" role="alert">{error}</p> : null}
      <button type="submit" className="btn btn-primary" disabled={busy}>Join</button>
    </form>
  );
}

/** Networked play: join a table, watch as the projector, or host a session. */
export function OnlineScreen() {
  const route = useRoute();
  const [saved, setSaved] = useState(loadSaved);
  const code = route.params.get('code') ?? '';
  const watchCode = route.params.get('watch');
  const hosting = route.params.get('host') === '1';
  if (watchCode) return <Projector code={watchCode} />;
  if (hosting) return <FacilitatorScreen host={saved.host} setHost={(h) => setSaved({ ...loadSaved(), host: h })} />;
  if (saved.team && isTicket(saved.team)) {
    return (
      <TeamTable
        key={`${saved.team.tableId}:${saved.team.seat}`}
        ticket={saved.team}
        onLeave={() => { save({ team: null }); setSaved({ ...loadSaved(), team: null }); }}
        onMoved={(t) => { save({ team: t }); setSaved({ ...loadSaved(), team: t }); }}
      />
    );
  }
  return (
    <div className="page">
      <h1 tabIndex={-1}>Play online</h1>
      <p>Each team plays from its own device; the facilitator runs the tables.</p>
      <JoinForm initialCode={code} onJoined={(t) => { save({ team: t }); setSaved({ ...loadSaved(), team: t }); }} />
      <p><a className="btn" href="#/online?host=1">Host a session (facilitator)</a></p>
    </div>
  );
}
