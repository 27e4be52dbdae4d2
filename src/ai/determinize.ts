import { ACTORS, type ActorId, CARDS, type GameState, nextInt, objectivesOf, type RngState, shuffle } from '../engine';

/**
 * One guess at the hidden parts of a position, consistent with what `seat` can see: its own hand
 * and objective stay; the other hands and the deck are a fresh deal of the cards it has not seen
 * (neither in its hand nor in the public discard), other objectives are drawn from the ones each
 * actor could hold, and the world's PRNG is replaced (future headlines are unknown to everyone).
 */
export function determinize(s: GameState, seat: ActorId, rng: RngState): [GameState, RngState] {
  let r = rng;
  const seen = new Set<string>([...s.actors[seat].hand, ...s.discard]);
  let unseen = CARDS.map((c) => c.id).filter((id) => !seen.has(id));
  [unseen, r] = shuffle(unseen, r);
  const actors = { ...s.actors };
  let at = 0;
  for (const id of ACTORS) {
    if (id === seat) continue;
    const a = s.actors[id];
    const hand = unseen.slice(at, at + a.hand.length);
    at += a.hand.length;
    let objective = a.objective;
    if (s.phase !== 'ended') {
      const options = objectivesOf(id);
      let i: number;
      [i, r] = nextInt(r, options.length);
      objective = options[i]!.id;
    }
    actors[id] = { ...a, hand, objective };
  }
  const deck = unseen.slice(at);
  let world: number;
  [world, r] = nextInt(r, 0x7fffffff);
  return [{ ...s, actors, deck, rng: world }, r];
}
