import { useEffect, useMemo, useRef } from 'react';
import {
  ACTORS, ACTOR_INFO, currentTable, type GameState, RESOURCES, roundLabel, standings, TABLE_INFO, toMove, TRACKS, TURN_ORDER, view, winner,
} from '../../engine';
import { usePreviousState } from '../../store/game';
import { Board, type BoardHighlight } from '../board/Board';
import { ActorBadge } from '../common/ActorBadge';
import { type ClassroomSettings, teamName, useClassroomStore } from '../../store/classroom';
import type { Seats } from '../../log/seats';
import { Countdown } from './Countdown';
import type { SessionRunner } from './useSessionRunner';
import { possessive, teamLabel } from '../common/words';

const TURNS = TURN_ORDER.length * 2;

/** Where the game stands, in the game's words: "Round 2 of 4 — Late September · Action turn 3 of 10". */
export function stepLabel(s: GameState): string {
  if (s.phase === 'setup') {
    const m = toMove(s);
    return `Before round 1 · Secret setup${m ? `: ${ACTOR_INFO[m].name} keeps an objective and records a forecast` : ''}`;
  }
  const round = `Round ${s.round} of ${s.options.rounds} — ${roundLabel(s.round)}`;
  if (s.phase === 'ended') return `${round} · Game over`;
  if (s.phase === 'summit') {
    const t = currentTable(s);
    return `${round} · Summit step: ${t ? TABLE_INFO[t].name : ''}`;
  }
  return `${round} · Action turn ${s.turn + 1} of ${TURNS}`;
}

/** What the last move changed (public facts only: tracks, resources, VP), for the board to highlight. */
function changed(prev: GameState | null, next: GameState): BoardHighlight {
  if (!prev) return {};
  return {
    tracks: TRACKS.filter((t) => prev.tracks[t] !== next.tracks[t]),
    actors: ACTORS.filter((a) => prev.actors[a].vp !== next.actors[a].vp || RESOURCES.some((r) => prev.actors[a].resources[r] !== next.actors[a].resources[r])),
  };
}

const who = (settings: ClassroomSettings, seats: Seats, actor: (typeof ACTORS)[number]) => {
  const seat = seats[actor];
  return seat.kind === 'human' ? teamLabel(teamName(settings, actor) || seat.name || actor) : `Bot (${seat.level})`;
};

/**
 * The shared screen for the projector: public board (the engine's view for no seat), round, step,
 * countdown, scores and the public log. It never shows a hand or a hidden objective; a team sees
 * its own only after pressing Ready on the device.
 */
export function FacilitatorView({ state, seats, runner, onDebrief }: { state: GameState; seats: Seats; runner: SessionRunner; onDebrief: () => void }) {
  const settings = useClassroomStore((s) => s.settings);
  const alert = useClassroomStore((s) => s.alert);
  const callToDevice = useClassroomStore((s) => s.callToDevice);
  const resumeTimer = useClassroomStore((s) => s.resumeTimer);
  const dismissAlert = useClassroomStore((s) => s.dismissAlert);
  const setView = useClassroomStore((s) => s.setView);
  const held = useClassroomStore((s) => s.held);
  const prev = usePreviousState();
  const pub = useMemo(() => view(state, null), [state]);
  const highlight = useMemo(() => changed(prev, state), [prev, state]);
  const mover = toMove(state);
  const moverSeat = mover ? seats[mover] : null;
  const over = state.phase === 'ended';
  const readyRef = useRef<HTMLButtonElement>(null);
  const log = state.chronicle.slice(-14).reverse();

  // Put the keyboard on the Ready button when a team is called, so the room can hand over quickly.
  useEffect(() => {
    if (moverSeat?.kind === 'human') readyRef.current?.focus({ preventScroll: true });
  }, [mover, moverSeat, state.step]);

  const win = winner(state);
  return (
    <section className="facilitator" aria-labelledby="facilitator-title">
      <div className="facilitator-head">
        <div>
          <h1 id="facilitator-title" tabIndex={-1}>Classroom — facilitator view</h1>
          <p className="step-label">{stepLabel(state)}</p>
        </div>
        <Countdown label={settings.timerScope === 'round' ? 'Round time' : 'Turn time'} />
      </div>

      {alert && (
        <div role="alert" className="classroom-alert">
          <p><strong>Time is up{alert.actor ? ` for ${who(settings, seats, alert.actor)} (${ACTOR_INFO[alert.actor].name})` : ''}.</strong> The countdown is paused: you decide.</p>
          <button type="button" onClick={() => resumeTimer(Date.now())}>Give one more minute</button>
          <button type="button" onClick={runner.playForTeam}>A bot plays this move</button>
          <button type="button" className="secondary" onClick={dismissAlert}>Let the team finish without a clock</button>
        </div>
      )}
      {runner.error && (
        <div role="alert" className="classroom-alert">
          <p>{runner.error}</p>
          <button type="button" onClick={runner.retry}>Try again</button>
        </div>
      )}

      <div className="mover-panel" aria-live="polite">
        {over ? (
          <>
            <p className="mover-call">
              {state.end?.reason === 'catastrophe' ? 'Catastrophe: the game is over and nobody wins.' : `The game is over. ${win ? `${ACTOR_INFO[win].name} (${who(settings, seats, win)}) wins.` : ''}`}
            </p>
            <button type="button" className="primary" onClick={onDebrief}>Open the debrief</button>
          </>
        ) : mover && moverSeat?.kind === 'human' ? (
          <>
            <p className="mover-call"><ActorBadge actor={mover} /> {who(settings, seats, mover)} ({ACTOR_INFO[mover].name}) — come to the device</p>
            <button ref={readyRef} type="button" className="primary" onClick={() => callToDevice(mover)}>Ready: show {possessive(who(settings, seats, mover))} move</button>
          </>
        ) : mover ? (
          <p className="mover-call"><ActorBadge actor={mover} /> {ACTOR_INFO[mover].name}: {who(settings, seats, mover)} {held ? 'waits (session paused)' : 'is thinking…'}</p>
        ) : null}
        {runner.notice && <p className="notice">{runner.notice}</p>}
      </div>

      <div className="facilitator-grid">
        <div className="facilitator-board">
          <Board view={pub} changed={highlight} />
        </div>
        <div className="facilitator-side">
          <section aria-labelledby="scores-title" className="panel">
            <h2 id="scores-title">Scores</h2>
            <table className="scores" aria-labelledby="scores-title">
              <thead>
                <tr><th scope="col">Actor</th><th scope="col">Played by</th><th scope="col">VP</th><th scope="col">Cards in hand</th></tr>
              </thead>
              <tbody>
                {(over ? standings(state).map((s) => s.actor) : ACTORS).map((a) => (
                  <tr key={a} aria-current={a === mover ? 'true' : undefined} className={a === mover ? 'current' : undefined}>
                    <th scope="row"><ActorBadge actor={a} withName /></th>
                    <td>{who(settings, seats, a)}</td>
                    <td>{pub.actors[a].vp}</td>
                    <td>{pub.actors[a].handCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section aria-labelledby="log-title" className="panel public-log">
            <h2 id="log-title">Public log</h2>
            <p className="muted">Newest first.</p>
            <ol reversed>
              {log.map((e, i) => (
                <li key={state.chronicle.length - i} className={`log-${e.kind}`}>
                  <span className="log-round">R{e.round}</span> {e.text}
                </li>
              ))}
            </ol>
          </section>
        </div>
      </div>

      <nav aria-label="Session" className="session-nav">
        <button type="button" className="secondary" onClick={() => setView('briefings')}>Print briefings</button>
        <button type="button" className="secondary" onClick={onDebrief}>{over ? 'Debrief' : 'End early and debrief'}</button>
        <button type="button" className="secondary" onClick={() => setView('setup')}>Session settings</button>
      </nav>
    </section>
  );
}
