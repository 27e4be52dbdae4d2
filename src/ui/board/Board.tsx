import { memo, useId, useMemo } from 'react';
import { ACTOR_INFO, ACTORS, type GameView, TRACK_INFO, TRACKS } from '../../engine';
import { ActorPlaque } from './ActorPlaque';
import { BoardSummary } from './BoardSummary';
import { type BoardHighlight, boardChanges, boardToMove, finalOrder, roundText, statusLine, stepText, apecNote } from './boardModel';
import { CalendarTrack, TurnStrip } from './CalendarTrack';
import { MAP_H, MAP_W } from './geo';
import { MapArt } from './MapArt';
import { SummitLines } from './SummitLines';
import { TrackBoard } from './TrackBoard';
import './board.css';

export type { BoardHighlight } from './boardModel';

export const BOARD_W = 1640;
export const BOARD_H = 1040;
const M = 20;
const COL_X = M + MAP_W + 20;

export interface BoardProps {
  readonly view: GameView;
  /** Tracks and actors to highlight as changed by the last step. */
  readonly changed?: BoardHighlight;
  /** The view before the last step: gives the deltas (and the highlight, if `changed` is not given). */
  readonly previous?: GameView;
  /** Show the text tables under the picture instead of keeping them for screen readers only. */
  readonly showSummary?: boolean;
  readonly className?: string;
}

/** The wooden frame, panels and title: drawn once. */
const BoardFrame = memo(function BoardFrame({ clipId }: { clipId: string }) {
  return (
    <g aria-hidden="true">
      <defs>
        <linearGradient id={`${clipId}-wood`} x1="0" y1="0" x2="1" y2="1">
          <stop offset="0" stopColor="#7a5230" />
          <stop offset=".5" stopColor="#5e3d22" />
          <stop offset="1" stopColor="#4a2f1a" />
        </linearGradient>
        <clipPath id={clipId}><rect width={MAP_W} height={MAP_H} rx="10" /></clipPath>
      </defs>
      <rect width={BOARD_W} height={BOARD_H} rx="22" fill={`url(#${clipId}-wood)`} />
      <rect x="6" y="6" width={BOARD_W - 12} height={BOARD_H - 12} rx="17" className="board-frame-inlay" />
      <rect x={M - 4} y={M - 4} width={MAP_W + 8} height={MAP_H + 8} rx="13" className="board-map-mat" />
      <rect x={COL_X - 4} y={M - 4} width={BOARD_W - COL_X - M + 8} height={MAP_H + 8} rx="13" className="board-panel" />
      <g transform={`translate(${COL_X + 270} ${M + 34})`} className="board-title">
        <text className="board-title-main">SUMMITRY</text>
        <text y="24" className="board-title-sub">Sanctions &amp; summitry · North-East Asia · autumn 2025</text>
      </g>
      <path d={`M${COL_X + 16} ${M + 68}H${BOARD_W - M - 16}`} className="board-rule" />
    </g>
  );
});

/** The Washington inset: the United States sits off the map, in the Pacific corner. */
const WashingtonInset = memo(function WashingtonInset() {
  return (
    <g className="board-inset" aria-hidden="true">
      <rect x="738" y="728" width="296" height="266" rx="10" className="board-inset-frame" />
      <text x="1024" y="750" className="board-inset-title">Washington, D.C.</text>
      <text x="1024" y="766" className="board-inset-sub">off the map · 11,000 km east</text>
    </g>
  );
});

function EndBanner({ view }: { view: GameView }) {
  const catastrophe = view.end?.reason === 'catastrophe';
  const order = finalOrder(view);
  return (
    <g className={`board-end${catastrophe ? ' board-end--catastrophe' : ''}`} transform="translate(130 640)" data-testid="board-end">
      <rect x="4" y="6" width="560" height="112" rx="12" className="board-plaque-shadow" />
      <rect width="560" height="112" rx="12" className="board-end-card" />
      <text x="280" y="40" className="board-end-title">{catastrophe ? 'CATASTROPHE' : 'THE AUTUMN IS OVER'}</text>
      <text x="280" y="68" className="board-end-text">{catastrophe ? `Tension reached ${TRACK_INFO.tension.max}: nobody wins.` : 'Final scores are in.'}</text>
      <text x="280" y="94" className="board-end-text">
        {catastrophe
          ? view.end?.culprit ? `${ACTOR_INFO[view.end.culprit].name} pushed it over the edge and ranks last.` : 'A world event tipped it over.'
          : `Ranking: ${order.map((a, i) => `${i + 1}. ${ACTOR_INFO[a].short} ${view.actors[a].vp}`).join('  ·  ')}`}
      </text>
    </g>
  );
}

/**
 * The game board: a map of North-East Asia with the five actors at their capitals, the shared tracks,
 * the calendar and the summit tables. The picture is backed by text tables with every value.
 */
export function Board({ view, changed, previous, showSummary = false, className }: BoardProps) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const changes = useMemo(() => boardChanges(view, changed, previous), [view, changed, previous]);
  const mover = boardToMove(view);
  const ended = view.phase === 'ended';
  const ranks = useMemo(() => (ended ? finalOrder(view) : null), [ended, view]);
  const culprit = view.end?.reason === 'catastrophe' ? view.end.culprit : null;
  const desc = `${roundText(view)}. ${stepText(view)}. ${TRACKS.map((t) => `${TRACK_INFO[t].name} ${view.tracks[t]}`).join(', ')}.`;
  return (
    // A figure, not a landmark: hosts may wrap the board in their own "Board" region.
    <figure className={`board${ended ? ' is-ended' : ''}${className ? ` ${className}` : ''}`} aria-label="Board" data-phase={view.phase}>
      {/* On a phone the picture is drawn at a readable size and panned sideways; the tables come first. */}
      <div className="board-map" tabIndex={0} role="group" aria-label="Board picture">
      <svg viewBox={`0 0 ${BOARD_W} ${BOARD_H}`} className="board-svg" role="img" aria-labelledby={`${uid}-t`} aria-describedby={`${uid}-d`}>
        <title id={`${uid}-t`}>Summitry board</title>
        <desc id={`${uid}-d`}>{desc}</desc>
        <BoardFrame clipId={`${uid}-clip`} />
        <g transform={`translate(${M} ${M})`} clipPath={`url(#${uid}-clip)`}>
          <MapArt />
          <WashingtonInset />
          <SummitLines view={view} />
          {ACTORS.map((a) => (
            <ActorPlaque
              key={a}
              id={a}
              actor={view.actors[a]}
              toMove={a === mover}
              changed={changes.actors.has(a)}
              delta={changes.actorDelta[a]}
              rank={ranks ? ranks.indexOf(a) + 1 : null}
              culprit={a === culprit}
              hasWinner={view.end?.reason === 'calendar'}
            />
          ))}
          {ended && <EndBanner view={view} />}
        </g>
        <g transform={`translate(${COL_X + 10} ${M + 104})`}>
          <CalendarTrack round={view.round} rounds={view.options.rounds} apecResult={view.apecResult} ended={ended} />
        </g>
        <g transform={`translate(${COL_X + 10} ${M + 216})`}>
          <TurnStrip view={view} />
        </g>
        <g transform={`translate(${COL_X + 10} ${BOARD_H - M - 44})`} className={`board-status board-status--${view.phase}`}>
          <rect width={BOARD_W - COL_X - M - 20} height="36" rx="18" className="board-status-bar" />
          <text x={(BOARD_W - COL_X - M - 20) / 2} y="24" className="board-status-text">{statusLine(view)}</text>
        </g>
        <g transform={`translate(${COL_X} ${M + 292})`}>
          <TrackBoard tracks={view.tracks} apecNote={apecNote(view)} changed={changes.tracks} delta={changes.trackDelta} />
        </g>
      </svg>
      </div>
      <div className={showSummary ? 'board-summary-wrap' : 'board-sr-only'}>
        <BoardSummary view={view} changes={changes} id={`${uid}-s`} />
      </div>
    </figure>
  );
}
