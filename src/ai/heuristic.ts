import { type Action, type ActorId, apply, type GameState, legalActions, nextFloat, type RngState, splitRng, toMove } from '../engine';
import { evaluate, ownKnowledge } from './evaluate';

/**
 * The heuristic bot: tries every legal move with the engine's own `apply` and keeps the one whose
 * result its evaluation likes best. At a summit it also weighs how the other side will answer.
 *
 * Honesty: the bot never reads other hands, other objectives or the deck. A move that closes a round
 * makes the engine draw world events from the game's PRNG, which no player can know in advance, so
 * the look-ahead runs on a copy whose PRNG state is the bot's own.
 */

/** How sure a side is that the other accepts, from the other's estimated gain (in VP). */
const acceptChance = (gain: number) => 1 / (1 + Math.exp(-gain / 0.4));

const must = (s: GameState, a: Action): GameState => {
  const r = apply(s, a);
  if (!r.ok) throw new Error(`Bot tried an illegal move: ${r.error.message}`);
  return r.value;
};

/** Value of an offer on the table for `seat`, given that `answerer` accepts when it gains. */
function offerValue(afterOffer: GameState, seat: ActorId, answerer: ActorId, know: (id: ActorId) => string | null): number {
  const yes = must(afterOffer, { type: 'accept', actor: answerer });
  const no = must(afterOffer, { type: 'reject', actor: answerer });
  const p = acceptChance(evaluate(yes, answerer, know) - evaluate(no, answerer, know));
  return p * evaluate(yes, seat, know) + (1 - p) * evaluate(no, seat, know);
}

/** Scores every legal move for `seat`; higher is better. Exposed for tests and for search priors. */
export function scoreMoves(s: GameState, seat: ActorId, rng: RngState): { moves: Action[]; scores: number[] } {
  const moves = legalActions(s, seat);
  const know = ownKnowledge(s, seat);
  const hs: GameState = { ...s, rng };
  const scores = moves.map((a) => {
    const next = must(hs, a);
    if (a.type === 'propose' || a.type === 'counter') {
      const answerer = toMove(next)!;
      return offerValue(next, seat, answerer, know);
    }
    return evaluate(next, seat, know);
  });
  return { moves, scores };
}

export function heuristicAction(s: GameState, seat: ActorId, rng: RngState): [Action, RngState] {
  let r = rng;
  let lookahead: RngState;
  [lookahead, r] = splitRng(r);
  const { moves, scores } = scoreMoves(s, seat, lookahead);
  if (moves.length === 0) throw new Error(`No legal action for ${seat}.`);
  let best = -Infinity;
  let pick = 0;
  for (let i = 0; i < moves.length; i++) {
    // Ties (and near-ties) broken by the seeded PRNG, so one seed always gives one game.
    let jitter: number;
    [jitter, r] = nextFloat(r);
    const v = scores[i]! + jitter * 1e-6;
    if (v > best) {
      best = v;
      pick = i;
    }
  }
  return [moves[pick]!, r];
}
