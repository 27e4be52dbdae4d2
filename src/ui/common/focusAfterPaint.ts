/**
 * Moves keyboard focus once the browser has painted the next frame.
 *
 * Why: `focus()` forces a style and layout pass. Called from an effect of a click's render, it lays the
 * whole table out inside the click (15–40 ms on the hot-seat table) and the frame then lays it out again.
 * After the paint the layout is clean, so focusing costs next to nothing and the move shows a frame sooner.
 *
 * Focus is left alone if the player has put it somewhere else meanwhile (tabbed or clicked on).
 * Returns a cancel function for the effect's cleanup.
 */
export function focusAfterPaint(target: () => HTMLElement | null | undefined, options?: FocusOptions): () => void {
  const before = document.activeElement;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    // The frame's rendering runs after its animation-frame callbacks; a task queued here runs after the paint.
    timer = setTimeout(() => {
      const el = target();
      if (!el || !el.isConnected) return;
      const now = document.activeElement;
      const moved = now !== null && now !== document.body && now !== before && now.isConnected;
      if (!moved) el.focus(options);
    }, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}

/**
 * Lets go of focus before a render removes the focused control (call it in the click handler, before
 * React commits). Chrome lays the whole page out when the focused element leaves the document in the
 * middle of a commit; blurring first, while nothing is pending, costs nothing. Focus then goes where
 * the new screen puts it (focusAfterPaint).
 */
export function releaseFocus(): void {
  const active = document.activeElement;
  if (active instanceof HTMLElement && active !== document.body) active.blur();
}
