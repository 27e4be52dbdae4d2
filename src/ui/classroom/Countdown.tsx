import { useEffect, useRef, useState } from 'react';
import { useClassroomStore } from '../../store/classroom';
import { announcement, formatClock, isRunning, remaining, spokenClock } from './timer';

/** Redraws a few times a second while the countdown runs; still otherwise. */
function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    setNow(Date.now());
    const id = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(id);
  }, [active]);
  return active ? now : Date.now();
}

/**
 * The visible mm:ss countdown with the facilitator's pause/resume. Screen readers hear it only at
 * the thresholds (5 min, 2 min, 1 min, 30 s, 10 s, time up), through a polite live region.
 */
export function Countdown({ label, controls = true }: { label: string; controls?: boolean }) {
  const timer = useClassroomStore((s) => s.timer);
  const held = useClassroomStore((s) => s.held);
  const pauseTimer = useClassroomStore((s) => s.pauseTimer);
  const resumeTimer = useClassroomStore((s) => s.resumeTimer);
  const addTimerTime = useClassroomStore((s) => s.addTimerTime);
  const running = timer !== null && isRunning(timer);
  const now = useNow(running);
  const left = timer ? remaining(timer, now) : 0;
  const [said, setSaid] = useState('');
  const prev = useRef<{ key: string; left: number } | null>(null);

  useEffect(() => {
    if (!timer) return;
    const p = prev.current;
    if (!p || p.key !== timer.key) setSaid('');
    else {
      const a = announcement(p.left, left);
      if (a) setSaid(a);
    }
    prev.current = { key: timer.key, left };
  }, [timer, left]);

  if (!timer) {
    return (
      <div className="countdown countdown-off">
        <span className="countdown-label">{label}</span> <span>No timer</span>
      </div>
    );
  }
  const urgent = left <= 10_000;
  return (
    <div className={`countdown${urgent ? ' countdown-urgent' : ''}${running ? '' : ' countdown-paused'}`}>
      <span className="countdown-label">{label}</span>
      <span className="countdown-clock" role="timer" aria-label={`${label}: ${spokenClock(left)}${running ? '' : ', paused'}`}>
        {formatClock(left)}
      </span>
      {!running && <span className="countdown-state">{left <= 0 ? 'Time is up' : 'Paused'}</span>}
      <span className="sr-only" aria-live="polite" aria-atomic="true">{said}</span>
      {controls && (
        <span className="countdown-controls">
          {held || !running ? (
            <button type="button" onClick={() => resumeTimer(Date.now())}>Resume</button>
          ) : (
            <button type="button" onClick={() => pauseTimer(Date.now())}>Pause</button>
          )}
          <button type="button" onClick={() => addTimerTime(60_000, Date.now())}>+1 minute</button>
        </span>
      )}
    </div>
  );
}
