import { selectGameState, selectPlayed, useGameStore } from '../../store/game';
import './library.css';

/**
 * Saving problems, told at once on every screen: a failed autosave (storage full or blocked: the game
 * goes on in memory and can leave as a file), another tab playing this game, and clashes between tabs.
 */
export function SaveNotices() {
  const storage = useGameStore((s) => s.storage);
  const following = useGameStore((s) => s.following);
  const note = useGameStore((s) => s.saveNote);
  const hasGame = useGameStore((s) => s.header !== null);
  const ended = useGameStore((s) => selectGameState(s)?.phase === 'ended');
  const takeOver = useGameStore((s) => s.takeOver);

  const exportNow = () => {
    const s = useGameStore.getState();
    // The log writer (and its share-link code) loads on demand: it is not needed for the first screen.
    const { header } = s;
    const played = selectPlayed(s);
    if (header) void import('../game/exportGame').then((m) => m.downloadGameLog(header, played));
  };

  return (
    <>
      {storage && (
        <section className="notice notice-error save-notice" role="alert" aria-labelledby="save-problem-title">
          <h2 id="save-problem-title">{storage.reason === 'full' ? 'Storage is full: this game is not being saved' : 'This game is not being saved'}</h2>
          <p>
            {storage.message}{' '}
            {hasGame ? 'The game goes on in this tab, but closing or reloading it would lose the moves since the last save. Export the log to keep it.' : 'Games can still be played, but they are not kept after this tab closes.'}
          </p>
          {hasGame && (
            <p className="button-row">
              <button type="button" className="btn btn-primary" onClick={exportNow}>Export the log now</button>
              {!ended && <span className="help">The file shows every hand: keep it from the other players until the game ends.</span>}
            </p>
          )}
        </section>
      )}
      {following && (
        <section className="notice save-notice" role="status" aria-labelledby="follow-title">
          <h2 id="follow-title">This game is open in another tab</h2>
          <p>That tab is playing it; this one follows every move and cannot play, so no move is lost.</p>
          <p className="button-row">
            <button type="button" className="btn btn-primary" onClick={takeOver}>Play in this tab instead</button>
          </p>
        </section>
      )}
      {note && (
        <p className="notice save-notice" role="status">
          {note}{' '}
          <button type="button" className="btn btn-quiet" onClick={() => useGameStore.setState({ saveNote: null })}>Dismiss</button>
        </p>
      )}
    </>
  );
}
