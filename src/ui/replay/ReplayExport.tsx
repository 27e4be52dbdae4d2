import { useEffect, useRef, useState } from 'react';
import { CURRENT_RULESET, playableOptions } from '../../log';
import { useGameStore } from '../../store/game';
import { downloadLog, logFileName, shareLink } from './exportLog';
import type { OpenedLog } from './openLog';

/**
 * Opens a new hot-seat game from this step of the log: a new entry in Saved games, played in this tab.
 * A game in progress is not touched (it stays in the library). Null, or why not.
 */
export function continueFrom(opened: OpenedLog, step: number): string | null {
  const { log } = opened;
  const options = playableOptions(log);
  if (!options) return `Could not continue from step ${step}: the game was played under rules ${log.rulesVersion}, and today's rules (${CURRENT_RULESET.version}) cannot continue it.`;
  const problem = useGameStore.getState().loadGame({ options, seats: log.seats }, log.actions.slice(0, step));
  if (problem) return `Could not continue from step ${step}: ${problem.message}`;
  location.hash = '#/play';
  return null;
}

/** Download, share, and "continue playing from here". */
export function ReplayExport({ opened, step }: { readonly opened: OpenedLog; readonly step: number }) {
  const [status, setStatus] = useState('');
  const [link, setLink] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const ended = opened.states[step]!.phase === 'ended';
  const confirmRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  // Moving to another step withdraws a pending question about the old one.
  useEffect(() => setConfirming(false), [step]);

  const copy = async () => {
    const url = shareLink(opened.log, step);
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setStatus(`Share link to step ${step} copied (${url.length} characters).`);
    } catch {
      setStatus('Could not copy automatically: select the link below and copy it.');
    }
  };
  const branch = () => {
    setConfirming(false);
    const problem = continueFrom(opened, step);
    if (problem) setStatus(problem);
  };
  const start = () => {
    const g = useGameStore.getState();
    // Nothing is overwritten, but this tab leaves the game in progress for the new one: say so first.
    if (g.header && g.log.length > 0) setConfirming(true);
    else branch();
  };

  return (
    <section className="rp-export" aria-labelledby="rp-export-h">
      <h2 id="rp-export-h">Keep this game</h2>
      <div className="rp-export-buttons">
        <button type="button" className="btn" onClick={() => downloadLog(opened.log)}>Download the log ({logFileName(opened.log)})</button>
        <button type="button" className="btn" onClick={() => void copy()}>Copy a share link to step {step}</button>
        <button type="button" className="btn btn-primary" onClick={start} disabled={ended || !opened.rules.playable} aria-describedby="rp-continue-help">
          Continue playing from step {step}
        </button>
      </div>
      <p id="rp-continue-help" className="rp-hint">
        {!opened.rules.playable ? `Played under rules ${opened.log.rulesVersion}: today's rules (${CURRENT_RULESET.version}) cannot continue it; it replays and exports as it was played.` : ended ? 'The game is over at this step: go back to an earlier step to play on from there.' : 'Starts a hot-seat game from this position with the same seats; the replay stays as it is.'}
      </p>
      <p role="status">{status}</p>
      {link && (
        <label className="rp-link">
          Share link <input type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
      {confirming && (
        <div className="rp-confirm" role="group" aria-labelledby="rp-confirm-h" tabIndex={-1} ref={confirmRef}>
          <h3 id="rp-confirm-h">Start a new game from step {step}?</h3>
          <p>
            This adds a new hot-seat game, played on from step {step} with the same seats, to Saved games and
            opens it here. Your game in progress is not changed: it stays in Saved games, where you can resume it.
          </p>
          <div className="rp-export-buttons">
            <button type="button" className="btn btn-primary" onClick={branch}>Start the new game from step {step}</button>
            <button type="button" className="btn" onClick={() => setConfirming(false)}>Stay in the replay</button>
          </div>
        </div>
      )}
    </section>
  );
}
