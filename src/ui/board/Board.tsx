import type { GameView } from '../../engine';
// Placeholder owned by the board engineer; replaced by the SVG board.
export function Board({ view }: { view: GameView; changed?: BoardHighlight }) {
  return <pre aria-label="Board">{JSON.stringify(view.tracks)}</pre>;
}
export interface BoardHighlight {
  readonly tracks?: readonly string[];
  readonly actors?: readonly string[];
}
