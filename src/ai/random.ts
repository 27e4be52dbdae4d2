import { type Action, type ActorId, type GameState, legalActions, nextInt, type RngState } from '../engine';

/** The random bot: any legal action, uniformly. Its own PRNG state is passed in and out, so it is pure too. */
export function randomAction(s: GameState, seat: ActorId, rng: RngState): [Action, RngState] {
  const moves = legalActions(s, seat);
  if (moves.length === 0) throw new Error(`No legal action for ${seat}.`);
  const [i, next] = nextInt(rng, moves.length);
  return [moves[i]!, next];
}
