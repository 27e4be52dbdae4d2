import { useCallback, useEffect, useRef, useState } from 'react';
import { type Action, type ActorId, describeAction, type GameState, seedWord, toMove } from '../../engine';
import { botMove } from '../../ai/client';
import { selectGameState, useGameState, useGameStore, useSeats } from '../../store/game';
import { TIMEOUT_BOT, useClassroomStore } from '../../store/classroom';

/**
 * Runs the clock and the bots of a classroom session. Mounted once while the session screen is
 * open. Bots move after the facilitator's delay unless the session is paused; when a team's time
 * runs out, either a bot plays its move or the countdown stops and the facilitator is alerted.
 */
export interface SessionRunner {
  /** Last thing the runner did on its own, for the status line ("Time is up: a bot played …"). */
  readonly notice: string | null;
  /** A bot failed to answer; the facilitator can retry. */
  readonly error: string | null;
  readonly retry: () => void;
  /** Plays the current team's move with the timeout bot (facilitator's choice after an alert). */
  readonly playForTeam: () => void;
}

/** A bot's seed for one step, from the game's own seed (the settings' Seed field may be empty: drawn at start). */
const botSeed = (seed: string | number, step: number) => (seedWord(String(seed)) ^ Math.imul(step + 1, 0x9e3779b1)) >>> 0;
const gameSeed = () => useGameStore.getState().header?.options.seed ?? '';

/** Dispatches the action only if the game is still where it was when the bot started thinking. */
function dispatchIfCurrent(state: GameState, action: Action): boolean {
  const store = useGameStore.getState();
  if (selectGameState(store) !== state) return false;
  return store.dispatch(action) === null;
}

export function useSessionRunner(): SessionRunner {
  const state = useGameState();
  const seats = useSeats();
  const settings = useClassroomStore((s) => s.settings);
  const timer = useClassroomStore((s) => s.timer);
  const held = useClassroomStore((s) => s.held);
  const alert = useClassroomStore((s) => s.alert);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  // The step a timeout move was requested for: never ask twice for the same turn.
  const timeoutStep = useRef(-1);

  const mover: ActorId | null = state ? toMove(state) : null;
  const moverSeat = mover && seats ? seats[mover] : null;

  // One countdown per turn (every move) or per round; none once the game is over.
  const timerKey = state && state.phase !== 'ended' ? (settings.timerScope === 'round' ? `r${state.round}` : `s${state.step}`) : null;
  useEffect(() => {
    const cls = useClassroomStore.getState();
    if (timerKey) cls.syncTimer(timerKey, Date.now());
    else if (cls.timer) cls.pauseTimer(Date.now());
  }, [timerKey, settings.timerScope]);

  const playForTeam = useCallback(() => {
    const s = selectGameState(useGameStore.getState());
    if (!s || s.phase === 'ended') return;
    const who = toMove(s);
    if (!who || timeoutStep.current === s.step) return;
    timeoutStep.current = s.step;
    const cls = useClassroomStore.getState();
    cls.callToDevice(null);
    cls.dismissAlert();
    const team = cls.settings.teams[who].name.trim() || who;
    botMove(s, who, TIMEOUT_BOT, { seed: botSeed(gameSeed(), s.step) })
      .then((a) => {
        if (dispatchIfCurrent(s, a)) setNotice(`Time is up: a bot played for team ${team}. ${describeAction(a)}.`);
      })
      .catch((e: unknown) => {
        timeoutStep.current = -1;
        setError(`The bot could not play for team ${team}: ${e instanceof Error ? e.message : String(e)}`);
      });
  }, []);

  // Bot seats move on their own, after the delay, unless the session is paused or waits on an alert.
  useEffect(() => {
    if (!state || state.phase === 'ended' || !mover || moverSeat?.kind !== 'bot' || held || alert) return;
    let cancelled = false;
    const level = moverSeat.level;
    const t = setTimeout(() => {
      botMove(state, mover, level, { seed: botSeed(gameSeed(), state.step) })
        .then((a) => {
          if (!cancelled) dispatchIfCurrent(state, a);
        })
        .catch((e: unknown) => {
          if (!cancelled) setError(`The ${level} bot for ${mover} could not move: ${e instanceof Error ? e.message : String(e)}`);
        });
      // Bots keep their objective and forecast at once: the pause is for following moves on the board.
    }, state.phase === 'setup' ? 0 : settings.botDelayMs);
    return () => {
      cancelled = true;
      clearTimeout(t);
    };
  }, [state, mover, moverSeat, held, alert, settings.botDelayMs, attempt]);

  // A team's time runs out: apply the facilitator's rule.
  useEffect(() => {
    if (!state || state.phase === 'ended' || !timer || timer.deadline === null || moverSeat?.kind !== 'human' || alert) return;
    const onExpire = () => {
      if (settings.onExpire === 'pause') useClassroomStore.getState().raiseAlert(mover, Date.now());
      else playForTeam();
    };
    const t = setTimeout(onExpire, Math.max(0, timer.deadline - Date.now()));
    return () => clearTimeout(t);
  }, [state, timer, mover, moverSeat, alert, settings.onExpire, playForTeam]);

  const retry = useCallback(() => {
    setError(null);
    setAttempt((n) => n + 1);
  }, []);

  return { notice, error, retry, playForTeam };
}
