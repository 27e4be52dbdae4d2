import { ACTORS, type ActorId } from './actors';
import type { CardId } from './cards';
import type { ActorState, GameState } from './state';

/** What one seat may see: its own hand and objective; of the others only counts. Deck order and PRNG state are never shown. */
export interface ActorView extends Omit<ActorState, 'hand' | 'objective'> {
  readonly hand: readonly CardId[] | null;
  readonly handCount: number;
  readonly objective: string | null;
}

export interface GameView extends Omit<GameState, 'actors' | 'deck' | 'rng' | 'options'> {
  /** The seed is withheld until the game ends: with it, anyone could rebuild every hand and objective. */
  readonly options: { readonly rounds: number; readonly seed?: number };
  readonly seat: ActorId | null;
  readonly actors: Readonly<Record<ActorId, ActorView>>;
  readonly deckCount: number;
}

/** `seat` null is the public view (facilitator screen, spectators). After the game, objectives are revealed to all. */
export function view(s: GameState, seat: ActorId | null): GameView {
  const over = s.phase === 'ended';
  const actors = {} as Record<ActorId, ActorView>;
  for (const id of ACTORS) {
    const a = s.actors[id];
    const mine = id === seat;
    actors[id] = { resources: a.resources, vp: a.vp, handCount: a.hand.length, hand: mine ? a.hand : null, objective: mine || over ? a.objective : null };
  }
  const { actors: _a, deck, rng: _r, ...rest } = s;
  const options = over ? s.options : { rounds: s.options.rounds };
  return { ...rest, options, seat, actors, deckCount: deck.length };
}
