import { lazy, memo, Suspense, useEffect, useMemo, useState } from 'react';
import { type Action, ACTOR_INFO, ACTORS, type ActorId, type GameState, legalActions, RESOURCES, toMove, TRACKS, view } from '../../engine';
import { selectPlayed, useGameState, useGameStore, usePreviousState, useTableSeat, useUndoRedo } from '../../store/game';
import type { GameHeader } from '../../store/save';
import { stateAt } from '../../store/timeline';
import { BOT_DELAYS, useSettings } from '../../store/settings';
import { Board, type BoardHighlight } from '../board/Board';
import { ActorBadge } from '../common/ActorBadge';
import { DamagedSave } from '../common/DamagedSave';
import { focusAfterPaint, releaseFocus } from '../common/focusAfterPaint';
import { navigate } from '../common/route';
import { possessive } from '../common/words';
import { ConfirmBar } from './ConfirmBar';
import { moveNote } from './moveNotes';
import { EndScreen } from './EndScreen';
import { downloadGameLog, replayHash, shareUrl } from './exportGame';
import { ExportWarning } from './ExportWarning';
import { GameLog } from './GameLog';
import { Hand } from './Hand';
import { HelpDialog } from './HelpDialog';
import { PassScreen } from './PassScreen';
import { SeatPanel } from './SeatPanel';
import { seatLabel } from './seatLabel';
import { SetupPanel } from './SetupPanel';
import { SummitPanel } from './SummitPanel';
import { TurnStatus } from './TurnStatus';
import { useBotDriver } from './useBotDriver';
import { sinceLast } from './sinceLast';
import { WhatHappened } from './WhatHappened';
import './table.css';

// Memoised so choosing (not yet confirming) a move redraws only the hand, not the map and the log.
const MemoBoard = memo(Board);
const MemoLog = memo(GameLog);
const MemoStatus = memo(TurnStatus);

// The debrief (with its charts) is only fetched when a finished game asks for it.
const GameDebrief = lazy(() => import('../debrief/GameDebrief').then((m) => ({ default: m.GameDebrief })));

/** The hot-seat table: board, the seat's papers and hand, the chronicle, and the turn flow. */
export function GameScreen() {
  const header = useGameStore((s) => s.header);
  const cursor = useGameStore((s) => s.cursor);
  const damaged = useGameStore((s) => s.damaged);
  const state = useGameState();
  if (!header || !state) {
    return (
      <div className="page">
        <h1 tabIndex={-1}>Game</h1>
        {damaged ? <DamagedSave /> : (
          <>
            <p>No game is in progress.</p>
            <p><a className="btn btn-primary" href="#/setup">Start a new game</a></p>
          </>
        )}
      </div>
    );
  }
  return <GameTable header={header} state={state} cursor={cursor} />;
}

/** What the last move changed, for the board to highlight. */
function diff(prev: GameState | null, next: GameState): BoardHighlight {
  if (!prev) return {};
  const tracks = TRACKS.filter((t) => prev.tracks[t] !== next.tracks[t]);
  const actors = ACTORS.filter((a) => prev.actors[a].vp !== next.actors[a].vp || RESOURCES.some((r) => prev.actors[a].resources[r] !== next.actors[a].resources[r]));
  return { tracks, actors };
}

/** The tab title follows the game; set after the shell's own title for the route. */
function useGameTitle(title: string): void {
  useEffect(() => {
    const t = setTimeout(() => {
      document.title = `${title} — Summitry`;
    }, 0);
    return () => clearTimeout(t);
  }, [title]);
}

const isTyping = (t: EventTarget | null) => t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));

function GameTable({ header, state, cursor }: { header: GameHeader; state: GameState; cursor: number }) {
  const { seats } = header;
  const prev = usePreviousState();
  const dispatch = useGameStore((s) => s.dispatch);
  const undo = useGameStore((s) => s.undo);
  const redo = useGameStore((s) => s.redo);
  const { canUndo, canRedo } = useUndoRedo();
  const botDelay = useSettings((s) => s.botDelay);
  const setBotDelay = useSettings((s) => s.setBotDelay);

  const [pending, setPending] = useState<Action | null>(null);
  const [preview, setPreview] = useState<Action | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [paused, setPaused] = useState(false);
  const [notice, setNotice] = useState('');
  const [debrief, setDebrief] = useState(false);

  const humans = ACTORS.filter((a) => seats[a].kind === 'human');
  const mover = toMove(state);
  const ended = state.phase === 'ended';
  const hasBots = humans.length < ACTORS.length;
  const solo = humans.length === 1 ? humans[0]! : null;

  // Hidden information: the store decides whose secrets may be rendered (a seat only after its player
  // pressed Ready on its pass screen, and only until the mover changes: see selectTableSeat).
  const tableSeat = useTableSeat();
  const reveal = useGameStore((s) => s.reveal);
  const privateSeat: ActorId | null = tableSeat.kind === 'seat' ? tableSeat.seat : null;
  const passTo: ActorId | null = tableSeat.kind === 'pass' ? tableSeat.seat : null;
  const [exportAsk, setExportAsk] = useState<'file' | 'link' | null>(null);

  // A new position clears any half-chosen move.
  useEffect(() => {
    setPending(null);
    setPreview(null);
    setError(null);
  }, [cursor]);

  // After a move the confirm button is gone: keyboard focus lands on the tray's heading, not on <body>.
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return focusAfterPaint(() => document.getElementById('tray-title'), { preventScroll: true });
  }, [cursor, privateSeat]);

  const bots = useBotDriver(header, state, cursor, botDelay, paused);
  const legal = useMemo(() => (privateSeat && privateSeat === mover ? legalActions(state, privateSeat) : []), [state, privateSeat, mover]);
  const gameView = useMemo(() => view(state, privateSeat), [state, privateSeat]);

  // What happened since the seat now up last played (public facts only), for its pass screen, or
  // for the one person at a table of bots; the board then highlights those changes, not just the last move's.
  const log = useGameStore((s) => s.log);
  const summarySeat: ActorId | null = passTo ?? (solo && mover === solo ? solo : null);
  const since = useMemo(() => {
    if (!summarySeat) return null;
    let i = cursor - 1;
    while (i >= 0 && log[i]!.actor !== summarySeat) i--;
    // From just after the seat's own move; but when that move ended the round (the host's last word
    // at a summit), from just before it, so the round's scoring is in the summary.
    const after = stateAt(header, header.options, log, i + 1);
    const pre = i >= 0 ? stateAt(header, header.options, log, i) : after;
    const roundEnded = after.history.length !== pre.history.length;
    const before = view(roundEnded ? pre : after, null);
    return { before, since: sinceLast(before, view(state, null), roundEnded ? 1 : 0) };
  }, [summarySeat, cursor, log, header, state]);
  const lastMove = useMemo(() => diff(prev, state), [prev, state]);
  const changed = useMemo<BoardHighlight>(
    () => (since ? { tracks: since.since.tracks.map((t) => t.track), actors: since.since.vp.map((v) => v.actor) } : lastMove),
    [since, lastMove],
  );

  const confirm = () => {
    if (!pending) return;
    const err = dispatch(pending);
    if (err) setError(err.message);
    else releaseFocus(); // the Confirm button goes with this render
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || e.altKey || e.metaKey) return;
      const k = e.key.toLowerCase();
      if ((e.ctrlKey && k === 'z' && !e.shiftKey) || (!e.ctrlKey && e.key === 'u')) {
        e.preventDefault();
        undo();
      } else if ((e.ctrlKey && (k === 'y' || (k === 'z' && e.shiftKey))) || (!e.ctrlKey && e.key === 'U')) {
        e.preventDefault();
        redo();
      } else if (e.key === '?') {
        e.preventDefault();
        setHelpOpen(true);
      } else if (e.key === 'Escape' && pending) {
        setPending(null);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo, pending]);

  const played = () => selectPlayed(useGameStore.getState());
  const copyLink = async () => {
    const url = shareUrl(header, played());
    try {
      await navigator.clipboard.writeText(url);
      setNotice('Share link copied to the clipboard.');
    } catch {
      window.prompt('Copy this link:', url);
    }
  };
  // Mid-game, a log or link lets whoever opens it see every hand: the player is warned first.
  const exportButtons = (
    <>
      <button type="button" className="btn" onClick={() => (ended ? downloadGameLog(header, played()) : setExportAsk('file'))}>Export log</button>
      <button type="button" className="btn" onClick={() => (ended ? void copyLink() : setExportAsk('link'))}>Copy share link</button>
    </>
  );

  const mine = privateSeat ? state.actors[privateSeat] : null;
  useGameTitle(ended ? 'Game over' : `Round ${state.round}, ${mover ? `${ACTOR_INFO[mover].name} to move` : ''}`);

  return (
    <div className={`table ${ended ? 'is-ended' : ''}`}>
      <h1 className="sr-only" tabIndex={-1}>Summitry game</h1>
      <div className="table-bar">
        <MemoStatus state={state} seats={seats} />
        <p className="bot-status" role="status" aria-live="polite">
          {bots.thinking ? <><span className="spinner" aria-hidden="true" /> {ACTOR_INFO[bots.thinking].name} is thinking…</> : paused && !ended ? 'Bots are paused.' : ''}
          {notice ? ` ${notice}` : ''}
        </p>
        <div className="table-tools" role="toolbar" aria-label="Game controls">
          <button type="button" className="btn" onClick={undo} disabled={!canUndo} aria-keyshortcuts="U Control+Z">
            <span aria-hidden="true">↶ </span>Undo
          </button>
          <button type="button" className="btn" onClick={redo} disabled={!canRedo} aria-keyshortcuts="Shift+U Control+Y">
            <span aria-hidden="true">↷ </span>Redo
          </button>
          {!ended && hasBots && (
            <>
              <label className="bot-speed">
                <span>Bot speed</span>
                <select value={botDelay} onChange={(e) => setBotDelay(Number(e.target.value))}>
                  {BOT_DELAYS.map((d) => <option key={d} value={d}>{d === 0 ? 'Instant' : `${d / 1000} s per move`}</option>)}
                </select>
              </label>
              <button type="button" className="btn" aria-pressed={paused} onClick={() => setPaused((p) => !p)}>
                {paused ? '▶ Resume bots' : '❚❚ Pause bots'}
              </button>
            </>
          )}
          {exportButtons}
          <button type="button" className="btn" onClick={() => setHelpOpen(true)} aria-keyshortcuts="?">Help</button>
        </div>
      </div>

      {bots.error && (
        <p className="notice notice-error" role="alert">
          The bot could not move: {bots.error} <button type="button" className="btn" onClick={bots.retry}>Try again</button>
        </p>
      )}

      {ended && (
        <EndScreen
          state={state}
          seats={seats}
          actions={
            <>
              <button type="button" className="btn btn-primary" onClick={() => navigate('/setup')}>New game</button>
              <button type="button" className="btn" onClick={() => { location.hash = replayHash(header, played()); }}>View replay of this game</button>
              <button type="button" className="btn" aria-expanded={debrief} onClick={() => setDebrief((d) => !d)}>
                {debrief ? 'Hide the debrief' : 'Debrief: charts and turning points'}
              </button>
              {exportButtons}
            </>
          }
        />
      )}
      {ended && debrief && (
        <Suspense fallback={<p role="status">Loading the debrief…</p>}>
          <div className="end-debrief"><GameDebrief /></div>
        </Suspense>
      )}

      <div className="table-grid">
        {/* The seat's tray comes first in the reading and Tab order, as it does on screen. */}
        {!ended && (
          <section className="tray" aria-labelledby="tray-title">
            {passTo ? (
              <>
                <PassScreen actor={passTo} who={seats[passTo].name ?? `${possessive(ACTOR_INFO[passTo].name)} player`} onReady={() => { if (reveal(passTo)) releaseFocus(); }} setup={state.phase === 'setup'} />
                {since && <WhatHappened since={since.since} who={ACTOR_INFO[passTo].name} />}
              </>
            ) : privateSeat ? (
              <>
                <h2 id="tray-title" className="tray-title" tabIndex={-1}>
                  {privateSeat === mover
                    ? state.phase === 'setup' ? `Your secret setup, ${ACTOR_INFO[privateSeat].name}` : state.phase === 'summit' ? 'Your move at the summit' : `Your move, ${ACTOR_INFO[privateSeat].name}: play one card`
                    : `Your hand (${ACTOR_INFO[privateSeat].name}) — waiting for ${mover ? ACTOR_INFO[mover].name : 'the others'}`}
                </h2>
                {state.phase === 'setup' && privateSeat === mover ? (
                  <SetupPanel state={state} seat={privateSeat} legal={legal} pending={pending} onChoose={setPending} onPreview={setPreview} />
                ) : state.phase === 'summit' && privateSeat === mover ? (
                  <SummitPanel state={state} seat={privateSeat} legal={legal} pending={pending} onChoose={setPending} onPreview={setPreview} />
                ) : (
                  <Hand state={state} seat={privateSeat} legal={legal} pending={pending} onChoose={setPending} onPreview={setPreview} />
                )}
                {privateSeat === mover && (
                  <ConfirmBar pending={pending} preview={preview} error={error} onConfirm={confirm} onCancel={() => setPending(null)} note={(a) => moveNote(state, a)} state={state} />
                )}
              </>
            ) : (
              <div className="tray-public">
                <h2 id="tray-title" className="tray-title" tabIndex={-1}>{humans.length === 0 ? 'Watching the bots play' : 'The bots are playing'}</h2>
                <p>{mover ? `${ACTOR_INFO[mover].name} (${seatLabel(mover, seats[mover])}) is to move.` : ''} Hands stay hidden until a human seat is up.</p>
              </div>
            )}
          </section>
        )}
        <div className="board-area" aria-label="Board" role="region">
          <MemoBoard view={gameView} changed={changed} previous={since?.before} />
        </div>

        <aside className="side" aria-label="Seat and chronicle">
          {solo && since && !passTo && <WhatHappened since={since.since} who="you" />}
          {privateSeat && mine ? (
            <SeatPanel state={state} seat={privateSeat} who={seatLabel(privateSeat, seats[privateSeat])} />
          ) : (
            <section className="seat-panel seat-panel-public" aria-labelledby="public-title">
              <h2 id="public-title">At the table</h2>
              <ul className="table-seats">
                {ACTORS.map((a) => (
                  <li key={a} className={a === mover ? 'is-mover' : ''}>
                    <ActorBadge actor={a} withName /> <span className="seat-who">{seatLabel(a, seats[a])}</span>
                    <span className="seat-vp">{state.actors[a].vp} VP</span>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <MemoLog chronicle={state.chronicle} />
        </aside>

      </div>
      <HelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
      <ExportWarning
        ask={exportAsk}
        onClose={() => setExportAsk(null)}
        onFile={() => { setExportAsk(null); downloadGameLog(header, played()); }}
        onLink={() => { setExportAsk(null); void copyLink(); }}
      />
    </div>
  );
}
