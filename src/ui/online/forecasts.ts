import { ACTORS, type ActorId, READING_INFO } from '../../engine';
import type { GameLog } from '../../log';

/**
 * The forecasts of an ended table, for the debrief across tables. Rules 2.0 (issue #8, /work/notes/RULES2.md)
 * records each team's forecast as an action `{ type: 'forecast', actor, reading }` in the log, and the ended
 * game's `reading` says which analyst proved right. Both are read by name, so a table played under rules 1.0
 * (no forecasts) shows none. The server sends the log only once the table has ended, so this never runs on a
 * forecast another seat could still act on.
 */
export interface TableForecast {
  readonly actor: ActorId;
  readonly reading: string;
  /** null while the game's own reading is unknown (a table stopped early). */
  readonly right: boolean | null;
}

export function forecastsOf(log: Pick<GameLog, 'actions'>, outcome: unknown): TableForecast[] {
  const proved = typeof outcome === 'string' ? outcome : null;
  const out: TableForecast[] = [];
  for (const a of log.actions as readonly { type: string; actor?: unknown; reading?: unknown }[]) {
    if (a.type !== 'forecast' || typeof a.reading !== 'string' || !(ACTORS as readonly unknown[]).includes(a.actor)) continue;
    out.push({ actor: a.actor as ActorId, reading: a.reading, right: proved === null ? null : a.reading === proved });
  }
  return out;
}

/** The ended view's `reading` (rules 2.0), or undefined under rules 1.0. */
export const provedReading = (view: object): unknown => (view as { reading?: unknown }).reading;

/** A reading's name as the players saw it at setup ("Pyongyang defers to Xi"), or its id if unknown. */
export const readingName = (id: string): string => (Object.hasOwn(READING_INFO, id) ? READING_INFO[id as keyof typeof READING_INFO].name : id);
