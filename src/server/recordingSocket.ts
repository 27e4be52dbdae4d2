import WS from 'ws';

/**
 * Test helper: imported before colyseus.js (which picks globalThis.WebSocket when it loads), it
 * makes every client socket record every frame it receives, from the very first.
 */
export interface Frame {
  readonly owner: string;
  readonly bytes: Uint8Array;
}
export const frames: Frame[] = [];
export const recorder = { owner: '' };

class RecordingSocket extends WS {
  constructor(...args: ConstructorParameters<typeof WS>) {
    super(...args);
    const me = recorder.owner;
    this.on('message', (data: Buffer) => frames.push({ owner: me, bytes: new Uint8Array(data) }));
  }
}
(globalThis as { WebSocket?: unknown }).WebSocket = RecordingSocket;
