import { ACTORS, type ActorId, type ActorView, type GameState, type GameView, view } from '../../engine';

/** Whose eyes the replay uses: everything (post-game), the public table, or one seat. */
export type Perspective = 'all' | 'public' | ActorId;

/** Like view(), but every hand and hidden objective shown: for looking back at a game, never during one. */
export function fullView(s: GameState): GameView {
  const v = view(s, null);
  const actors = {} as Record<ActorId, ActorView>;
  for (const id of ACTORS) actors[id] = { ...v.actors[id], hand: s.actors[id].hand, objective: s.actors[id].objective };
  return { ...v, actors };
}

export const viewAs = (s: GameState, p: Perspective): GameView => (p === 'all' ? fullView(s) : view(s, p === 'public' ? null : p));
