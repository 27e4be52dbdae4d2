import { ACTOR_INFO } from '../../engine';
import { type GameLog, playableOptions } from '../../log';
import { describeChanges, replaySteps, turningPoints } from '../debrief/analysis';

/**
 * A table's biggest swing, in words ("Round 3, North Korea: SRBM Test — Tension 5 → 7, …"): the move that
 * table's own debrief lists first, for the side-by-side debrief across tables. Null for a table played under
 * other rules (it replays in the viewer, but is not measured here) or one where nothing moved.
 */
export function biggestTurn(log: GameLog): string | null {
  const options = playableOptions(log);
  if (!options) return null;
  const tp = turningPoints(replaySteps(options, log.actions), log.actions, 1)[0];
  if (!tp) return null;
  return `Round ${tp.round}, ${ACTOR_INFO[tp.actor].name}: ${tp.cardName ?? tp.text} — ${describeChanges(tp).join(', ')}`;
}
