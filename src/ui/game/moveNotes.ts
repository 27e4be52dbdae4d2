import type { Action, GameState } from '../../engine';

/**
 * What a seat should know about a move beyond its printed effect, from the rules 2.0 state: an
 * operation already run this round gives less. Shown on the move's button, its tooltip and the confirm bar.
 */
export function moveNote(s: GameState, a: Action): string | undefined {
  if (a.type === 'playOps' && (s.actors[a.actor].opsThisRound ?? []).includes(a.op)) return 'Already run this round (↻): a repeat gives less.';
  return undefined;
}
