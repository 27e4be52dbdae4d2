import { ACTORS, type ActorId, type ActorState, type GameState, type GameView } from '../../engine';

/**
 * The game screen's components read a GameState; a networked device has only its seat's view.
 * This fills what the view withholds with empties (no other hands, no objectives, no deck, no
 * seed), so those components render the view without any secret to leak. Never fed to apply():
 * moves come from the server's list of legal actions.
 */
export function stateOfView(v: GameView): GameState {
  const actors = {} as Record<ActorId, ActorState>;
  for (const a of ACTORS) {
    const x = v.actors[a];
    actors[a] = { resources: x.resources, vp: x.vp, hand: x.hand ?? [], objective: x.objective ?? '', objectiveChoices: x.objectiveChoices ?? [], forecast: x.forecast, opsThisRound: x.opsThisRound };
  }
  const { seat: _seat, deckCount: _d, actors: _a, options, ...rest } = v;
  return { ...rest, options: { seed: '', rounds: options.rounds }, rng: undefined as unknown as GameState['rng'], actors, deck: [] };
}
