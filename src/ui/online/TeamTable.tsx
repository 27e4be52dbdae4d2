import { useEffect, useMemo, useState } from 'react';
import { type Action, ACTOR_INFO, ACTORS, type ActorId, describeAction } from '../../engine';
import type { Seats } from '../../log/seats';
import { type ChatEntry, MAX_CHAT_LENGTH, type TableUpdate, type Ticket } from '../../net/protocol';
import { formatClock } from '../../classroom/timer';
import { Board } from '../board/Board';
import { ConfirmBar } from '../game/ConfirmBar';
import { GameLog } from '../game/GameLog';
import { Hand, same } from '../game/Hand';
import { SeatPanel } from '../game/SeatPanel';
import { SetupPanel } from '../game/SetupPanel';
import { SummitPanel } from '../game/SummitPanel';
import { TurnStatus } from '../game/TurnStatus';
import { downloadLog } from '../replay/exportLog';
import { replayHash } from '../replay/route';
import { encodeShare } from '../../log';
import { STATUS_TEXT, useTable } from './useTable';
import { stateOfView } from './viewState';

export const seatsOf = (u: TableUpdate): Seats => {
  const out = {} as Record<ActorId, Seats[ActorId]>;
  for (const a of ACTORS) {
    const s = u.info.seats[a];
    out[a] = s.kind === 'bot' ? { kind: 'bot', level: 'heuristic', name: s.name } : { kind: 'human', name: s.name };
  }
  return out;
};

/** The countdown, ticking locally between updates from the server. */
export function Clock({ info }: { info: TableUpdate['info'] }) {
  const [now, setNow] = useState(() => Date.now());
  const [at] = useState(() => ({ t: Date.now() }));
  useEffect(() => {
    at.t = Date.now();
    setNow(at.t);
  }, [info, at]);
  useEffect(() => {
    if (!info.timer?.running) return;
    const i = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(i);
  }, [info.timer?.running]);
  if (!info.timer) return null;
  const left = info.timer.running ? info.timer.leftMs - (now - at.t) : info.timer.leftMs;
  return <span className="net-clock" aria-label={`Time left ${formatClock(left)}`}>⏱ {formatClock(left)}{info.timer.running ? '' : ' (paused)'}</span>;
}

const senderName = (u: TableUpdate, from: ChatEntry['from']) => (from === 'facilitator' ? 'Facilitator' : `${ACTOR_INFO[from].name} (${u.info.seats[from].name})`);
const recipientName = (u: TableUpdate, to: ChatEntry['to']) => (to === 'all' ? 'everyone' : ACTOR_INFO[to].name);

/** Messages between teams: the ones this device may read, and a form to write. Text only, never HTML. */
export function Messages({ u, onSend }: { u: TableUpdate; onSend?: (to: ActorId | 'all', text: string) => void }) {
  const [to, setTo] = useState<ActorId | 'all'>('all');
  const [text, setText] = useState('');
  const others = ACTORS.filter((a) => a !== u.seat);
  return (
    <section className="net-messages" aria-labelledby="msg-title">
      <h2 id="msg-title">Diplomatic messages</h2>
      <ol className="net-message-list" aria-live="polite">
        {u.messages.length === 0 ? <li className="muted">No messages yet.</li> : null}
        {[...u.messages].reverse().map((m) => (
          <li key={m.n} className={m.from === 'facilitator' ? 'is-facilitator' : m.to === 'all' ? 'is-public' : 'is-private'}>
            <span className="net-msg-head">{senderName(u, m.from)} → {recipientName(u, m.to)}{m.to === 'all' ? '' : ' (private)'} · round {m.round}</span>
            <span className="net-msg-text">{m.text}</span>
          </li>
        ))}
      </ol>
      {onSend ? (
        <form
          className="net-message-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!text.trim()) return;
            onSend(to, text.trim());
            setText('');
          }}
        >
          <label>
            Send to{' '}
            <select aria-label="Send to" value={to} onChange={(e) => setTo(e.target.value as ActorId | 'all')}>
              <option value="all">Everyone at the table (public)</option>
              {others.map((a) => <option key={a} value={a}>{ACTOR_INFO[a].name} only (private)</option>)}
            </select>
          </label>
          <label>
            Message
            <textarea aria-label="Message" value={text} maxLength={MAX_CHAT_LENGTH} rows={2} onChange={(e) => setText(e.target.value)} />
          </label>
          <button type="submit" className="btn">Send message</button>
        </form>
      ) : null}
    </section>
  );
}

/** A team's own device: its hand and moves, the public board, messages. */
export function TeamTable({ ticket, onLeave, onMoved }: { ticket: Ticket; onLeave: () => void; onMoved?: (t: Ticket) => void }) {
  const { update: u, status, error, conn, joinError } = useTable(ticket, onMoved);
  const [pending, setPending] = useState<Action | null>(null);
  const [preview, setPreview] = useState<Action | null>(null);
  const step = u?.view.step ?? -1;
  useEffect(() => {
    setPending(null);
    setPreview(null);
  }, [step]);
  const state = useMemo(() => (u ? stateOfView(u.view) : null), [u]);
  const seat = ticket.seat!;
  if (!u || !state) {
    return (
      <div className="page">
        <h1 tabIndex={-1}>Joining table {ticket.table}…</h1>
        <p role="status">{joinError ? `Cannot reach the table yet: ${joinError}. Retrying…` : STATUS_TEXT[status]}</p>
        <button type="button" className="btn" onClick={onLeave}>Leave this seat</button>
      </div>
    );
  }
  const myMove = u.legal.length > 0;
  const proposal = u.info.proposal && u.info.proposal.seat === seat ? u.info.proposal : null;
  const confirm = () => {
    if (pending) conn?.act(pending, u.view.step);
  };
  const ended = u.info.status === 'ended';
  return (
    <div className="net-team">
      <div className="net-bar">
        <h1 tabIndex={-1}>Table {u.info.number}: {ACTOR_INFO[seat].name} — {u.info.seats[seat].name}</h1>
        <p className={`net-conn is-${status}`} role="status">{STATUS_TEXT[status]} · {ticket.name}</p>
        <Clock info={u.info} />
        <button type="button" className="btn" onClick={onLeave}>Leave this seat</button>
      </div>
      <TurnStatus state={state} seats={seatsOf(u)} />
      <p className="net-table-status" role="status" aria-live="polite">
        {u.info.status === 'waiting' ? 'Waiting for the facilitator to start the table. Read your hand and your objective, and talk to the other teams.'
          : u.info.status === 'paused' ? 'The facilitator has paused the table.'
          : ended ? 'The game is over.'
          : myMove ? 'Your move.' : 'Another team is moving: plan your card and negotiate.'}
        {u.info.alert ? ' Time is up: the facilitator decides.' : ''}
      </p>
      {error ? <p className="notice notice-error" role="alert">{error.message}</p> : null}
      {proposal ? (
        <div className="net-proposal" role="region" aria-label="Teammate's proposal">
          <p>A teammate proposes: <strong>{describeAction(proposal.action)}</strong>.</p>
          {myMove ? <button type="button" className="btn btn-primary" onClick={() => conn?.act(proposal.action, u.view.step)}>Confirm the teammate's move</button> : null}
        </div>
      ) : null}
      {ended && u.log ? (
        <div className="net-end">
          <button type="button" className="btn" onClick={() => downloadLog(u.log!)}>Download the game log</button>
          <a className="btn" href={replayHash({ log: encodeShare(u.log) })}>Open the replay</a>
        </div>
      ) : null}
      <div className="table-grid">
        {!ended && (
          <section className="tray" aria-labelledby="tray-title">
            <h2 id="tray-title" className="tray-title" tabIndex={-1}>
              {myMove
                ? state.phase === 'setup' ? `Your secret setup, ${ACTOR_INFO[seat].name}` : state.phase === 'summit' ? 'Your move at the summit' : `Your move, ${ACTOR_INFO[seat].name}: play one card`
                : `Your hand (${ACTOR_INFO[seat].name})`}
            </h2>
            {state.phase === 'setup' && myMove ? (
              // Rules 2.0: keep one of two objectives, then record a forecast; only this team's devices see it.
              <SetupPanel state={state} seat={seat} legal={u.legal} pending={pending} onChoose={setPending} onPreview={setPreview} />
            ) : state.phase === 'summit' && myMove ? (
              <SummitPanel state={state} seat={seat} legal={u.legal} pending={pending} onChoose={setPending} onPreview={setPreview} />
            ) : (
              <Hand state={state} seat={seat} legal={u.legal} pending={pending} onChoose={setPending} onPreview={setPreview} />
            )}
            {myMove ? <ConfirmBar pending={pending} preview={preview} error={null} onConfirm={confirm} onCancel={() => setPending(null)} /> : null}
            {pending && proposal && same(pending, proposal.action) ? <p className="muted">This is your teammate's proposal: confirming plays it.</p> : null}
          </section>
        )}
        <div className="board-area" aria-label="Board" role="region">
          <Board view={u.view} />
        </div>
        <aside className="side" aria-label="Messages and chronicle">
          <SeatPanel state={state} seat={seat} who={u.info.seats[seat].name} />
          <Messages u={u} onSend={(to, text) => conn?.chat(to, text)} />
          <GameLog chronicle={u.view.chronicle} />
        </aside>
      </div>
    </div>
  );
}
