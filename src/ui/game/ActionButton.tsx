import { useId } from 'react';
import { type Action, explainAction } from '../../engine';

/**
 * One legal move. Its effect (from the engine's explainAction) is its accessible description and
 * is previewed on hover and focus, so nobody takes a move without knowing what it does.
 */
export function ActionButton({ action, label, ariaLabel, onChoose, onPreview, selected, className = '', disabled = false }: {
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
    <>
      <button
        type="button"
        className={`btn btn-action ${selected ? 'is-selected' : ''} ${className}`}
        aria-describedby={id}
        aria-label={ariaLabel}
        disabled={disabled}
        aria-pressed={selected ?? false}
        onClick={() => onChoose(action)}
        onMouseEnter={() => onPreview?.(action)}
        onMouseLeave={() => onPreview?.(null)}
        onFocus={() => onPreview?.(action)}
        onBlur={() => onPreview?.(null)}
      >
        {label}
      </button>
      <span id={id} hidden>{explainAction(action)}</span>
    </>
  );
}
