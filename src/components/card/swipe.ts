/**
 * Swiping the event card sideways steps to the previous or next event, as pages of a book turn.
 * Only fingers and pens swipe: a mouse drag across the card selects its text (a title to quote),
 * and a mouse has the Previous and Next buttons. The card sets `touch-action: pan-y`, so the
 * browser keeps vertical scrolling and leaves sideways moves to us.
 */
import type { Attachment } from 'svelte/attachments';

/** The shortest sideways move that counts, in CSS pixels. */
export const SWIPE_MIN_PX = 48;

/**
 * The step a move asks for: +1 (the next event) for a move to the left, -1 for one to the right,
 * 0 for a move too short or more vertical than sideways (at most half as far up or down).
 */
export function swipeStep(dx: number, dy: number): -1 | 0 | 1 {
  if (Math.abs(dx) < SWIPE_MIN_PX || Math.abs(dy) * 2 > Math.abs(dx)) return 0;
  return dx < 0 ? 1 : -1;
}

/** Text fields keep their own sideways drags (selecting a citation to copy it). */
const KEEPS_ITS_DRAGS = 'input, textarea, select, [contenteditable]';

/** Calls `onstep` with the step of each swipe that starts and ends on the element. */
export function swipe(onstep: (by: -1 | 1) => void): Attachment<HTMLElement> {
  return (element) => {
    let start: { id: number; x: number; y: number } | undefined;
    const down = (event: PointerEvent) => {
      const fromField = event.target instanceof Element && event.target.closest(KEEPS_ITS_DRAGS);
      if (!event.isPrimary || event.pointerType === 'mouse' || fromField) return;
      start = { id: event.pointerId, x: event.clientX, y: event.clientY };
    };
    const up = (event: PointerEvent) => {
      if (!start || event.pointerId !== start.id) return;
      const step = swipeStep(event.clientX - start.x, event.clientY - start.y);
      start = undefined;
      if (step !== 0) onstep(step);
    };
    // the browser took the move for a scroll, or the finger left: no swipe
    const cancel = () => (start = undefined);
    element.addEventListener('pointerdown', down);
    element.addEventListener('pointerup', up);
    element.addEventListener('pointercancel', cancel);
    return () => {
      element.removeEventListener('pointerdown', down);
      element.removeEventListener('pointerup', up);
      element.removeEventListener('pointercancel', cancel);
    };
  };
}
