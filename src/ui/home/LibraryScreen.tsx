import { useCallback, useEffect, useRef, useState } from 'react';
import { type Action, RULES_VERSION } from '../../engine';
import { deleteSaved, useGameStore } from '../../store/game';
import { allGames, classifyStorageError, type Listing, listingSchema } from '../../store/library';
import { loadSaveRules, restoreSaveData, rulesUnavailableMessage } from '../../store/save';
import { useClassroomStore } from '../../store/classroom';
import { downloadText } from '../common/download';
import { navigate } from '../common/route';
import { downloadGameLog, replayHash } from '../game/exportGame';
import { ExportWarning } from '../game/ExportWarning';
import './library.css';

/** One row of the library: a readable game, or a record that cannot be read (kept until deleted). */
type Entry =
  | { readonly ok: true; readonly listing: Listing; readonly value: unknown; readonly createdAt: string }
  | { readonly ok: false; readonly id: string; readonly value: unknown };

type Loaded = { readonly status: 'loading' } | { readonly status: 'ready'; readonly entries: readonly Entry[] } | { readonly status: 'error'; readonly message: string };

function toEntry(key: IDBValidKey, value: unknown): Entry {
  const l = listingSchema.safeParse(value);
  if (!l.success) return { ok: false, id: String(key), value };
  const header = (value as { save?: { header?: { createdAt?: unknown } } }).save?.header;
  return { ok: true, listing: l.data, value, createdAt: typeof header?.createdAt === 'string' ? header.createdAt : l.data.updatedAt };
}

const when = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
};

/** The game in a record, checked as a resume checks it, for replay and export. */
function gameOf(value: unknown) {
  const r = restoreSaveData((value as { save?: unknown }).save, JSON.stringify(value));
  return r.kind === 'ok' || r.kind === 'older' ? r.game : null;
}

/** The rules a record was saved under when they are older than today's (read without replaying), else null. */
function olderRules(value: unknown): string | null {
  const save = (value as { save?: { version?: unknown; header?: { rulesVersion?: unknown } } }).save;
  const version = save?.version === 1 ? '1.0.0' : save?.header?.rulesVersion;
  return typeof version === 'string' && version !== RULES_VERSION ? version : null;
}

/** "Saved games": every game of this browser, in progress and finished, with resume, replay, export and delete. */
export function LibraryScreen() {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [message, setMessage] = useState('');
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);
  const [exportAsk, setExportAsk] = useState<{ header: NonNullable<ReturnType<typeof gameOf>>['header']; actions: readonly Action[] } | null>(null);
  const openId = useGameStore((s) => s.gameId);
  const unsaved = useGameStore((s) => s.storage !== null && s.header !== null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const load = useCallback(async () => {
    try {
      const all = await allGames();
      const entries = all.map(([k, v]) => toEntry(k, v));
      entries.sort((a, b) => (a.ok && b.ok ? b.listing.updatedAt.localeCompare(a.listing.updatedAt) : a.ok ? -1 : b.ok ? 1 : 0));
      setLoaded({ status: 'ready', entries });
    } catch (e) {
      setLoaded({ status: 'error', message: classifyStorageError(e).message });
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load, openId]);

  const resume = async (e: Entry & { ok: true }) => {
    if (unsaved && openId !== e.listing.id && !window.confirm('The game open now could not be saved. Opening another game closes it. Open anyway?')) return;
    const problem = openId === e.listing.id && useGameStore.getState().header ? null : await useGameStore.getState().openSaved(e.listing.id);
    if (problem) {
      setMessage(`Could not open this game: ${problem.message}`);
      return;
    }
    const cls = useClassroomStore.getState();
    if (e.listing.kind === 'classroom' && cls.started && cls.gameId === e.createdAt) {
      cls.setView('session');
      navigate('/classroom');
    } else navigate('/play');
  };

  /** Older rules come in their own chunk: fetched before a game saved under them is replayed or exported. */
  const rulesAtHand = async (e: Entry & { ok: true }): Promise<boolean> => {
    const save = (e.value as { save?: unknown }).save;
    if (await loadSaveRules(save)) return true;
    setMessage(rulesUnavailableMessage(save));
    return false;
  };

  const replay = async (e: Entry & { ok: true }) => {
    if (!(await rulesAtHand(e))) return;
    const g = gameOf(e.value);
    if (!g) setMessage('This game cannot be replayed: its save is damaged.');
    else location.hash = replayHash(g.header, g.log.slice(0, g.cursor));
  };

  const exportGame = async (e: Entry & { ok: true }) => {
    if (!(await rulesAtHand(e))) return;
    const g = gameOf(e.value);
    if (!g) return setMessage('This game cannot be exported as a log: its save is damaged.');
    const actions = g.log.slice(0, g.cursor);
    if (e.listing.summary.ended) downloadGameLog(g.header, actions);
    else setExportAsk({ header: g.header, actions });
  };

  const remove = async (id: string) => {
    setConfirmDelete(null);
    const problem = await deleteSaved(id);
    setMessage(problem ? `Could not delete: ${problem.message}` : 'The game was deleted.');
    await load();
    headingRef.current?.focus();
  };

  return (
    <div className="page library">
      <h1 ref={headingRef} tabIndex={-1}>Saved games</h1>
      <p className="lead">Every game played in this browser is kept here, in progress or finished, until you delete it.</p>
      <p role="status" className="library-status">{message}</p>
      {loaded.status === 'loading' && <p>Loading the saved games…</p>}
      {loaded.status === 'error' && (
        <p className="notice notice-error" role="alert">The saved games cannot be read: {loaded.message}</p>
      )}
      {loaded.status === 'ready' && loaded.entries.length === 0 && (
        <p>No saved games yet. <a href="#/setup">Start a new game</a>.</p>
      )}
      {loaded.status === 'ready' && loaded.entries.length > 0 && (
        <ul className="library-list" aria-label="Saved games">
          {loaded.entries.map((e) => {
            const id = e.ok ? e.listing.id : e.id;
            const asking = confirmDelete === id;
            if (!e.ok) {
              return (
                <li key={id} className="library-item is-damaged">
                  <h2>Unreadable saved game</h2>
                  <p>This record cannot be read (made by another version, or damaged). It is kept until you delete it.</p>
                  <div className="button-row">
                    <button type="button" className="btn" onClick={() => downloadText(`summitry-saved-${id}.json`, JSON.stringify(e.value, null, 2))}>Download it</button>
                    <DeleteButtons asking={asking} label="unreadable game" onAsk={() => setConfirmDelete(id)} onCancel={() => setConfirmDelete(null)} onDelete={() => void remove(id)} />
                  </div>
                </li>
              );
            }
            const { kind, summary, updatedAt } = e.listing;
            const title = `${kind === 'classroom' ? 'Classroom session' : 'Hot-seat game'} of ${when(e.createdAt)}`;
            const older = olderRules(e.value);
            return (
              <li key={id} className={`library-item ${summary.ended ? 'is-ended' : 'is-playing'}`}>
                <h2>{title}{openId === id && <span className="library-open"> (open in this tab)</span>}</h2>
                <p className="library-state">
                  {summary.ended ? `Finished after ${summary.moves} moves. Top: ${summary.leaders.join(', ')}.` : `In progress: round ${summary.round} of ${summary.rounds}, ${summary.moves} moves played.`}
                  {' '}Last saved {when(updatedAt)}.
                </p>
                <p className="library-players">{summary.players.join(' · ')}</p>
                {older && <p className="library-rules">Played under rules {older}: it replays and exports as it was played; today&apos;s rules ({RULES_VERSION}) cannot continue it.</p>}
                <div className="button-row" role="group" aria-label={title}>
                  {!older && <button type="button" className="btn btn-primary" onClick={() => void resume(e)}>{summary.ended ? 'See the result' : 'Resume'}</button>}
                  <button type="button" className={older ? 'btn btn-primary' : 'btn'} onClick={() => void replay(e)}>Replay</button>
                  <button type="button" className="btn" onClick={() => void exportGame(e)}>Export log</button>
                  <DeleteButtons asking={asking} label={title} onAsk={() => setConfirmDelete(id)} onCancel={() => setConfirmDelete(null)} onDelete={() => void remove(id)} />
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <ExportWarning
        ask={exportAsk ? 'file' : null}
        onClose={() => setExportAsk(null)}
        onFile={() => { if (exportAsk) downloadGameLog(exportAsk.header, exportAsk.actions); setExportAsk(null); }}
        onLink={() => setExportAsk(null)}
      />
    </div>
  );
}

/** Delete asks once, in place: "Delete for good?" with the choice to keep the game. */
function DeleteButtons({ asking, label, onAsk, onCancel, onDelete }: { asking: boolean; label: string; onAsk: () => void; onCancel: () => void; onDelete: () => void }) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) ref.current?.focus();
  }, [asking]);
  if (!asking) return <button type="button" className="btn" onClick={onAsk}>Delete</button>;
  return (
    <span className="library-confirm" role="group" aria-label={`Delete ${label}?`}>
      <span>Delete this game for good?</span>{' '}
      <button ref={ref} type="button" className="btn btn-danger" onClick={onDelete}>Yes, delete it</button>{' '}
      <button type="button" className="btn" onClick={onCancel}>Keep it</button>
    </span>
  );
}
