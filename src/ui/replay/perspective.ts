import { ACTORS, type ActorId, type ActorView, type GameState, type GameView, view } from '../../engine';

/** Whose eyes the replay uses: everything (post-game), the public table, or one seat. */
export type Perspective = 'all' | 'public' | ActorId;

/** Like view(), but every hand, objective (and the two dealt) and forecast shown: for looking back at a game, never during one. */
export function fullView(s: GameState): GameView {
  const v = view(s, null);
  const actors = {} as Record<ActorId, ActorView>;
  for (const id of ACTORS) {
    const a = s.actors[id];
    actors[id] = { ...v.actors[id], hand: a.hand, objective: a.objective, objectiveChoices: a.objectiveChoices, forecast: a.forecast };
  }
  return { ...v, actors };
}

export const viewAs = (s: GameState, p: Perspective): GameView => (p === 'all' ? fullView(s) : view(s, p === 'public' ? null : p));
