import { useEffect, useState } from 'react';
import { botMove } from '../../ai/client';
import { type ActorId, type GameState, seedWord, toMove } from '../../engine';
import { useGameStore } from '../../store/game';
import type { GameHeader } from '../../store/save';

export interface BotStatus {
  /** The bot seat whose move is being prepared, if any. */
  readonly thinking: ActorId | null;
  readonly error: string | null;
  retry(): void;
}

/**
 * Plays bot seats: after a short pause (so people can follow), asks the bot worker for a move and
 * dispatches it — unless the game moved on meanwhile (undo, new game), in which case the answer is dropped.
 */
export function useBotDriver(header: GameHeader, state: GameState, cursor: number, delay: number, paused: boolean): BotStatus {
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  // A tab that follows another tab's game leaves the bots to the live tab.
  const following = useGameStore((s) => s.following);
  paused ||= following;
  const mover = toMove(state);
  const spec = mover ? header.seats[mover] : null;
  const botTurn = spec?.kind === 'bot' && state.phase !== 'ended';

  useEffect(() => {
    if (!botTurn || paused || !mover || spec?.kind !== 'bot') return;
    let cancelled = false;
    setError(null);
    const timer = setTimeout(() => {
      botMove(state, mover, spec.level, { seed: (seedWord(String(header.options.seed)) * 31 + state.step) >>> 0 })
        .then((action) => {
          if (cancelled) return;
          const now = useGameStore.getState();
          if (now.header !== header || now.cursor !== cursor) return; // stale: the game moved on
          const err = now.dispatch(action);
          if (err) setError(`The bot chose an illegal move: ${err.message}`);
        })
        .catch((e: unknown) => {
          if (!cancelled) setError(e instanceof Error ? e.message : String(e));
        });
    }, delay);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [header, state, cursor, delay, paused, botTurn, mover, spec, attempt]);

  return { thinking: botTurn && !paused && !error ? mover : null, error, retry: () => setAttempt((n) => n + 1) };
}
