import { ACTORS, type ActorId } from './actors';
import type { CardId } from './cards';
import type { ReadingId } from './readings';
import type { ActorState, GameState } from './state';

/**
 * What one seat may see: its own hand, objective choices, objective and forecast; of the others only
 * counts. Deck order, the seed and the PRNG state are never shown while the game runs.
 */
export interface ActorView extends Omit<ActorState, 'hand' | 'objective' | 'objectiveChoices' | 'forecast'> {
  readonly hand: readonly CardId[] | null;
  readonly handCount: number;
  readonly objectiveChoices: readonly string[] | null;
  /** null when hidden from this seat; '' when it is this seat's and not yet kept. */
  readonly objective: string | null;
  readonly forecast: ReadingId | null;
  /** Whether the actor has kept an objective / recorded its forecast (public: the setup's progress). */
  readonly hasObjective: boolean;
  readonly hasForecast: boolean;
}

export interface GameView extends Omit<GameState, 'actors' | 'deck' | 'rng' | 'options'> {
  /** The seed is withheld until the game ends: with it, anyone could rebuild every hand and objective. */
  readonly options: { readonly rounds: number; readonly seed?: string };
  readonly seat: ActorId | null;
  readonly actors: Readonly<Record<ActorId, ActorView>>;
  readonly deckCount: number;
}

/** `seat` null is the public view (facilitator screen, spectators). After the game, every secret but the deck is revealed. */
export function view(s: GameState, seat: ActorId | null): GameView {
  const over = s.phase === 'ended';
  const actors = {} as Record<ActorId, ActorView>;
  for (const id of ACTORS) {
    const a = s.actors[id];
    const shown = id === seat || over;
    actors[id] = {
      resources: a.resources, vp: a.vp, opsThisRound: a.opsThisRound, handCount: a.hand.length,
      hand: id === seat ? a.hand : null,
      objectiveChoices: shown ? a.objectiveChoices : null,
      objective: shown ? a.objective : null,
      forecast: shown ? a.forecast : null,
      hasObjective: a.objective !== '',
      hasForecast: a.forecast !== null,
    };
  }
  const { actors: _a, deck, rng: _r, ...rest } = s;
  const options = over ? s.options : { rounds: s.options.rounds };
  return { ...rest, options, seat, actors, deckCount: deck.length };
}
