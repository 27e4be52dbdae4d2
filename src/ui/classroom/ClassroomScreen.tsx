import { type ReactNode, useEffect, useMemo } from 'react';
import { type ActorId, toMove } from '../../engine';
import { selectGameState, useGameState, useGameStore, useSeats } from '../../store/game';
import { seatsFromTeams, teamName, useClassroomStore } from '../../store/classroom';
import { DebriefScreen } from '../debrief/DebriefScreen';
import { BriefingsView } from './BriefingsView';
import { ClassroomSetup } from './ClassroomSetup';
import { FacilitatorView } from './FacilitatorView';
import { SecretStep } from './SecretStep';
import { useSessionRunner } from './useSessionRunner';
import './classroom.css';
import { teamLabel } from '../common/words';

/** Is the game store's game the one this session started (and not a hot-seat game begun since)? */
function useSessionGame() {
  const header = useGameStore((s) => s.header);
  const gameId = useClassroomStore((s) => s.gameId);
  const started = useClassroomStore((s) => s.started);
  return started && header !== null && header.createdAt === gameId;
}

/**
 * Classroom mode at #/classroom: the facilitator's setup, the shared facilitator view with the
 * teams' secret steps, printable role briefings, and the debrief at the end.
 */
export function ClassroomScreen() {
  const view = useClassroomStore((s) => s.view);
  const setView = useClassroomStore((s) => s.setView);
  const ours = useSessionGame();
  const hotSeatInProgress = useGameStore((s) => s.kind === 'hotseat' && s.header !== null && selectGameState(s)?.phase !== 'ended');

  // Move focus to the new screen's heading when the facilitator switches screens.
  useEffect(() => {
    document.querySelector<HTMLElement>('.classroom h1')?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [view]);

  const start = () => {
    const { settings, beginSession } = useClassroomStore.getState();
    const game = useGameStore.getState();
    // A new library entry: a hot-seat game in progress is kept in Saved games, never overwritten.
    if (game.startGame({ seed: String(settings.seed), rounds: settings.rounds }, seatsFromTeams(settings.teams), 'classroom')) return;
    beginSession(useGameStore.getState().header?.createdAt ?? null);
  };

  let body: ReactNode;
  if (view === 'briefings') body = <BriefingsView onBack={() => setView(ours ? 'session' : 'setup')} />;
  else if (view === 'setup' || !ours) {
    body = (
      <>
        {hotSeatInProgress && <p role="status" className="panel">A hot-seat game is in progress: starting a session does not replace it, it stays in Saved games.</p>}
        {view !== 'setup' && !ours && <p role="status" className="panel">No classroom session is running on this device (a new hot-seat game may have replaced it). Set one up below.</p>}
        <ClassroomSetup onStart={start} canResume={ours} onResume={() => setView('session')} onBriefings={() => setView('briefings')} />
      </>
    );
  } else if (view === 'debrief') body = <SessionDebrief />;
  else body = <Session />;
  return <div className="classroom">{body}</div>;
}

/** The running session: the facilitator view, or one team's secret step after it pressed Ready. */
function Session() {
  const state = useGameState();
  const seats = useSeats();
  const atDevice = useClassroomStore((s) => s.atDevice);
  const callToDevice = useClassroomStore((s) => s.callToDevice);
  const setView = useClassroomStore((s) => s.setView);
  const settings = useClassroomStore((s) => s.settings);
  const runner = useSessionRunner();
  if (!state || !seats) return null;
  const mover = toMove(state);
  // The secret step shows only while it is still that team's move (a timeout may have played it).
  const secret: ActorId | null = atDevice && atDevice === mover && seats[atDevice].kind === 'human' ? atDevice : null;
  if (secret) {
    return <SecretStep key={`${secret}-${state.step}`} state={state} actor={secret} team={teamName(settings, secret) || secret} onDone={() => callToDevice(null)} />;
  }
  return <FacilitatorView state={state} seats={seats} runner={runner} onDebrief={() => setView('debrief')} />;
}

function SessionDebrief() {
  const header = useGameStore((s) => s.header);
  const log = useGameStore((s) => s.log);
  const cursor = useGameStore((s) => s.cursor);
  const settings = useClassroomStore((s) => s.settings);
  const setView = useClassroomStore((s) => s.setView);
  const endSession = useClassroomStore((s) => s.endSession);
  const actions = useMemo(() => (cursor === log.length ? log : log.slice(0, cursor)), [log, cursor]);
  if (!header) return null;
  const playedBy = (a: ActorId) => {
    const seat = header.seats[a];
    return seat.kind === 'human' ? teamLabel(teamName(settings, a) || seat.name || a) : `Bot (${seat.level})`;
  };
  return (
    <DebriefScreen options={header.options} actions={actions} seats={header.seats} playedBy={playedBy}>
      <button type="button" onClick={() => setView('session')}>Back to the facilitator view</button>
      <button type="button" className="secondary" onClick={endSession}>New session</button>
    </DebriefScreen>
  );
}
