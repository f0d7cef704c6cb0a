/**
 * Keyboard use of the timeline: which key does what, and which event comes next. Arrow keys walk
 * the events in time order (the order of TimelineIndex.order).
 */

export type TimelineCommand =
  | { type: 'move'; by: number }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'zoom'; factor: number }
  | { type: 'fit' }
  | { type: 'open' };

export const ZOOM_STEP = 2;

export function commandForKey(key: string): TimelineCommand | undefined {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return { type: 'move', by: 1 };
    case 'ArrowLeft':
    case 'ArrowUp':
      return { type: 'move', by: -1 };
    case 'PageDown':
      return { type: 'move', by: 10 };
    case 'PageUp':
      return { type: 'move', by: -10 };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case '+':
    case '=':
      return { type: 'zoom', factor: ZOOM_STEP };
    case '-':
    case '_':
      return { type: 'zoom', factor: 1 / ZOOM_STEP };
    case '0':
      return { type: 'fit' };
    case 'Enter':
    case ' ':
      return { type: 'open' };
    default:
      return undefined;
  }
}

/**
 * The position the cursor moves to in a list of `length` events. With no cursor yet, moving forward
 * starts at the first event in view (`firstInView`), moving back at the one before it.
 */
export function nextPosition(current: number, by: number, length: number, firstInView = 0): number {
  if (length === 0) return -1;
  if (current < 0) return Math.min(length - 1, Math.max(0, by > 0 ? firstInView : firstInView - 1));
  return Math.min(length - 1, Math.max(0, current + by));
}
