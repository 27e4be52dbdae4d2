import { closeSync, mkdirSync, openSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ACTORS, type ActorId } from '../engine';
import { type GameLog, makeLog, type Seats, serializeLog } from '../log';
import { quote } from '../log/quote';
import type { BotLevels, PlayedGame } from './play';
import { UsageError } from './run';

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

const errno = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e));
const reasons: Record<string, string> = {
  EACCES: 'permission denied', EPERM: 'not permitted', EROFS: 'read-only file system', ENOSPC: 'the disk is full',
  ENOENT: 'no such place', ENOTDIR: 'a part of the path is a file, not a folder', EISDIR: 'it is a folder',
};
const reason = (e: unknown) => reasons[errno(e)] ?? errno(e);

/** The nearest existing folder at or above `dir` (a file there is refused: a path cannot go on under a file). */
function nearestFolder(path: string, dir: string): string {
  for (let d = resolve(dir); ; d = dirname(d)) {
    let st;
    try {
      st = statSync(d);
    } catch (e) {
      if (errno(e) !== 'ENOENT') throw new UsageError(`--save-log ${quote(path, 200)}: cannot use ${quote(d, 200)}: ${reason(e)}.`);
      if (dirname(d) === d) throw new UsageError(`--save-log ${quote(path, 200)}: no such place.`);
      continue;
    }
    if (!st.isDirectory()) throw new UsageError(`--save-log ${quote(path, 200)}: ${quote(d, 200)} is a file, not a folder.`);
    return d;
  }
}

/** Can a file be created in the existing folder `dir`? Tried for real (a probe file, removed at once): permissions, read-only and special file systems (/proc, /sys) all answer. */
function probeFolder(path: string, dir: string): void {
  const probe = join(dir, `.summitry-save-log-check-${process.pid}`);
  try {
    closeSync(openSync(probe, 'wx'));
  } catch (e) {
    // ENOENT for a folder that exists: a file system that makes no files there (/proc).
    const why = errno(e) === 'ENOENT' ? 'files cannot be made there' : reason(e);
    throw new UsageError(`--save-log ${quote(path, 200)}: cannot write in ${quote(dir, 200)}: ${why}.`);
  }
  rmSync(probe, { force: true });
}

/**
 * Checks, before any game is played, that `--save-log` can be written: a folder path ("dir/") must be
 * or become a folder; a file path must not be a folder, must not go on under a file, and must be writable.
 * Throws a UsageError (exit 2) with a one-line reason.
 */
export function checkSavePath(path: string): void {
  if (savesAll(path)) {
    probeFolder(path, nearestFolder(path, path));
    return;
  }
  let st;
  try {
    st = statSync(path);
  } catch (e) {
    // Missing, or under a file (ENOTDIR): nearestFolder below names the file.
    if (errno(e) !== 'ENOENT' && errno(e) !== 'ENOTDIR') throw new UsageError(`--save-log ${quote(path, 200)}: ${reason(e)}.`);
  }
  if (st?.isDirectory()) throw new UsageError(`--save-log ${quote(path, 200)} is a folder: give a file path, or end it with "/" to save every game in that folder.`);
  if (st && !st.isFile()) throw new UsageError(`--save-log ${quote(path, 200)} is not a regular file.`);
  if (st) {
    // An existing file: writable? Opened without truncating it, so nothing is lost if the run stops.
    try {
      closeSync(openSync(path, 'r+'));
    } catch (e) {
      throw new UsageError(`--save-log ${quote(path, 200)}: cannot write the file: ${reason(e)}.`);
    }
  }
  probeFolder(path, nearestFolder(path, dirname(path)));
}
