/**
 * How an event's mark encodes what is known about it: a day-precise event is a sharp, solid mark;
 * a month- or year-precise one spans its whole month or year faintly; an uncertain one is hatched;
 * an online one is drawn hollow.
 */
import type { ChronologyEvent } from '../chronology/model.ts';
import { markStyle, type MarkStyle } from '../chronology/mark-kinds.ts';
import type { TimeScale } from '../timescale/scale.ts';

export const MIN_MARK_WIDTH = 4;
/** Pixels trimmed from each end of a wide mark; with MARK_GAP this lets neighbours share a row. */
export const EDGE_INSET = 1;

export interface Glyph {
  x0: number;
  x1: number;
  style: MarkStyle;
  uncertain: boolean;
  online: boolean;
}

export function glyphFor(event: ChronologyEvent, scale: TimeScale): Glyph {
  const start = scale(event.startMs);
  const end = scale(event.endMs);
  const style = markStyle(event);
  let x0 = start;
  let x1 = end;
  if (x1 - x0 >= MIN_MARK_WIDTH + 2 * EDGE_INSET) {
    // wide enough to show its own edges: back-to-back events (one day, then the next) stay apart
    x0 += EDGE_INSET;
    x1 -= EDGE_INSET;
  } else if (x1 - x0 < MIN_MARK_WIDTH) {
    // Too short to see: a mark of the minimum width, centred on what it stands for.
    const centre = (start + end) / 2;
    x0 = centre - MIN_MARK_WIDTH / 2;
    x1 = centre + MIN_MARK_WIDTH / 2;
  }
  return {
    x0,
    x1,
    style,
    uncertain: event.confidence === 'uncertain',
    online: event.online,
  };
}
