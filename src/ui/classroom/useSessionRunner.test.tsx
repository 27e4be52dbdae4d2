import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type ActorId, type GameState, legalActions } from '../../engine';
import type { Seats } from '../../log/seats';
import { selectGameState, useGameStore } from '../../store/game';
import { loadClassroom, useClassroomStore } from '../../store/classroom';
import { useSessionRunner } from './useSessionRunner';

// The worker is replaced by the first legal move, answered at once: the runner's rules are under test, not the bots.
const botMove = vi.hoisted(() => vi.fn());
vi.mock('../../ai/client', () => ({ botMove }));

const bots: Seats = { US: { kind: 'bot', level: 'random' }, KP: { kind: 'bot', level: 'random' }, CN: { kind: 'bot', level: 'random' }, RU: { kind: 'bot', level: 'random' }, KR: { kind: 'bot', level: 'random' } };
const usTeam: Seats = { ...bots, US: { kind: 'human', name: 'Eagles' } };

function startSession(seats: Seats, settings: Partial<ReturnType<typeof useClassroomStore.getState>['settings']>) {
  useGameStore.getState().startGame({ seed: '3', rounds: 1 }, seats);
  const cls = useClassroomStore.getState();
  cls.updateSettings({ botDelayMs: 0, timerScope: 'turn', timerSeconds: 5, ...settings });
  cls.setTeam('US', { name: seats.US.kind === 'human' ? 'Eagles' : '' });
  cls.beginSession(useGameStore.getState().header!.createdAt);
}

const steps = () => useGameStore.getState().cursor;
const current = () => selectGameState(useGameStore.getState())!;
const tick = (ms: number) => act(async () => { await vi.advanceTimersByTimeAsync(ms); });

beforeEach(() => {
  vi.useFakeTimers();
  botMove.mockReset();
  botMove.mockImplementation(async (s: GameState, seat: ActorId) => legalActions(s, seat)[0]);
  useClassroomStore.setState(loadClassroom(null, Date.now()));
});
afterEach(() => {
  cleanup();
  useGameStore.getState().clear();
  vi.useRealTimers();
});

describe('useSessionRunner', () => {
  it('lets bots move, and holds them while the facilitator has paused the session', async () => {
    startSession(bots, {});
    useClassroomStore.getState().pauseTimer(Date.now());
    renderHook(() => useSessionRunner());
    await tick(2000);
    expect(steps()).toBe(0);
    act(() => useClassroomStore.getState().resumeTimer(Date.now()));
    await tick(50);
    expect(steps()).toBeGreaterThan(3);
  });

  it('under the pause rule, stops the clock and alerts the facilitator when a team\'s time runs out', async () => {
    startSession(usTeam, { onExpire: 'pause' });
    renderHook(() => useSessionRunner());
    await tick(4900);
    expect(useClassroomStore.getState().alert).toBeNull();
    await tick(200);
    const s = useClassroomStore.getState();
    expect(s.alert).toEqual({ actor: 'US' });
    expect(s.timer!.deadline).toBeNull();
    expect(steps()).toBe(0);
    expect(botMove).not.toHaveBeenCalled();
  });

  it('under the bot rule, has the heuristic bot play the team\'s move when its time runs out, and closes its screen', async () => {
    startSession(usTeam, { onExpire: 'bot' });
    useClassroomStore.getState().callToDevice('US');
    const { result } = renderHook(() => useSessionRunner());
    await tick(5100);
    expect(botMove).toHaveBeenCalledWith(expect.anything(), 'US', 'heuristic', expect.anything());
    expect(steps()).toBeGreaterThanOrEqual(1);
    expect(useGameStore.getState().log[0]!.actor).toBe('US');
    expect(useClassroomStore.getState().atDevice).toBeNull();
    expect(result.current.notice).toMatch(/^Time is up: a bot played for team Eagles\. United States/);
  });

  it('with a round timer, keeps one countdown through the round\'s moves', async () => {
    startSession(usTeam, { timerScope: 'round', timerSeconds: 600 });
    renderHook(() => useSessionRunner());
    await tick(10);
    const first = useClassroomStore.getState().timer!;
    expect(first.key).toBe('r1');
    act(() => { useGameStore.getState().dispatch(legalActions(current(), 'US')[0]!); });
    await tick(50);
    expect(steps()).toBeGreaterThan(1);
    expect(useClassroomStore.getState().timer!.key).toBe('r1');
    expect(useClassroomStore.getState().timer!.deadline).toBe(first.deadline);
  });
});

