import { useEffect, useRef } from 'react';
import { type Action, describeAction, explainAction, type GameState } from '../../engine';

/** The confirm step: the chosen move in words and its effects, then Confirm (focused) or Cancel. */
export function ConfirmBar({ pending, preview, onConfirm, onCancel, error, note, state }: {
  /** The position: an operation's effect is then shown as it would really be (a repeat gives less). */
  state?: GameState;
  pending: Action | null;
  /** What to know about the shown move beyond its effect (moveNote). */
  note?: (a: Action) => string | undefined;
  preview: Action | null;
  onConfirm: () => void;
  onCancel: () => void;
  error: string | null;
}) {
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (pending) confirmRef.current?.focus();
  }, [pending]);
  const shown = pending ?? preview;
  return (
    <div className={`confirm-bar ${pending ? 'is-pending' : ''}`} aria-label="Chosen move">
      {error ? <p className="confirm-error" role="alert">{error}</p> : null}
      {shown ? (
        <div className="confirm-text">
          <p className="confirm-title">{pending ? 'Confirm your move: ' : 'Preview: '}<strong>{describeAction(shown)}</strong></p>
          <p className="confirm-effects">{explainAction(shown, state)}{note?.(shown) ? <strong className="confirm-note"> {note(shown)}</strong> : null}</p>
        </div>
      ) : (
        <p className="confirm-text confirm-idle">Choose a move: point at it or focus it to see what it does, then confirm.</p>
      )}
      {pending ? (
        <div className="button-row">
          <button ref={confirmRef} type="button" className="btn btn-primary" onClick={onConfirm}>Confirm move</button>
          <button type="button" className="btn" onClick={onCancel}>Cancel</button>
        </div>
      ) : null}
    </div>
  );
}
