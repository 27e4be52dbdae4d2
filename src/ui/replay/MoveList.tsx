import { memo, startTransition, useEffect, useMemo, useRef, useState } from 'react';
import { describeAction, type GameState, roundLabel, type Action } from '../../engine';

interface Props {
  readonly actions: readonly Action[];
  readonly states: readonly GameState[];
  readonly step: number;
  readonly onJump: (step: number) => void;
  /** Words for a move under the log's own rules (a 1.0.0 log names 1.0.0 cards); the current rules by default. */
  readonly describe?: (a: Action) => string;
}

interface RowProps {
  readonly step: number;
  readonly label: string;
  /** Set on the first move of a round: the round's name. */
  readonly round: string | null;
  readonly current: boolean;
  readonly onJump: (step: number) => void;
}

/** [from, to) ranges of action indexes, aligned to CHUNK so a chunk's rows stay the same as the window grows. */
function chunks(lo: number, hi: number): [number, number][] {
  const out: [number, number][] = [];
  for (let from = lo; from < hi; from = Math.min(hi, (Math.floor(from / CHUNK) + 1) * CHUNK)) out.push([from, Math.min(hi, (Math.floor(from / CHUNK) + 1) * CHUNK)]);
  return out;
}

/** Rows drawn at once when a log opens; the rest follow a moment later. */
const FIRST_ROWS = 120;

/** One row; memoised so a jump re-renders only the old and the new current rows, even in a 1,000-move log. */
const MoveRow = memo(function MoveRow({ step, label, round, current, onJump }: RowProps) {
  return (
    <li className={current ? 'rp-move rp-move--current' : 'rp-move'}>
      {round && <span className="rp-round">{round}</span>}
      {/* The ▶ marker of the current row is drawn by CSS from aria-current: one element per row keeps 1,000 rows cheap. */}
      <button type="button" aria-current={current ? 'step' : undefined} onClick={() => onJump(step)}>
        {step}. {label}
      </button>
    </li>
  );
});

/** Rows per chunk: a jump re-renders the one or two chunks holding the old and new current rows, not 1,000 rows. */
const CHUNK = 50;

const MoveChunk = memo(function MoveChunk({ from, to, current, labels, states, onJump }: {
  readonly from: number;
  readonly to: number;
  /** The current step if it falls in this chunk, else -1 (so other chunks keep equal props). */
  readonly current: number;
  readonly labels: readonly string[];
  readonly states: readonly GameState[];
  readonly onJump: (step: number) => void;
}) {
  const rows = [];
  for (let i = from; i < to; i++) {
    const before = states[i]!;
    const startsRound = i > 0 && states[i - 1]!.round !== before.round;
    rows.push(<MoveRow key={i + 1} step={i + 1} label={labels[i]!} round={startsRound ? roundLabel(before.round) : null} current={current === i + 1} onJump={onJump} />);
  }
  return <>{rows}</>;
});

/** Every move of the log, in order; the current step is marked with aria-current, a ▶ and bold type, not colour alone. */
export function MoveList({ actions, states, step, onJump, describe = describeAction }: Props) {
  const listRef = useRef<HTMLOListElement>(null);
  const labels = useMemo(() => actions.map((a) => describe(a)), [actions, describe]);
  // A newly opened log first draws the rows around the current step, then the whole list in a
  // low-priority pass: the board shows at once even for a 1,000-move log.
  const [fullFor, setFullFor] = useState<readonly Action[] | null>(null);
  const full = fullFor === actions || actions.length <= FIRST_ROWS;
  useEffect(() => {
    if (full) return;
    const t = setTimeout(() => startTransition(() => setFullFor(actions)), 0);
    return () => clearTimeout(t);
  }, [actions, full]);
  const lo = full ? 0 : Math.max(0, step - FIRST_ROWS / 2);
  const hi = full ? actions.length : Math.min(actions.length, lo + FIRST_ROWS);
  // Keep the current row in view by scrolling the list only: scrollIntoView would scroll the page too.
  const navRef = useRef<HTMLElement>(null);
  useEffect(() => {
    const box = navRef.current;
    const el = listRef.current?.querySelector<HTMLElement>('[aria-current="step"]');
    if (!box || !el) return;
    // From the boxes on screen: rows skip layout when off screen (content-visibility), so offsetTop
    // is relative to the row itself, not the list. The current row is brought to the middle.
    const reveal = () => {
      const top = el.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
      if (top < box.scrollTop || top + el.offsetHeight > box.scrollTop + box.clientHeight) box.scrollTop = Math.max(0, top - (box.clientHeight - el.offsetHeight) / 2);
    };
    // In the next frame's animation callback, not in this effect: reading a box forces a layout of the
    // page, and done here (inside the jump's key or click) it came on top of the frame's own layout
    // (most of a jump's time on a 1,000-move log). There the frame reuses it. Rows that come into view
    // take their real height only then, so look once more a frame later.
    let second = 0;
    const first = requestAnimationFrame(() => {
      reveal();
      second = requestAnimationFrame(reveal);
    });
    return () => {
      cancelAnimationFrame(first);
      cancelAnimationFrame(second);
    };
  }, [step, full]);
  return (
    <nav className="rp-moves" aria-label="Moves" ref={navRef}>
      <ol ref={listRef}>
        {lo === 0 && <MoveRow step={0} label="Start of the game" round={roundLabel(states[0]!.round)} current={step === 0} onJump={onJump} />}
        {chunks(lo, hi).map(([from, to]) => (
          <MoveChunk key={from} from={from} to={to} current={step > from && step <= to ? step : -1} labels={labels} states={states} onJump={onJump} />
        ))}
      </ol>
    </nav>
  );
}
