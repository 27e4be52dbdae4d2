import {
  ACTOR_INFO, type ActorId, AGENDA, type GameState, objectiveIn, READING_INFO, standings, TABLE_INFO, TERM_INFO, winner,
} from '../../engine';
import type { ReactNode } from 'react';
import type { Seats } from '../../log/seats';
import { ActorBadge } from '../common/ActorBadge';
import { Met } from './Met';
import { seatLabel } from './seatLabel';
import { tieBreakNotes } from './tieBreak';

const ordinal = (n: number) => ['1st', '2nd', '3rd', '4th', '5th'][n - 1] ?? `${n}th`;

/** The final result: who won (or the catastrophe and its culprit), each actor's VP and why. */
export function EndScreen({ state, seats, actions }: { state: GameState; seats: Seats; actions: ReactNode }) {
  const win = winner(state);
  const table = standings(state);
  const end = state.end;
  // The engine's own words when it settled a tie at the top; otherwise how level actors further down were ordered.
  const ties = end?.tieBreak ? [end.tieBreak] : tieBreakNotes(state);
  const rounds = state.history.filter((h) => h.round > 0);
  const vpAt = (actor: ActorId, i: number) => rounds[i]!.vp[actor] - (i === 0 ? (state.history[0]?.vp[actor] ?? 0) : rounds[i - 1]!.vp[actor]);
  return (
    <section className="end-screen" aria-labelledby="end-title">
      <header className="end-head">
        {win ? (
          <>
            <p className="end-kicker">The autumn is over</p>
            <h2 id="end-title"><span aria-hidden="true">♛ </span>{ACTOR_INFO[win].name} wins</h2>
            <p className="end-sub">
              {seats[win].kind === 'bot' && !seats[win].name ? `The ${seatLabel(win, seats[win])} playing ${ACTOR_INFO[win].name}` : seatLabel(win, seats[win])} finishes first with {state.actors[win].vp} VP.
            </p>
          </>
        ) : (
          <>
            <p className="end-kicker end-kicker-bad">Catastrophe</p>
            <h2 id="end-title"><span aria-hidden="true">⚠ </span>Nobody wins</h2>
            <p className="end-sub">
              Tension reached the top in round {state.round}.{' '}
              {end?.culprit ? `${ACTOR_INFO[end.culprit].name} pushed it over the edge and ranks last.` : 'A world event tipped it over.'}
            </p>
          </>
        )}
        <div className="button-row end-actions">{actions}</div>
      </header>

      <table className="standings">
        <caption>Final standings</caption>
        <thead>
          <tr>
            <th scope="col">Place</th>
            <th scope="col">Actor</th>
            <th scope="col">VP</th>
            <th scope="col">VP by round</th>
            <th scope="col">Hidden objective</th>
            <th scope="col">Forecast</th>
            <th scope="col">Agenda at the end</th>
          </tr>
        </thead>
        <tbody>
          {table.map(({ actor, vp, rank }) => {
            const obj = objectiveIn(state.rulesVersion, state.actors[actor].objective);
            const culprit = end?.reason === 'catastrophe' && end.culprit === actor;
            return (
              <tr key={actor} className={rank === 1 && win ? 'is-winner' : culprit ? 'is-culprit' : ''}>
                <td className="place">{ordinal(rank)}{rank === 1 && win ? <span className="sr-only"> (winner)</span> : null}{culprit ? <span className="culprit-tag"> culprit</span> : null}</td>
                <th scope="row"><ActorBadge actor={actor} withName /><span className="standings-who">{seatLabel(actor, seats[actor])}</span></th>
                <td className="vp" data-label="VP">{vp}</td>
                <td className="vp-rounds" data-label="VP by round">{rounds.map((r, i) => <span key={r.round} title={`Round ${r.round}`}>{vpAt(actor, i) >= 0 ? '+' : ''}{vpAt(actor, i)}</span>)}</td>
                <td className="standings-objective" data-label="Hidden objective">
                  {obj ? <><strong>{obj.name}</strong> <Met met={obj.met(state)} /><span className="objective-text">{obj.text} (+{obj.vp} VP)</span></> : '—'}
                  <PassedOver state={state} actor={actor} />
                </td>
                <td className="standings-forecast" data-label="Forecast"><ForecastCell state={state} actor={actor} /></td>
                <td className="standings-agenda" data-label="Agenda at the end">{AGENDA[actor].filter((i) => i.met(state)).length} of {AGENDA[actor].length} met</td>
              </tr>
            );
          })}
        </tbody>
      </table>

      {ties.length > 0 && (
        <p className="end-tiebreak"><strong>Tie-break: </strong>{ties.join(' ')}</p>
      )}

      <div className="end-why">
        <div>
          <KimAtTheTable state={state} />
          <h3>Summit deals</h3>
          {state.deals.length === 0 ? <p>No deal was concluded.</p> : (
            <ul>{state.deals.map((d, i) => <li key={i}>Round {d.round}, {TABLE_INFO[d.table].name}: {d.terms.map((t) => TERM_INFO[t].name).join(', ')}.</li>)}</ul>
          )}
          <h3>APEC in Gyeongju</h3>
          <p>{state.apecResult === 'success' ? 'A success.' : state.apecResult === 'failure' ? 'A disappointment.' : 'Never judged.'}</p>
        </div>
        <div>
          <h3>How the points came</h3>
          <ul className="end-scoring">
            {state.chronicle.filter((e) => e.kind === 'scoring' || e.kind === 'end').map((e, i) => (
              <li key={i}>{e.actor ? <ActorBadge actor={e.actor} /> : null} {e.text}</li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}

/** The objective an actor was dealt and passed over at setup (rules 2.0; none in older games). */
export function PassedOver({ state, actor }: { state: GameState; actor: ActorId }) {
  const a = state.actors[actor];
  const other = (a.objectiveChoices ?? []).filter((id) => id !== a.objective).map((id) => objectiveIn(state.rulesVersion, id)).filter((o) => o !== undefined);
  if (other.length === 0) return null;
  return (
    <span className="objective-passed">
      Passed over: {other.map((o) => `${o.name} (${o.met(state) ? 'would have been met' : 'would not have been met'})`).join(', ')}
    </span>
  );
}

/** An actor's forecast and whether it came true (the engine's final reading of what North Korea did). */
export function ForecastCell({ state, actor }: { state: GameState; actor: ActorId }) {
  const f = state.actors[actor].forecast;
  if (!f) return <>—</>;
  return (
    <>
      <strong>{READING_INFO[f].name}</strong>{' '}
      {state.reading ? <Met met={state.reading === f} metText="Came true" unmetText="Did not come true" /> : null}
      <span className="objective-text">{READING_INFO[f].analyst}</span>
    </>
  );
}

/** North Korea's decision at each Trump–Kim table, and which analyst's reading it bore out. */
export function KimAtTheTable({ state, headingLevel = 3 }: { state: GameState; headingLevel?: 3 | 4 }) {
  const H = headingLevel === 3 ? 'h3' : 'h4';
  const held = (state.summitsHeld ?? []).filter((h) => h.table === 'USKP');
  if (!hasKimRecord(state)) return null;
  return (
    <>
      <H>North Korea at the Trump–Kim table</H>
      {held.length === 0 ? <p>The Trump–Kim table never opened: North Korea was never asked.</p> : (
        <ul className="kim-decisions">
          {held.map((h, i) => (
            <li key={i}>
              Round {h.round}: {h.attended ? `attended${h.precondition ? `, on condition: ${TERM_INFO[h.precondition].name}` : ' with no precondition'}` : 'snubbed the summit'}
              {h.attended ? (state.deals.some((d) => d.table === 'USKP' && d.round === h.round) ? ' — a deal was reached.' : ' — no deal.') : '.'}
            </li>
          ))}
        </ul>
      )}
      {state.reading && <p className="end-reading"><strong>The analysts' verdict:</strong> {READING_INFO[state.reading].name} ({READING_INFO[state.reading].analyst}).</p>}
    </>
  );
}

/** Whether the game has anything for KimAtTheTable: a rules 2.0 game (forecasts) or a Trump–Kim table held. */
export const hasKimRecord = (state: GameState): boolean =>
  Object.values(state.actors).some((a) => a.forecast) || (state.summitsHeld ?? []).some((h) => h.table === 'USKP');
