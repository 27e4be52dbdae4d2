import { type Action, DATED_BONUS_VP, type GameState, getCard } from '../../engine';

/**
 * What a seat should know about a move beyond the effect the engine explains (explainAction(a, s) already
 * says when an operation is a repeat, and whose event a rival card fires): a dated card's event played in
 * its own fortnight earns a bonus. Shown in the move's tooltip and in the confirm bar.
 */
export function moveNote(s: GameState, a: Action): string | undefined {
  if (a.type === 'playEvent' && isOnItsDate(s, a.card)) return `On its own date: +${DATED_BONUS_VP} VP.`;
  return undefined;
}

/** The card is dated and this is its round: its event earns the dated-card bonus now. */
export const isOnItsDate = (s: GameState, card: string): boolean => {
  const c = getCard(card);
  return c?.round !== undefined && c.round === s.round;
};
