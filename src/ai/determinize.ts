import { ACTORS, type ActorId, CARDS, type GameState, nextInt, objectivesOf, READINGS, type RngState, shuffle, splitRng } from '../engine';

/**
 * One guess at the hidden parts of a position, consistent with what `seat` can see: its own hand,
 * objective choices, objective and forecast stay; the other hands and the deck are a fresh deal of the
 * cards it has not seen (neither in its hand nor in the public discard); each other actor's dealt pair,
 * kept objective and forecast are drawn from what it could hold (an actor that has not chosen yet keeps
 * the blank); and the world's PRNG is replaced (future headlines are unknown to everyone).
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
    let { objective, objectiveChoices, forecast } = a;
    if (s.phase !== 'ended') {
      let pair: string[];
      [pair, r] = shuffle(objectivesOf(id).map((o) => o.id), r);
      objectiveChoices = pair.slice(0, a.objectiveChoices.length);
      if (objective !== '') objective = objectiveChoices[0]!;
      if (forecast !== null) {
        let k: number;
        [k, r] = nextInt(r, READINGS.length);
        forecast = READINGS[k]!;
      }
    }
    actors[id] = { ...a, hand, objective, objectiveChoices, forecast };
  }
  const deck = unseen.slice(at);
  let world: RngState;
  [world, r] = splitRng(r);
  return [{ ...s, actors, deck, rng: world }, r];
}
