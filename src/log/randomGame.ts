import { chooseAction } from '../ai/bot';
import { type Action, apply, type GameOptions, newGameOrThrow, toMove } from '../engine';
import type { Seats } from './seats';

export const ALL_BOT_SEATS: Seats = {
  US: { kind: 'bot', level: 'random' }, KP: { kind: 'bot', level: 'random' }, CN: { kind: 'bot', level: 'random' },
  RU: { kind: 'bot', level: 'random' }, KR: { kind: 'bot', level: 'random' },
};

/** The actions of a whole random-bot game (or its first `maxActions`): fixtures for tests, samples and benchmarks. */
export function randomGameActions(options: GameOptions, botSeed = 1, maxActions = Infinity): Action[] {
  let s = newGameOrThrow(options);
  const actions: Action[] = [];
  for (let seat = toMove(s); seat && actions.length < maxActions; seat = toMove(s)) {
    const a = chooseAction(s, seat, 'random', { seed: botSeed });
    const r = apply(s, a);
    if (!r.ok) throw new Error(`Random bot chose an illegal action: ${r.error.message}`);
    s = r.value;
    actions.push(a);
  }
  return actions;
}
