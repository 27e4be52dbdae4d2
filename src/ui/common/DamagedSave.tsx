import { useGameStore } from '../../store/game';
import { navigate } from './route';
import { downloadText } from './download';

/** Shown instead of the game when the autosave cannot be resumed. Nothing is deleted until the player decides. */
export function DamagedSave() {
  const damaged = useGameStore((s) => s.damaged);
  const clear = useGameStore((s) => s.clear);
  if (!damaged) return null;
  return (
    <section className="notice notice-error" role="alert" aria-labelledby="damaged-title">
      <h2 id="damaged-title">The saved game could not be resumed</h2>
      <p>{damaged.message}</p>
      <p>{damaged.source === 'library' ? 'It stays in Saved games, untouched, until you delete it there.' : 'The save may have been edited or cut short. It is still stored, untouched, until you choose.'}</p>
      <div className="button-row">
        <button type="button" className="btn btn-primary" onClick={() => { clear(); navigate('/setup'); }}>
          Start a new game
        </button>
        <button type="button" className="btn" onClick={() => downloadText('summitry-damaged-save.json', damaged.raw)}>
          Download the damaged save
        </button>
      </div>
    </section>
  );
}
