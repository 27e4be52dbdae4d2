import { ACTOR_INFO, TRACK_INFO } from '../../engine';
import { ActorBadge } from '../common/ActorBadge';
import { type RoundScore, type SinceLast, nothingSince } from './sinceLast';

const signed = (n: number) => (n > 0 ? `+${n}` : `${n}`);
const KIND_ICON = { world: '◍', card: '▤', ops: '⚙', summit: '⇄', scoring: '✚', end: '⚑' } as const;

/** A round's scoring as a table: VP gained in the round and the total, best first, with the reasons. */
export function RoundScoring({ score, headingLevel = 3 }: { score: RoundScore; headingLevel?: 3 | 4 }) {
  const H = headingLevel === 3 ? 'h3' : 'h4';
  const id = `round-score-${score.round}`;
  return (
    <section className="round-scoring" aria-labelledby={id}>
      <H id={id} className="round-scoring-title"><span aria-hidden="true">✚ </span>Round {score.round} scored</H>
      <table className="round-scoring-table">
        <caption className="sr-only">VP gained in round {score.round}, and the totals</caption>
        <thead><tr><th scope="col">Actor</th><th scope="col">This round</th><th scope="col">Total</th></tr></thead>
        <tbody>
          {score.rows.map((r) => (
            <tr key={r.actor}>
              <th scope="row">
                <ActorBadge actor={r.actor} withName />
                {r.reasons.length > 0 && <span className="round-scoring-why">{r.reasons.join(' ')}</span>}
              </th>
              <td className={`round-scoring-gain ${r.gained > 0 ? 'is-up' : r.gained < 0 ? 'is-down' : ''}`}>{signed(r.gained)} VP</td>
              <td className="round-scoring-total">{r.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {score.notes.map((n) => <p key={n} className="round-scoring-note">{n}</p>)}
    </section>
  );
}

/**
 * What changed since a seat last played: the moves and events in the order they came, the tracks
 * and VP that moved, and the scoring of any round that ended. Public information only (see sinceLast).
 */
export function WhatHappened({ since, who, headingLevel = 3 }: { since: SinceLast; who: string; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  if (nothingSince(since)) return null;
  return (
    <section className="what-happened" aria-labelledby="what-happened-title">
      <H id="what-happened-title" className="what-happened-title">Since {who} last played</H>
      {since.rounds.map((r) => <RoundScoring key={r.round} score={r} headingLevel={headingLevel === 2 ? 3 : 4} />)}
      {(since.tracks.length > 0 || since.vp.length > 0) && (
        <ul className="what-changed" aria-label="What moved">
          {since.tracks.map((t) => (
            <li key={t.track} className={t.to > t.from ? 'is-up' : 'is-down'}>
              <span aria-hidden="true">{t.to > t.from ? '▲' : '▼'} </span>
              {TRACK_INFO[t.track].name} {t.from} → <strong>{t.to}</strong>
            </li>
          ))}
          {since.vp.map((v) => (
            <li key={v.actor} className={v.to > v.from ? 'is-up' : 'is-down'}>
              <span aria-hidden="true">{v.to > v.from ? '▲' : '▼'} </span>
              {ACTOR_INFO[v.actor].name} {signed(v.to - v.from)} VP (now <strong>{v.to}</strong>)
            </li>
          ))}
        </ul>
      )}
      {since.entries.length > 0 && (
        // Focusable: a long list scrolls, and a keyboard must be able to scroll it too.
        <ol className="what-moves" aria-label="Moves and events, oldest first" tabIndex={0}>
          {since.entries.map((e, i) => (
            <li key={i} className={`log-${e.kind}`}>
              <span className="log-icon" aria-hidden="true">{KIND_ICON[e.kind] ?? '•'}</span>
              {e.actor ? <ActorBadge actor={e.actor} /> : null}
              <span>{e.text}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
