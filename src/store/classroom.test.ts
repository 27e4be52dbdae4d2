import { beforeEach, describe, expect, it } from 'vitest';
import { CLASSROOM_KEY, defaultSettings, loadClassroom, seatsFromTeams, useClassroomStore } from './classroom';
import { remaining } from '../ui/classroom/timer';

describe('classroom store', () => {
  beforeEach(() => {
    useClassroomStore.setState(loadClassroom(null, 0));
    localStorage.clear();
  });

  it('turns named teams into human seats and empty names into bots of their level', () => {
    const teams = { ...defaultSettings().teams, US: { name: '  Team Eagle ', level: 'random' as const }, KP: { name: '', level: 'search' as const } };
    const seats = seatsFromTeams(teams);
    expect(seats.US).toEqual({ kind: 'human', name: 'Team Eagle' });
    expect(seats.KP).toEqual({ kind: 'bot', level: 'search' });
    expect(seats.CN).toEqual({ kind: 'bot', level: 'heuristic' });
  });

  it('applies a preset, keeping the teams', () => {
    const s = useClassroomStore.getState();
    s.setTeam('KR', { name: 'Seoul' });
    s.applyPreset('short');
    const after = useClassroomStore.getState().settings;
    expect(after.rounds).toBe(4);
    expect(after.timerSeconds).toBe(60);
    expect(after.teams.KR.name).toBe('Seoul');
  });

  it('restarts the countdown on a new turn key only, and pauses it on an alert', () => {
    const s = useClassroomStore.getState();
    s.updateSettings({ timerSeconds: 30 });
    s.syncTimer('s1', 1000);
    s.syncTimer('s1', 20_000);
    expect(remaining(useClassroomStore.getState().timer!, 21_000)).toBe(10_000);
    s.raiseAlert('KP', 31_000);
    const st = useClassroomStore.getState();
    expect(st.alert).toEqual({ actor: 'KP' });
    expect(st.timer!.deadline).toBeNull();
    // Resuming after time ran out gives a fresh minute.
    s.resumeTimer(40_000);
    expect(remaining(useClassroomStore.getState().timer!, 40_000)).toBe(60_000);
    expect(useClassroomStore.getState().alert).toBeNull();
    s.syncTimer('s2', 50_000);
    expect(remaining(useClassroomStore.getState().timer!, 50_000)).toBe(30_000);
  });

  it('has no countdown when the timer is off', () => {
    const s = useClassroomStore.getState();
    s.updateSettings({ timerScope: 'off' });
    s.syncTimer('s1', 0);
    expect(useClassroomStore.getState().timer).toBeNull();
  });

  it('saves the session and restores a running countdown paused, never the team at the device', () => {
    const s = useClassroomStore.getState();
    s.setTeam('CN', { name: 'Beijing' });
    s.beginSession('2026-01-01T00:00:00.000Z');
    s.syncTimer('s3', 0);
    s.callToDevice('CN');
    const saved = localStorage.getItem(CLASSROOM_KEY);
    const back = loadClassroom(saved, 30_000);
    expect(back.settings.teams.CN.name).toBe('Beijing');
    expect(back.view).toBe('session');
    expect(back.started).toBe(true);
    expect(back.gameId).toBe('2026-01-01T00:00:00.000Z');
    expect(back.timer!.deadline).toBeNull();
    expect(back.timer!.remainingMs).toBe(60_000);
    expect(back.atDevice).toBeNull();
  });

  it('ignores a damaged or hostile save', () => {
    expect(loadClassroom('{not json', 0).view).toBe('setup');
    const bad = JSON.stringify({ ...JSON.parse(JSON.stringify(loadClassroom(null, 0))), settings: { ...defaultSettings(), rounds: 1e9 } });
    expect(loadClassroom(bad, 0).settings.rounds).toBe(6);
  });
});
