/**
 * The classroom countdown as plain data. Shared by the classroom UI and the game server; the engine never sees it. Times are epoch
 * milliseconds passed in by the caller, so every rule here is tested without a clock.
 */
export interface TimerState {
  /** What the countdown is timing: a step ("s12") or a round ("r3"). A new key restarts it. */
  readonly key: string;
  readonly durationMs: number;
  /** Time left when last paused (or when started, while running). */
  readonly remainingMs: number;
  /** When it reaches zero if running; null while paused. */
  readonly deadline: number | null;
}

export const newTimer = (key: string, durationMs: number, now: number, running: boolean): TimerState => ({
  key,
  durationMs,
  remainingMs: durationMs,
  deadline: running ? now + durationMs : null,
});

export const remaining = (t: TimerState, now: number): number =>
  t.deadline === null ? t.remainingMs : Math.max(0, t.deadline - now);

export const isRunning = (t: TimerState): boolean => t.deadline !== null;

export const pause = (t: TimerState, now: number): TimerState =>
  t.deadline === null ? t : { ...t, remainingMs: remaining(t, now), deadline: null };

export const resume = (t: TimerState, now: number): TimerState =>
  t.deadline !== null ? t : { ...t, deadline: now + t.remainingMs };

/** Extra time, e.g. after the facilitator was alerted; the timer stays paused or running as it was. */
export const addTime = (t: TimerState, ms: number, now: number): TimerState =>
  t.deadline === null ? { ...t, remainingMs: remaining(t, now) + ms } : { ...t, deadline: Math.max(t.deadline, now) + ms };

export const expired = (t: TimerState, now: number): boolean => remaining(t, now) <= 0;

/** "mm:ss", rounding up so the display shows 0:00 only when time is really out. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/** Spoken form for screen readers: "2 minutes 5 seconds left". */
export function spokenClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  const parts = [m ? `${m} minute${m === 1 ? '' : 's'}` : '', s ? `${s} second${s === 1 ? '' : 's'}` : ''].filter(Boolean);
  return parts.length ? `${parts.join(' ')} left` : 'Time is up';
}

/** Seconds left at which the countdown is announced to screen readers: not every second, only these. */
export const ANNOUNCE_AT = [300, 120, 60, 30, 10, 0] as const;

/**
 * The announcement due when the countdown moved from `beforeMs` to `nowMs`, or null. One per
 * threshold crossed (the last one if a pause skipped several), so the live region is quiet otherwise.
 */
export function announcement(beforeMs: number, nowMs: number): string | null {
  const before = Math.ceil(beforeMs / 1000);
  const now = Math.ceil(nowMs / 1000);
  if (now >= before) return null;
  let due: number | null = null;
  for (const at of ANNOUNCE_AT) if (before > at && now <= at) due = at;
  if (due === null) return null;
  return due === 0 ? 'Time is up.' : `${spokenClock(due * 1000)}.`;
}
