import type { Page } from '@playwright/test';
import { chooseAction } from '../../src/ai/bot';
import { type Action, ACTORS, apply, type GameState, newGame, RULES_VERSION, toMove } from '../../src/engine';

/**
 * Games started from a prepared position instead of a long UI flow: the moves are played by the
 * engine's heuristic bots in Node, then handed to the page as a save of the previous version (the
 * old single-slot save), which the app moves into its library on start.
 */

export const TWO_HUMANS = {
  US: { kind: 'human' },
  KP: { kind: 'human' },
  CN: { kind: 'bot', level: 'random' },
  RU: { kind: 'bot', level: 'random' },
  KR: { kind: 'bot', level: 'random' },
} as const;

export interface Prepared {
  readonly options: { readonly seed: string; readonly rounds: number };
  readonly log: readonly Action[];
  readonly state: GameState;
}

/** Plays heuristic moves from a new game until `stop` says so (or the game ends). */
export function prepare(seed: number, rounds: number, stop: (s: GameState, moves: number) => boolean): Prepared {
  const first = newGame({ seed: `prepared-${seed}`, rounds });
  if (!first.ok) throw new Error(first.error.message);
  let s = first.value;
  const log: Action[] = [];
  while (s.phase !== 'ended' && !stop(s, log.length)) {
    const a = chooseAction(s, toMove(s)!, 'heuristic', { seed: seed + log.length });
    const r = apply(s, a);
    if (!r.ok) throw new Error(r.error.message);
    log.push(a);
    s = r.value;
  }
  return { options: { seed: `prepared-${seed}`, rounds }, log, state: s };
}

/** The first position, over a few seeds, where a summit waits on one of the two human seats. */
export function summitForHumans(): Prepared {
  for (let seed = 1; seed < 200; seed++) {
    const p = prepare(seed, 3, (s) => s.phase === 'summit' && (toMove(s) === 'US' || toMove(s) === 'KP'));
    if (p.state.phase === 'summit') return p;
  }
  throw new Error('No summit reached in 200 seeds.');
}

/** Opens the app on a prepared game (as an old single-slot save: the app migrates it). */
export async function openPrepared(page: Page, p: Prepared, seats: Record<string, unknown> = TWO_HUMANS): Promise<void> {
  // Save format 2 names its rules (a format-1 save is a rules 1.0.0 game, which today's rules only replay).
  const save = JSON.stringify({ version: 2, header: { rulesVersion: RULES_VERSION, options: p.options, seats, createdAt: '2026-01-02T03:04:05.000Z' }, log: p.log, cursor: p.log.length });
  await page.goto('/?botDelay=0#/');
  await page.evaluate((raw) => {
    localStorage.clear();
    localStorage.setItem('summitry:game', raw);
  }, save);
  await page.goto('/?botDelay=0#/play');
  await page.reload();
}

export const ALL_ACTORS = ACTORS;
