import { Dialog } from '../common/Dialog';

/** In-game help: how a turn works and the keyboard shortcuts. */
export function HelpDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} title="Help" onClose={onClose}>
      <h3>Your turn</h3>
      <p>
        Pick one card from your hand and play it <strong>for its event</strong> (if it is your side's and you can pay its capital) or
        <strong> for its ops</strong>, running one of your operations. Hover or focus a move to see what it does, then confirm it.
      </p>
      <h3>Summit step</h3>
      <p>
        When a summit table is ready, the host ticks the terms of a package (at least one concession from each side) and proposes it, or declines.
        The guest accepts, rejects, or counters once; the host then accepts or rejects.
      </p>
      <h3>Passing the device</h3>
      <p>Between human players a cover screen hides the hands. Hand the device over, then press Ready.</p>
      <h3>Keys</h3>
      <dl className="keys">
        <div><dt><kbd>Tab</kbd> / <kbd>Shift</kbd>+<kbd>Tab</kbd></dt><dd>Move between controls</dd></div>
        <div><dt><kbd>Enter</kbd> / <kbd>Space</kbd></dt><dd>Choose a move, then confirm it</dd></div>
        <div><dt><kbd>Esc</kbd></dt><dd>Cancel the chosen move; close this help</dd></div>
        <div><dt><kbd>U</kbd> or <kbd>Ctrl</kbd>+<kbd>Z</kbd></dt><dd>Undo your last move (and the bot moves after it)</dd></div>
        <div><dt><kbd>Shift</kbd>+<kbd>U</kbd> or <kbd>Ctrl</kbd>+<kbd>Y</kbd></dt><dd>Redo</dd></div>
        <div><dt><kbd>?</kbd></dt><dd>Open this help</dd></div>
      </dl>
      <p><a href="#/rules">Read the full rules summary</a></p>
    </Dialog>
  );
}
