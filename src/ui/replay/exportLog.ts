import { encodeShare, type GameLog, serializeLog } from '../../log';
import { replayHash } from './route';

/** A file name that says which game it is: seed and number of moves. */
export const logFileName = (log: GameLog): string => `summitry-seed${fileSafe(String(log.options.seed))}-${log.actions.length}-moves.json`;

/** A typed seed may hold spaces and punctuation: in a file name only letters, digits, '-' and '_' stay (a drawn seed is hex). */
const fileSafe = (seed: string): string => seed.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 40) || 'seed';

/** Saves the log as a .json file through a temporary download link. */
export function downloadLog(log: GameLog, filename: string = logFileName(log)): void {
  const url = URL.createObjectURL(new Blob([serializeLog(log)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: some browsers start the download only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A link that opens this game in the replay viewer, at `step` if given. */
export function shareLink(log: GameLog, step?: number, base: string = `${location.origin}${location.pathname}`): string {
  return `${base}${replayHash({ log: encodeShare(log), ...(step !== undefined ? { step } : {}) })}`;
}
