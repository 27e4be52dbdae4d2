import { type Action, type ActorId, apply, type GameState, legalActions, nextFloat, type RngState, splitRng, toMove } from '../engine';
import { evaluate, ownKnowledge } from './evaluate';

/**
 * The heuristic bot: tries every legal move with the engine's own `apply` and keeps the one whose
 * result its evaluation likes best. At a summit it also weighs how the other side will answer, and
 * for the decisions that come before the offer (North Korea's attend or snub, a third party's
 * sweetener or spoiler) it plays the rest of that table out, every seat choosing greedily.
 *
 * Honesty: the bot never reads other hands, other objectives, other forecasts or the deck. When it
 * imagines another seat's choice it evaluates that seat with its own knowledge only. A move that closes
 * a round makes the engine draw world events from the game's PRNG, which no player can know in advance,
 * so the look-ahead runs on a copy whose PRNG state is the bot's own.
 */

/** How sure a side is that the other accepts, from the other's estimated gain (in VP). */
const acceptChance = (gain: number) => 1 / (1 + Math.exp(-gain / 0.8));

type Know = (id: ActorId) => string | null;

const must = (s: GameState, a: Action): GameState => {
  const r = apply(s, a);
  if (!r.ok) throw new Error(`Bot tried an illegal move: ${r.error.message}`);
  return r.value;
};

/** Value of an offer on the table for `seat`, given that `answerer` accepts when it gains. */
function offerValue(afterOffer: GameState, seat: ActorId, answerer: ActorId, know: Know): number {
  const yes = must(afterOffer, { type: 'accept', actor: answerer });
  const no = must(afterOffer, { type: 'reject', actor: answerer });
  const p = acceptChance(evaluate(yes, answerer, know) - evaluate(no, answerer, know));
  return p * evaluate(yes, seat, know) + (1 - p) * evaluate(no, seat, know);
}

/** One-ply value of each legal move of `seat` (offers weighed by the answer they would get). */
function oneMove(s: GameState, seat: ActorId, know: Know): { moves: Action[]; scores: number[] } {
  const moves = legalActions(s, seat);
  const scores = moves.map((a) => {
    const next = must(s, a);
    if (a.type === 'propose' || a.type === 'counter') return offerValue(next, seat, toMove(next)!, know);
    return evaluate(next, seat, know);
  });
  return { moves, scores };
}

const best = (moves: readonly Action[], scores: readonly number[]): Action => {
  let k = 0;
  for (let i = 1; i < moves.length; i++) if (scores[i]! > scores[k]!) k = i;
  return moves[k]!;
};

/** Plays the current summit table out, every seat greedy on `know`, until it closes (or the game ends). */
function playOutTable(s: GameState, know: Know): GameState {
  let st = s;
  const round = s.round;
  const index = s.summit?.index;
  for (let n = 0; n < 12 && st.phase === 'summit' && st.round === round && st.summit?.index === index; n++) {
    const mover = toMove(st)!;
    const { moves, scores } = oneMove(st, mover, know);
    st = must(st, best(moves, scores));
  }
  return st;
}

/** Scores every legal move for `seat`; higher is better. Exposed for tests and for search priors. */
export function scoreMoves(s: GameState, seat: ActorId, rng: RngState): { moves: Action[]; scores: number[] } {
  const know = ownKnowledge(s, seat);
  const hs: GameState = { ...s, rng };
  const stage = s.phase === 'summit' ? s.summit?.stage : undefined;
  if (stage !== 'attend' && stage !== 'intervene') return oneMove(hs, seat, know);
  // Before the offer: what a decision is worth depends on how the table then goes.
  const moves = legalActions(hs, seat);
  const scores = moves.map((a) => evaluate(playOutTable(must(hs, a), know), seat, know));
  return { moves, scores };
}

export function heuristicAction(s: GameState, seat: ActorId, rng: RngState): [Action, RngState] {
  let r = rng;
  let lookahead: RngState;
  [lookahead, r] = splitRng(r);
  const { moves, scores } = scoreMoves(s, seat, lookahead);
  if (moves.length === 0) throw new Error(`No legal action for ${seat}.`);
  let top = -Infinity;
  let pick = 0;
  for (let i = 0; i < moves.length; i++) {
    // Ties (and near-ties) broken by the seeded PRNG, so one seed always gives one game.
    let jitter: number;
    [jitter, r] = nextFloat(r);
    const v = scores[i]! + jitter * 1e-6;
    if (v > top) {
      top = v;
      pick = i;
    }
  }
  return [moves[pick]!, r];
}
