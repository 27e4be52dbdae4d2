import { memo, useEffect, useMemo, useRef } from 'react';
import { describeAction, type GameState, roundLabel, type Action } from '../../engine';

interface Props {
  readonly actions: readonly Action[];
  readonly states: readonly GameState[];
  readonly step: number;
  readonly onJump: (step: number) => void;
}

interface RowProps {
  readonly step: number;
  readonly label: string;
  /** Set on the first move of a round: the round's name. */
  readonly round: string | null;
  readonly current: boolean;
  readonly onJump: (step: number) => void;
}

/** One row; memoised so a jump re-renders only the old and the new current rows, even in a 1,000-move log. */
const MoveRow = memo(function MoveRow({ step, label, round, current, onJump }: RowProps) {
  return (
    <li className={current ? 'rp-move rp-move--current' : 'rp-move'}>
      {round && <span className="rp-round">{round}</span>}
      <button type="button" aria-current={current ? 'step' : undefined} onClick={() => onJump(step)}>
        <span className="rp-marker" aria-hidden="true">{current ? '▶' : ''}</span>
        <span className="rp-num">{step}.</span> {label}
      </button>
    </li>
  );
});

/** Every move of the log, in order; the current step is marked with aria-current and a ▶, not colour alone. */
export function MoveList({ actions, states, step, onJump }: Props) {
  const listRef = useRef<HTMLOListElement>(null);
  const labels = useMemo(() => actions.map(describeAction), [actions]);
  useEffect(() => {
    const el = listRef.current?.querySelector('[aria-current="step"]');
    if (el && 'scrollIntoView' in el) (el as HTMLElement).scrollIntoView?.({ block: 'nearest' });
  }, [step]);
  return (
    <nav className="rp-moves" aria-label="Moves">
      <ol ref={listRef}>
        <MoveRow step={0} label="Start of the game" round={roundLabel(states[0]!.round)} current={step === 0} onJump={onJump} />
        {actions.map((_, i) => {
          const before = states[i]!;
          const startsRound = i > 0 && states[i - 1]!.round !== before.round;
          return <MoveRow key={i + 1} step={i + 1} label={labels[i]!} round={startsRound ? roundLabel(before.round) : null} current={step === i + 1} onJump={onJump} />;
        })}
      </ol>
    </nav>
  );
}
