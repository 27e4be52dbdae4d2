import { ACTOR_INFO, ACTORS, type GameView, RESOURCE_INFO, RESOURCES, SUMMIT_READY, TABLE_INFO, TABLES, TERM_INFO, TRACK_INFO, TRACKS } from '../../engine';
import { ACTOR_ART } from './actorArt';
import { type BoardChanges, boardToMove, roundText, signed, stepText, tensionNow, trackNotes } from './boardModel';

/**
 * Every value on the board as text tables: what a screen reader reads, and what anyone can open instead of the picture.
 */
export function BoardSummary({ view, changes, id }: { view: GameView; changes: BoardChanges; id: string }) {
  const mover = boardToMove(view);
  const changedText = (d: number | undefined, changed: boolean) => (changed ? (d === undefined || d === 0 ? 'changed' : `changed ${signed(d)}`) : '');
  return (
    <div className="board-summary" id={id}>
      <p>{`${roundText(view)}. ${stepText(view)}.`}</p>
      <table>
        <caption>Shared tracks</caption>
        <thead>
          <tr><th scope="col">Track</th><th scope="col">Value</th><th scope="col">Range</th><th scope="col">Marks</th><th scope="col">Last step</th></tr>
        </thead>
        <tbody>
          {TRACKS.map((t) => (
            <tr key={t} data-track={t}>
              <th scope="row">{TRACK_INFO[t].name}</th>
              <td data-label="Value" className="bs-value">{view.tracks[t]}</td>
              <td data-label="Range">{`${TRACK_INFO[t].min}–${TRACK_INFO[t].max}`}</td>
              <td data-label="Marks">{trackNotes(t)}{t === 'tension' && tensionNow(view.tracks.tension) ? <strong className="bs-now">{` ${tensionNow(view.tracks.tension)}.`}</strong> : null}</td>
              <td data-label="Last step">{changedText(changes.trackDelta[t], changes.tracks.has(t))}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <caption>Actors</caption>
        <thead>
          <tr>
            <th scope="col">Actor</th><th scope="col">Emblem</th><th scope="col">VP</th><th scope="col">Cards in hand</th>
            {RESOURCES.map((r) => <th key={r} scope="col">{RESOURCE_INFO[r].name}</th>)}
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {ACTORS.map((a) => {
            const v = view.actors[a];
            const d = changes.actorDelta[a];
            const status = [a === mover ? 'to move' : '', changes.actors.has(a) ? 'changed' : ''].filter(Boolean).join(', ');
            return (
              <tr key={a} data-actor={a}>
                <th scope="row">{ACTOR_INFO[a].name}</th>
                <td data-label="Emblem">{`${ACTOR_ART[a].shape}, ${ACTOR_ART[a].monogram}`}</td>
                <td data-label="VP" className="bs-value">{d && d.vp !== 0 ? `${v.vp} (${signed(d.vp)})` : v.vp}</td>
                <td data-label="Cards in hand">{v.handCount}</td>
                {RESOURCES.map((r) => <td key={r} data-label={RESOURCE_INFO[r].name}>{d && d.resources[r] !== 0 ? `${v.resources[r]} (${signed(d.resources[r])})` : v.resources[r]}</td>)}
                <td data-label="Status">{status}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <table>
        <caption>Summit tables</caption>
        <thead>
          <tr><th scope="col">Table</th><th scope="col">Readiness</th><th scope="col">Deals concluded</th></tr>
        </thead>
        <tbody>
          {TABLES.map((t) => {
            const deals = view.deals.filter((d) => d.table === t);
            return (
              <tr key={t}>
                <th scope="row">{TABLE_INFO[t].name}</th>
                <td data-label="Readiness">{`${view.tracks[TABLE_INFO[t].readiness]} (opens at ${SUMMIT_READY})`}</td>
                <td data-label="Deals concluded">{deals.length === 0 ? 'none' : deals.map((d) => `round ${d.round}: ${d.terms.map((x) => TERM_INFO[x].name).join(', ')}`).join('; ')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
