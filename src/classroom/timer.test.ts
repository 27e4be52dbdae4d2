import { describe, expect, it } from 'vitest';
import { addTime, announcement, expired, formatClock, isRunning, newTimer, pause, remaining, resume, spokenClock } from './timer';

describe('classroom timer', () => {
  it('counts down from its deadline while running and holds still while paused', () => {
    const t = newTimer('s1', 90_000, 1000, true);
    expect(remaining(t, 31_000)).toBe(60_000);
    const p = pause(t, 31_000);
    expect(isRunning(p)).toBe(false);
    expect(remaining(p, 500_000)).toBe(60_000);
    const r = resume(p, 600_000);
    expect(remaining(r, 630_000)).toBe(30_000);
    expect(expired(r, 660_000)).toBe(true);
    expect(remaining(r, 700_000)).toBe(0);
  });

  it('starts paused when asked and pausing twice changes nothing', () => {
    const t = newTimer('r2', 60_000, 0, false);
    expect(remaining(t, 10_000)).toBe(60_000);
    expect(pause(t, 5)).toBe(t);
    const r = resume(t, 0);
    expect(resume(r, 50)).toBe(r);
  });

  it('adds time to a paused or an expired running timer', () => {
    const p = addTime(newTimer('s1', 10_000, 0, false), 60_000, 0);
    expect(remaining(p, 0)).toBe(70_000);
    const r = newTimer('s1', 10_000, 0, true);
    expect(remaining(addTime(r, 60_000, 20_000), 20_000)).toBe(60_000);
  });

  it('shows mm:ss, rounding up', () => {
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(1)).toBe('00:01');
    expect(formatClock(59_001)).toBe('01:00');
    expect(formatClock(125_000)).toBe('02:05');
    expect(formatClock(-5)).toBe('00:00');
    expect(spokenClock(125_000)).toBe('2 minutes 5 seconds left');
    expect(spokenClock(60_000)).toBe('1 minute left');
    expect(spokenClock(0)).toBe('Time is up');
  });

  it('announces only when a threshold is crossed', () => {
    expect(announcement(61_000, 60_500)).toBeNull(); // 61 s → 61 s (rounded up): nothing crossed
    expect(announcement(60_500, 59_900)).toBe('1 minute left.'); // 01:01 → 01:00
    expect(announcement(60_000, 59_100)).toBeNull(); // still 01:00: said once
    expect(announcement(45_000, 44_000)).toBeNull();
    expect(announcement(10_500, 9_900)).toBe('10 seconds left.');
    expect(announcement(900, 0)).toBe('Time is up.');
    // A jump over several thresholds announces the last one only.
    expect(announcement(200_000, 20_000)).toBe('30 seconds left.');
    expect(announcement(5000, 6000)).toBeNull();
  });
});
