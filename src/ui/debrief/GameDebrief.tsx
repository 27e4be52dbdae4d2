import { type ReactNode, useMemo } from 'react';
import { useGameStore } from '../../store/game';
import { DebriefScreen } from './DebriefScreen';

/**
 * The debrief of the game in the game store (a finished hot-seat game): drop it into the end
 * screen. Charts load on demand, so this adds no chart code to the first download.
 */
export function GameDebrief({ children }: { children?: ReactNode }) {
  const header = useGameStore((s) => s.header);
  const log = useGameStore((s) => s.log);
  const cursor = useGameStore((s) => s.cursor);
  // Sliced here, not in the selector: a selector must return the same object for the same state.
  const actions = useMemo(() => (cursor === log.length ? log : log.slice(0, cursor)), [log, cursor]);
  if (!header) return null;
  return (
    <DebriefScreen options={header.options} actions={actions} seats={header.seats}>
      {children}
    </DebriefScreen>
  );
}
