import type { Action } from '../../engine';
import { encodeShare, makeLog, serializeLog } from '../../log';
import type { GameHeader } from '../../store/save';
import { downloadText } from '../common/download';

/** The played game as a versioned, hashed log (src/log), for download, share links and replay. */
export function gameLog(header: GameHeader, actions: readonly Action[]) {
  return makeLog({ options: header.options, seats: header.seats, actions, source: 'Summitry web', createdAt: new Date().toISOString() });
}

export function downloadGameLog(header: GameHeader, actions: readonly Action[]): void {
  const stamp = new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');
  downloadText(`summitry-${header.options.seed}-${stamp}.json`, serializeLog(gameLog(header, actions)));
}

/** `#/replay?log=…` for this game. */
export function replayHash(header: GameHeader, actions: readonly Action[]): string {
  return `#/replay?log=${encodeShare(gameLog(header, actions))}`;
}

export function shareUrl(header: GameHeader, actions: readonly Action[]): string {
  return `${location.href.split('#')[0]}${replayHash(header, actions)}`;
}
