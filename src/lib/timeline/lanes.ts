/**
 * Lanes (one per series of meetings) and the rows inside a lane, so that events that overlap on
 * screen never hide each other.
 */

export interface LaneGeometry {
  key: string;
  label: string;
  /** top of the lane, pixels from the top of the lanes area */
  y: number;
  rows: number;
  height: number;
}

export const ROW_HEIGHT = 12;
export const ROW_GAP = 3;
export const LANE_PADDING = 3;
/** The lane's name sits on a strip of its own above its rows, so it never covers a mark. */
export const LABEL_HEIGHT = 14;
/** Horizontal room kept free between two marks in one row. */
export const MARK_GAP = 2;

export function laneGeometry(
  lanes: readonly { key: string; label: string; rows: number }[],
  top = 0,
): LaneGeometry[] {
  let y = top;
  return lanes.map(({ key, label, rows }) => {
    const height = LABEL_HEIGHT + LANE_PADDING * 2 + rows * ROW_HEIGHT + (rows - 1) * ROW_GAP;
    const lane = { key, label, y, rows, height };
    y += height;
    return lane;
  });
}

export function rowTop(lane: LaneGeometry, row: number): number {
  return lane.y + LABEL_HEIGHT + LANE_PADDING + row * (ROW_HEIGHT + ROW_GAP);
}

export function lanesHeight(lanes: readonly LaneGeometry[]): number {
  const last = lanes.at(-1);
  return last ? last.y + last.height - lanes[0]!.y : 0;
}

/**
 * Greedy interval packing: each span (sorted by x0) goes into the first row whose last span ends
 * before it starts. Returns the row of each span, or -1 where all `maxRows` rows are taken there.
 */
export function packRows(
  spans: readonly { x0: number; x1: number }[],
  maxRows: number,
  gap = MARK_GAP,
): number[] {
  const rowEnds: number[] = [];
  return spans.map(({ x0, x1 }) => {
    for (let row = 0; row < rowEnds.length; row++) {
      if (rowEnds[row]! + gap <= x0) {
        rowEnds[row] = x1;
        return row;
      }
    }
    if (rowEnds.length < maxRows) {
      rowEnds.push(x1);
      return rowEnds.length - 1;
    }
    return -1;
  });
}

/**
 * The most events of a sorted list that are under way at one instant: how many rows a lane needs
 * at the deepest zoom for none of them to hide another.
 */
export function maxConcurrent(
  intervals: readonly { startMs: number; endMs: number }[],
  cap = Infinity,
): number {
  const ends: number[] = [];
  let most = 0;
  for (const { startMs, endMs } of intervals) {
    // drop the ones that ended; `ends` stays small because it holds only events under way
    for (let i = ends.length - 1; i >= 0; i--) if (ends[i]! <= startMs) ends.splice(i, 1);
    ends.push(endMs);
    most = Math.max(most, ends.length);
    if (most >= cap) return cap;
  }
  return most;
}

export const MIN_ROWS = 1;
export const MAX_ROWS = 4;

/** Rows each lane needs so that events under way at the same time sit side by side. */
export function rowsForLanes(
  lanes: readonly { events: readonly { startMs: number; endMs: number }[] }[],
): number[] {
  return lanes.map((lane) =>
    Math.min(MAX_ROWS, Math.max(MIN_ROWS, maxConcurrent(lane.events, MAX_ROWS))),
  );
}
