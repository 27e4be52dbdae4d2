import { Dialog } from '../common/Dialog';

/**
 * Asked before a game in progress leaves as a log file or share link: the log holds the seed and
 * every move, so whoever opens it can rebuild every hand and hidden objective.
 */
export function ExportWarning({ ask, onClose, onFile, onLink }: {
  ask: 'file' | 'link' | null;
  onClose: () => void;
  onFile: () => void;
  onLink: () => void;
}) {
  const what = ask === 'link' ? 'share link' : 'log file';
  return (
    <Dialog open={ask !== null} title={`This ${what} reveals every hand`} onClose={onClose}>
      <p>
        The game is not over. A {what} carries every move and the deal, so anyone who opens it can see
        every seat's hand and hidden objective. The replay viewer opens an unfinished game in the public
        view, but any seat can be chosen there.
      </p>
      <p>Share it with people who are not playing, or wait until the game ends.</p>
      <div className="button-row">
        {ask === 'link' ? (
          <button type="button" className="btn btn-primary" onClick={onLink}>Copy the link anyway</button>
        ) : (
          <button type="button" className="btn btn-primary" onClick={onFile}>Download anyway</button>
        )}
        <button type="button" className="btn" onClick={onClose}>Cancel</button>
      </div>
    </Dialog>
  );
}
