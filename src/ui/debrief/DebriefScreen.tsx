import { lazy, type ReactNode, Suspense, useEffect, useMemo } from 'react';
import { type Action, ACTOR_INFO, type ActorId, type GameOptions, objectiveIn, roundLabel, standings, winner } from '../../engine';
import { encodeShare, makeLog } from '../../log';
import type { Seats } from '../../log/seats';
import { downloadLog } from '../replay/exportLog';
import { replayHash } from '../replay/route';
import { ActorBadge } from '../common/ActorBadge';
import { ForecastCell, hasKimRecord, KimAtTheTable, PassedOver } from '../game/EndScreen';
import { ANALYSTS, describeChanges, discussionPrompts, gameFacts, replaySteps, turningPoints } from './analysis';
import './debrief.css';

// recharts loads only when a debrief is opened.
const DebriefCharts = lazy(() => import('./DebriefCharts'));

export interface DebriefProps {
  readonly options: GameOptions;
  readonly actions: readonly Action[];
  readonly seats: Seats;
  /** "Team Eagle" or "Bot (heuristic)": who played each actor. */
  readonly playedBy?: (actor: ActorId) => string;
  /** Extra buttons (back to the session, new session). */
  readonly children?: ReactNode;
}

const defaultPlayedBy = (seats: Seats) => (a: ActorId) => {
  const s = seats[a];
  return s.kind === 'human' ? s.name || 'Human' : `Bot (${s.level})`;
};

/**
 * The end-of-game debrief: result, charts of every track and each actor's score over the rounds,
 * the turning points (the largest swings and the cards behind them), discussion prompts from the
 * article's three analysts tied to this game, and export (print, game log).
 */
export function DebriefScreen({ options, actions, seats, playedBy = defaultPlayedBy(seats), children }: DebriefProps) {
  const states = useMemo(() => replaySteps(options, actions), [options, actions]);
  const final = states[states.length - 1];
  // The moves that replay (all of them, unless the log was damaged).
  const played = useMemo(() => actions.slice(0, Math.max(0, states.length - 1)), [actions, states]);
  const analysis = useMemo(() => {
    if (!final) return null;
    // The game as a share link, so each turning point can open the replay viewer at that move.
    const share = encodeShare(makeLog({ options, seats, actions: played }));
    return { turning: turningPoints(states, played, 6), prompts: discussionPrompts(gameFacts(states, played)), share };
  }, [states, played, final, options, seats]);
  // Paper has no "show the table" toggle: open every data table for printing.
  useEffect(() => {
    const open = () => document.querySelectorAll<HTMLDetailsElement>('.debrief details').forEach((d) => { d.open = true; });
    window.addEventListener('beforeprint', open);
    return () => window.removeEventListener('beforeprint', open);
  }, []);
  if (!final || !analysis) return <p role="alert">This game cannot be replayed, so there is nothing to debrief.</p>;

  const over = final.phase === 'ended';
  const win = winner(final);
  const table = standings(final);

  const exportLog = () => {
    downloadLog(makeLog({ options, seats, actions: played, source: 'Summitry classroom', createdAt: new Date().toISOString() }));
  };

  return (
    <article className="debrief" aria-labelledby="debrief-title">
      <header className="debrief-head">
        <h1 id="debrief-title" tabIndex={-1}>Debrief</h1>
        <p className="debrief-result">
          {final.end?.reason === 'catastrophe'
            ? `Catastrophe in round ${final.round} (${roundLabel(final.round)}): tension reached the top${final.end.culprit ? `, pushed by ${ACTOR_INFO[final.end.culprit].name}` : ''}. Nobody wins.`
            : over
              ? `After ${final.options.rounds} rounds, ${win ? `${ACTOR_INFO[win].name} (${playedBy(win)}) wins` : 'nobody wins'}.`
              : `The session ended early, in round ${final.round} (${roundLabel(final.round)}), after ${actions.length} moves.`}
        </p>
        <p className="button-row no-print">
          <button type="button" className="primary" onClick={() => window.print()}>Print the debrief</button>
          <button type="button" onClick={exportLog}>Download the game log</button>
          {children}
        </p>
      </header>

      <section aria-labelledby="debrief-standings" className="debrief-section">
        <h2 id="debrief-standings">Final standings</h2>
        <table className="standings">
          <thead><tr><th scope="col">Rank</th><th scope="col">Actor</th><th scope="col">Played by</th><th scope="col">VP</th><th scope="col">Hidden objective</th><th scope="col">Forecast</th></tr></thead>
          <tbody>
            {table.map((s) => {
              const obj = objectiveIn(final.rulesVersion, final.actors[s.actor].objective);
              return (
                <tr key={s.actor}>
                  <td>{s.rank}</td>
                  <th scope="row"><ActorBadge actor={s.actor} withName /></th>
                  <td>{playedBy(s.actor)}</td>
                  <td>{s.vp}</td>
                  <td>{over && obj ? <>{`${obj.name}: ${obj.text}${obj.met(final) ? ' (met)' : ' (not met)'}`}<PassedOver state={final} actor={s.actor} /></> : 'Secret until the end'}</td>
                  <td>{over ? <ForecastCell state={final} actor={s.actor} /> : 'Secret until the end'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      {hasKimRecord(final) && (
        <section aria-labelledby="debrief-kim" className="debrief-section">
          <h2 id="debrief-kim">Pyongyang's choices</h2>
          <KimAtTheTable state={final} headingLevel={3} />
        </section>
      )}

      <Suspense fallback={<p role="status">Loading the charts…</p>}>
        <DebriefCharts history={final.history} />
      </Suspense>

      <section aria-labelledby="debrief-turning" className="debrief-section">
        <h2 id="debrief-turning">Turning points</h2>
        <p className="muted">The moves that shifted the tracks and the scores the most (a move's own effect, not the round's scoring).</p>
        {analysis.turning.length === 0 ? <p>No move changed a track or a score yet.</p> : (
          <ol className="turning-points">
            {analysis.turning.map((tp) => (
              <li key={tp.step}>
                <p className="tp-head">
                  <ActorBadge actor={tp.actor} /> <strong>Round {tp.round}, move {tp.step}: {tp.cardName ? `"${tp.cardName}"` : 'summit'}</strong>
                  {' '}<span className="muted">({ACTOR_INFO[tp.actor].name}, {playedBy(tp.actor)}; swing {tp.swing})</span>
                </p>
                <p>{tp.text}</p>
                <ul className="tp-changes">{describeChanges(tp).map((c) => <li key={c}>{c}</li>)}</ul>
                <p className="no-print"><a href={replayHash({ log: analysis.share, step: tp.step })}>See move {tp.step} on the board in the replay viewer</a></p>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="debrief-prompts" className="debrief-section">
        <h2 id="debrief-prompts">Discussion prompts</h2>
        <p className="muted">Three analysts read North Korea's autumn 2025 differently. Test their readings against what happened in this game.</p>
        <ol className="prompts">
          {analysis.prompts.map((p) => (
            <li key={p.id} className="prompt">
              {p.analyst ? (
                <p className="prompt-analyst"><strong>Prof. {ANALYSTS[p.analyst].name}</strong> <span className="muted">({ANALYSTS[p.analyst].affiliation})</span>: {ANALYSTS[p.analyst].reading}</p>
              ) : <p className="prompt-analyst"><strong>This game</strong></p>}
              <p className="prompt-evidence-title">What happened here:</p>
              <ul>{p.evidence.map((e) => <li key={e}>{e}</li>)}</ul>
              <p className="prompt-question"><strong>Discuss:</strong> {p.question}</p>
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
