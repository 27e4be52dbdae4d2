import { memo } from 'react';
import { ACTOR_INFO, CALENDAR, type GameView, TURN_ORDER } from '../../engine';
import { ACTOR_ART } from './actorArt';
import { apecRoundOf, boardToMove, roundText, TURNS_IN_ROUND } from './boardModel';

const CAL_W = 70;
const SCRIPTED = CALENDAR.length;

interface CalProps {
  readonly round: number;
  readonly rounds: number;
  readonly apecResult: GameView['apecResult'];
  readonly ended: boolean;
}

/** The round calendar: the scripted six fortnights, then a counter for extra rounds in longer games. */
export const CalendarTrack = memo(function CalendarTrack({ round, rounds, apecResult, ended }: CalProps) {
  const apecRound = apecRoundOf(rounds);
  const extra = rounds > SCRIPTED;
  return (
    <g className="board-calendar">
      <text x="0" y="0" className="board-section-title">Calendar</text>
      <text x="520" y="0" className="board-section-aside">{`Game of ${rounds} ${rounds === 1 ? 'round' : 'rounds'}`}</text>
      {CALENDAR.map((c, i) => {
        const r = i + 1;
        const played = r <= rounds;
        const now = r === round && !ended;
        const past = r < round || (ended && r <= round);
        const [w1, ...rest] = c.label.split(' ');
        const cls = `board-cal${now ? ' is-now' : ''}${past ? ' is-past' : ''}${played ? '' : ' is-unplayed'}`;
        return (
          <g key={c.label} transform={`translate(${i * (CAL_W + 4)} 12)`} className={cls} data-round={r}>
            <title>{`Round ${r}: ${c.label}${r === apecRound ? ' (APEC is judged)' : ''}${played ? '' : ' (not played in this game)'}`}</title>
            <rect width={CAL_W} height="74" rx="8" className="board-cal-space" />
            <text x={CAL_W / 2} y="18" className="board-cal-num">{played ? r : '—'}</text>
            <text x={CAL_W / 2} y="37" className="board-cal-label">{w1}</text>
            <text x={CAL_W / 2} y="52" className="board-cal-label">{rest.join(' ')}</text>
            {r === apecRound && (
              <g transform={`translate(${CAL_W / 2} 66)`} className="board-cal-apec">
                <rect x="-28" y="-9" width="56" height="16" rx="8" />
                <text y="3">{apecResult === 'success' ? 'APEC ✓' : apecResult === 'failure' ? 'APEC ✗' : 'APEC ★'}</text>
              </g>
            )}
            {r === rounds && r !== apecRound && (
              <text x={CAL_W / 2} y="69" className="board-cal-final">Final</text>
            )}
            {past && !now && <path d="M48 8l5 5 9-10" className="board-cal-tick" />}
            {now && (
              <g transform={`translate(${CAL_W - 12} 6)`} className="board-pawn">
                <path d="M-7 12a7 10 0 0 1 14 0Z" />
                <circle r="6" />
              </g>
            )}
          </g>
        );
      })}
      <g transform={`translate(${SCRIPTED * (CAL_W + 4)} 12)`} className={`board-cal board-cal--extra${round > SCRIPTED ? ' is-now' : ''}${extra ? '' : ' is-unplayed'}`} data-round="extra">
        <title>{extra ? `Extra rounds ${SCRIPTED + 1} to ${rounds}${round > SCRIPTED ? `; now round ${round}` : ''}` : 'No extra rounds in this game'}</title>
        <rect width={520 - SCRIPTED * (CAL_W + 4)} height="74" rx="8" className="board-cal-space" />
        <text x="38" y="18" className="board-cal-num board-cal-num--small">{extra ? 'Extra' : 'No extra'}</text>
        {extra ? (
          round > SCRIPTED ? (
            <>
              <text x="38" y="45" className="board-cal-counter">{round}</text>
              <text x="38" y="64" className="board-cal-label">{`of ${rounds}`}</text>
            </>
          ) : (
            <>
              <text x="38" y="40" className="board-cal-label">{`Rounds ${SCRIPTED + 1}–${rounds}`}</text>
              <text x="38" y="58" className="board-cal-label">to come</text>
            </>
          )
        ) : (
          <text x="38" y="40" className="board-cal-label">rounds</text>
        )}
      </g>
    </g>
  );
});

/** The order of play in a round: ten action turns, then the summit step. */
export function TurnStrip({ view }: { view: GameView }) {
  const mover = boardToMove(view);
  const slot = 38;
  return (
    <g className="board-turns">
      <text x="0" y="0" className="board-section-title">This round</text>
      <text x="520" y="0" className="board-section-aside">{roundText(view)}</text>
      {Array.from({ length: TURNS_IN_ROUND }, (_, i) => {
        const a = TURN_ORDER[i % TURN_ORDER.length]!;
        const now = view.phase === 'action' && view.turn === i;
        const past = view.phase !== 'action' || view.turn > i;
        return (
          <g key={i} transform={`translate(${i * (slot + 3)} 12)`} className={`board-turn${now ? ' is-now' : ''}${past ? ' is-past' : ''}`}>
            <title>{`Action turn ${i + 1}: ${ACTOR_INFO[a].name}${now ? ' (now)' : ''}`}</title>
            <rect width={slot} height="40" rx="6" className="board-turn-space" style={{ ['--actor' as string]: ACTOR_ART[a].color }} />
            <text x={slot / 2} y="17" className="board-turn-num">{i + 1}</text>
            <text x={slot / 2} y="33" className="board-turn-who">{ACTOR_INFO[a].short}</text>
          </g>
        );
      })}
      <g transform={`translate(${TURNS_IN_ROUND * (slot + 3)} 12)`} className={`board-turn board-turn--summit${view.phase === 'summit' ? ' is-now' : ''}${view.phase === 'ended' ? ' is-past' : ''}`}>
        <title>{view.phase === 'summit' ? `Summit step, ${mover ? ACTOR_INFO[mover].name : ''} to act` : 'Summit step, after the action turns'}</title>
        <rect width={520 - TURNS_IN_ROUND * (slot + 3)} height="40" rx="6" className="board-turn-space" />
        <text x={(520 - TURNS_IN_ROUND * (slot + 3)) / 2} y="17" className="board-turn-num">Summit</text>
        <text x={(520 - TURNS_IN_ROUND * (slot + 3)) / 2} y="33" className="board-turn-who">{view.phase === 'summit' && mover ? ACTOR_INFO[mover].short : 'step'}</text>
      </g>
    </g>
  );
}
