import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ACTORS, type ActorId } from '../engine';
import { type GameLog, makeLog, type Seats, serializeLog } from '../log';
import type { BotLevels, PlayedGame } from './play';

/** Bot games to saved-log files in the format the replay viewer opens. */

export const botSeats = (bots: BotLevels): Seats =>
  Object.fromEntries(ACTORS.map((a: ActorId) => [a, { kind: 'bot', level: bots[a] }])) as unknown as Seats;

export function logOf(game: PlayedGame, bots: BotLevels, extra: { source: string; createdAt?: string }): GameLog {
  return makeLog({ options: game.start.options, seats: botSeats(bots), actions: game.actions, ...extra });
}

export function writeLog(path: string, log: GameLog): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, serializeLog(log));
}

/** `--save-log dir/` saves every game as dir/game-0001.json, …; any other path saves the first game there. */
export const savesAll = (path: string): boolean => path.endsWith('/');
export const gameFile = (dir: string, index: number): string => join(dir, `game-${String(index + 1).padStart(4, '0')}.json`);
