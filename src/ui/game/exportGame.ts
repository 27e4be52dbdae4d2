import type { Action } from '../../engine';
import { encodeShare, makeLog } from '../../log';
import type { GameHeader } from '../../store/save';
import { downloadLog, shareLink } from '../replay/exportLog';
import { replayHash as replayRouteHash } from '../replay/route';

/** The played game as a versioned, hashed log (src/log), for download, share links and replay. */
export function gameLog(header: GameHeader, actions: readonly Action[]) {
  return makeLog({ rulesVersion: header.rulesVersion, options: header.options, seats: header.seats, actions, source: 'Summitry web', createdAt: new Date().toISOString() });
}

export const downloadGameLog = (header: GameHeader, actions: readonly Action[]): void => downloadLog(gameLog(header, actions));

/** `#/replay?log=…` for this game: the replay viewer opens it. */
export const replayHash = (header: GameHeader, actions: readonly Action[]): string => replayRouteHash({ log: encodeShare(gameLog(header, actions)) });

export const shareUrl = (header: GameHeader, actions: readonly Action[]): string => shareLink(gameLog(header, actions));
