/**
 * Positions for the README screenshots (`npm run screenshots`), made by the current engine so they
 * survive a rules change: a heuristic-bot game with two human seats, cut at the moments worth showing.
 * Prints JSON: { seats, options, log, stops: { choosing, summit, roundSummary, end } } (cursor per stop),
 * and `secrets`: per stop, the names of every card in a hand and every hidden objective, for tests
 * that check a public screen shows none of them.
 */
import { chooseAction } from '../ai/bot';
import { type Action, ACTORS, type ActorId, apply, type GameState, getCard, newGameOrThrow, OBJECTIVE_BY_ID, toMove } from '../engine';
import type { Seats } from '../log/seats';

const HUMANS: readonly ActorId[] = ['US', 'KP'];
const seats: Seats = {
  US: { kind: 'human', name: 'Ana' },
  KP: { kind: 'human' },
  CN: { kind: 'bot', level: 'heuristic' },
  RU: { kind: 'bot', level: 'heuristic' },
  KR: { kind: 'bot', level: 'heuristic' },
};

type Options = Parameters<typeof newGameOrThrow>[0];

/** Every seat played by the heuristic bot; returns the states after each action too. */
function play(options: Options): { log: Action[]; states: GameState[] } {
  let s = newGameOrThrow(options);
  const log: Action[] = [];
  const states = [s];
  for (let seat = toMove(s); seat; seat = toMove(s)) {
    const a = chooseAction(s, seat, 'heuristic', { seed: 11 });
    const r = apply(s, a);
    if (!r.ok) throw new Error(r.error.message);
    s = r.value;
    log.push(a);
    states.push(s);
  }
  return { log, states };
}

const human = (s: GameState) => {
  const m = toMove(s);
  return m !== null && HUMANS.includes(m) ? m : null;
};

function find(states: GameState[], ok: (s: GameState, i: number) => boolean): number {
  for (let i = states.length - 1; i >= 0; i--) if (ok(states[i]!, i)) return i;
  return -1;
}

// The first seed (from 1) whose game runs the calendar, holds a summit with a human to move, and ends by the calendar.
for (let n = 1; n < 200; n++) {
  const options: Options = { seed: String(n), rounds: 6 };
  const { log, states } = play(options);
  const last = states[states.length - 1]!;
  if (last.end?.reason !== 'calendar') continue;
  // The offer stage with nothing on the table yet: the package composer, the screen a summit is about.
  const summit = find(states, (s) => s.phase === 'summit' && human(s) !== null && s.summit?.stage === 'offer' && s.summit.offer === null);
  if (summit < 0) continue;
  // A late action turn of the United States, with a long chronicle behind it.
  const choosing = find(states, (s) => s.phase === 'action' && toMove(s) === 'US' && s.round === Math.max(2, last.round - 1));
  // The first human turn of a round after the first: a round was scored since that seat last played.
  const roundSummary = find(states, (s, i) => s.phase === 'action' && s.turn === 0 && s.round >= 3 && i > 0 && human(s) !== null);
  if (choosing < 0 || roundSummary < 0) continue;
  const stops = { choosing, summit, roundSummary, end: log.length };
  // Rules 2.0: both objectives dealt at setup are secret (the kept one and the one passed over).
  const secretsAt = (s: GameState) => ACTORS.flatMap((a) => [...s.actors[a].hand.map((c) => getCard(c)!.name), ...s.actors[a].objectiveChoices.map((o) => OBJECTIVE_BY_ID.get(o)!.name)]);
  const secrets = Object.fromEntries(Object.entries(stops).map(([k, i]) => [k, secretsAt(states[i]!)]));
  process.stdout.write(`${JSON.stringify({ seats, options, log, stops, secrets })}\n`);
  process.exit(0);
}
throw new Error('No seed gave every position the screenshots need.');
