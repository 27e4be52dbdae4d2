import { useId } from 'react';

export const SPEEDS = [
  { ms: 2000, label: 'Slow (2 s a move)' },
  { ms: 1000, label: 'Normal (1 s a move)' },
  { ms: 400, label: 'Fast (0.4 s a move)' },
  { ms: 100, label: 'Very fast (0.1 s a move)' },
] as const;

interface Props {
  readonly step: number;
  readonly last: number;
  readonly playing: boolean;
  readonly speedMs: number;
  readonly onStep: (step: number) => void;
  readonly onPlaying: (playing: boolean) => void;
  readonly onSpeed: (ms: number) => void;
}

/** First / back / play / forward / last, a scrubber and the playback speed. Keys ←/→/Home/End do the same (see ReplayScreen). */
export function ReplayControls({ step, last, playing, speedMs, onStep, onPlaying, onSpeed }: Props) {
  const scrubId = useId();
  const speedId = useId();
  return (
    <div className="rp-controls" role="group" aria-label="Replay controls">
      {/* aria-disabled, not disabled: a button that becomes unusable keeps the keyboard focus. */}
      <button type="button" className="btn" onClick={() => step > 0 && onStep(0)} aria-disabled={step === 0} aria-keyshortcuts="Home">« First</button>
      <button type="button" className="btn" onClick={() => step > 0 && onStep(step - 1)} aria-disabled={step === 0} aria-keyshortcuts="ArrowLeft">◀ Back</button>
      <button
        type="button"
        className="btn btn-primary"
        onClick={() => {
          // Play at the end starts again from the beginning.
          if (!playing && step === last) onStep(0);
          onPlaying(!playing);
        }}
      >
        {playing ? '⏸ Pause' : step === last ? '▶ Play from the start' : '▶ Play'}
      </button>
      <button type="button" className="btn" onClick={() => step < last && onStep(step + 1)} aria-disabled={step === last} aria-keyshortcuts="ArrowRight">Forward ▶</button>
      <button type="button" className="btn" onClick={() => step < last && onStep(last)} aria-disabled={step === last} aria-keyshortcuts="End">Last »</button>
      <span className="rp-scrub">
        <label htmlFor={scrubId}>Step</label>{' '}
        <input id={scrubId} type="range" min={0} max={last} step={1} value={step} onChange={(e) => onStep(Number(e.target.value))} aria-valuetext={`Step ${step} of ${last}`} />{' '}
        <output htmlFor={scrubId} aria-hidden="true">{step} / {last}</output>
      </span>
      <span className="rp-speed">
        <label htmlFor={speedId}>Speed</label>{' '}
        <select id={speedId} value={speedMs} onChange={(e) => onSpeed(Number(e.target.value))}>
          {SPEEDS.map((s) => <option key={s.ms} value={s.ms}>{s.label}</option>)}
        </select>
      </span>
    </div>
  );
}
