import { ACTOR_INFO, currentTable, type GameState, roundLabel, TABLE_INFO, toMove, TURN_ORDER, TURNS_PER_ROUND } from '../../engine';
import type { Seats } from '../../log/seats';
import { ActorBadge } from '../common/ActorBadge';
import { seatLabel } from './seatLabel';

const TURNS_IN_ROUND = TURN_ORDER.length * TURNS_PER_ROUND;

/** Where the game stands: round, step, whose move, and the turn order of the round. */
export function TurnStatus({ state, seats }: { state: GameState; seats: Seats }) {
  const mover = toMove(state);
  const table = currentTable(state);
  const phase =
    state.phase === 'ended' ? 'Game over'
    : state.phase === 'setup' ? 'Secret setup: objectives and forecasts'
    : state.phase === 'summit' && table ? `Summit step: ${TABLE_INFO[table].name}`
    : `Action turn ${state.turn + 1} of ${TURNS_IN_ROUND}`;
  return (
    <div className="turn-status">
      <p className="turn-round">
        <span className="turn-round-n">Round {state.round} of {state.options.rounds}</span>
        <span className="turn-round-label">{roundLabel(state.round)}</span>
      </p>
      <p className="turn-phase">{phase}</p>
      {mover && (
        <p className="turn-mover">
          <span className="turn-mover-label">To move:</span> <ActorBadge actor={mover} withName />
          <span className="turn-who">({seatLabel(mover, seats[mover])})</span>
        </p>
      )}
      <ol className="turn-pips" aria-label="Turn order this round">
        {Array.from({ length: TURNS_IN_ROUND }, (_, i) => {
          const a = TURN_ORDER[i % TURN_ORDER.length]!;
          // Before round 1 (setup) no turn is done yet; after the action step (summit, end) all are.
          const done = state.phase === 'setup' ? false : state.phase !== 'action' || i < state.turn;
          const now = state.phase === 'action' && i === state.turn;
          return (
            <li key={i} className={`pip ${done ? 'is-done' : ''} ${now ? 'is-now' : ''}`} data-actor={a} aria-current={now ? 'step' : undefined}>
              <span className="sr-only">{ACTOR_INFO[a].name}{done ? ', done' : now ? ', now' : ''}</span>
              <span aria-hidden="true">{ACTOR_INFO[a].short}</span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
