import { useId } from 'react';
import { type Action, explainAction } from '../../engine';

/**
 * One legal move. Its effect (from the engine's explainAction) is its accessible description and
 * is shown as a tooltip on hover and in the move bar on keyboard focus, so nobody takes a move without knowing what it does.
 */
export function ActionButton({ action, label, ariaLabel, onChoose, onPreview, selected, className = '', disabled = false, wide = false, note, explanation }: {
  /** The effect in words when the position changes it (explainAction(action, state)); default explainAction(action). */
  explanation?: string;
  /** Fills the row (event buttons). */
  wide?: boolean;
  /** A warning added to the move's effect (e.g. "Already run this round: a repeat gives less."). */
  note?: string;
  action: Action;
  label: string;
  /** A fuller name when the visible label needs context (it must contain the visible label). */
  ariaLabel?: string;
  disabled?: boolean;
  onChoose: (a: Action) => void;
  onPreview?: (a: Action | null) => void;
  selected?: boolean;
  className?: string;
}) {
  const id = useId();
  return (
    <span className={`action-wrap ${wide ? 'is-wide' : ''}`}>
      <button
        type="button"
        className={`btn btn-action ${selected ? 'is-selected' : ''} ${className}`}
        aria-describedby={id}
        aria-label={ariaLabel}
        disabled={disabled}
        aria-pressed={selected ?? false}
        onClick={() => onChoose(action)}
        onFocus={(e) => {
          // Keyboard focus previews in the move bar; pointer users get the hover tooltip instead,
          // so a click never reflows the page under the pointer.
          if (e.currentTarget.matches(':focus-visible')) onPreview?.(action);
        }}
        onBlur={() => onPreview?.(null)}
      >
        {label}
      </button>
      <span id={id} className="tip" role="tooltip" aria-hidden="true">{explanation ?? explainAction(action)}{note ? <strong className="tip-note"> {note}</strong> : null}</span>
    </span>
  );
}
