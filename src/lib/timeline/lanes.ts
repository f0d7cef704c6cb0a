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
  /** height of one row of marks */
  rowHeight: number;
  rowGap: number;
  padding: number;
  /** the strip above the rows that holds the lane's name; 0 when the name sits inside the band */
  labelHeight: number;
}

/** The sizes a lane is built from. */
export interface LaneMetrics {
  rowHeight: number;
  rowGap: number;
  padding: number;
  labelHeight: number;
}

/** The lane's name sits on a strip of its own above its rows, so it never covers a mark. */
export const REGULAR_LANES: LaneMetrics = { rowHeight: 12, rowGap: 3, padding: 3, labelHeight: 14 };
/** For phones: thinner rows and strips, so ten one-row lanes and the axis take about 250 px. */
export const COMPACT_LANES: LaneMetrics = { rowHeight: 8, rowGap: 2, padding: 2, labelHeight: 11 };
/** Rows are never drawn thinner than this while they keep their own rows. */
export const MIN_ROW_HEIGHT = 6;

export const ROW_HEIGHT = REGULAR_LANES.rowHeight;
export const LABEL_HEIGHT = REGULAR_LANES.labelHeight;
/** Horizontal room kept free between two marks in one row. */
export const MARK_GAP = 2;

export interface LaneSpec {
  key: string;
  label: string;
  rows: number;
}

export function laneGeometry(
  lanes: readonly LaneSpec[],
  top = 0,
  metrics: LaneMetrics = REGULAR_LANES,
): LaneGeometry[] {
  let y = top;
  return lanes.map(({ key, label, rows }) => {
    const height = laneHeight(rows, metrics);
    const lane = { key, label, y, rows, height, ...metrics };
    y += height;
    return lane;
  });
}

function laneHeight(rows: number, m: LaneMetrics): number {
  return m.labelHeight + m.padding * 2 + rows * m.rowHeight + (rows - 1) * m.rowGap;
}

function totalHeight(lanes: readonly LaneSpec[], m: LaneMetrics): number {
  return lanes.reduce((sum, lane) => sum + laneHeight(lane.rows, m), 0);
}

/** The tallest row height (whole pixels, at most `m.rowHeight`) that fits the lanes in `room`. */
function rowHeightFitting(lanes: readonly LaneSpec[], room: number, m: LaneMetrics): number {
  const fixed = totalHeight(lanes, { ...m, rowHeight: 0 });
  const rows = lanes.reduce((sum, lane) => sum + lane.rows, 0);
  return Math.min(m.rowHeight, Math.floor((room - fixed) / Math.max(1, rows)));
}

/**
 * Lanes laid out to fit `available` pixels, giving up as little as it must, in this order: keep
 * everything; thinner rows (down to MIN_ROW_HEIGHT); the lane names inside the bands instead of on
 * strips of their own; one row per lane (the layout then clusters what crowds). Never taller than
 * `available` unless there is not a pixel per lane.
 */
export function fitLanes(
  lanes: readonly LaneSpec[],
  available: number,
  metrics: LaneMetrics = REGULAR_LANES,
): LaneGeometry[] {
  if (totalHeight(lanes, metrics) <= available) return laneGeometry(lanes, 0, metrics);
  const thinner = rowHeightFitting(lanes, available, metrics);
  if (thinner >= MIN_ROW_HEIGHT) return laneGeometry(lanes, 0, { ...metrics, rowHeight: thinner });
  const unlabelled = { ...metrics, labelHeight: 0 };
  const withoutStrips = rowHeightFitting(lanes, available, unlabelled);
  if (withoutStrips >= MIN_ROW_HEIGHT) {
    return laneGeometry(lanes, 0, { ...unlabelled, rowHeight: withoutStrips });
  }
  const single = lanes.map((lane) => ({ ...lane, rows: 1 }));
  const perLane = Math.floor(available / Math.max(1, lanes.length));
  const padding = Math.min(metrics.padding, Math.max(0, Math.floor((perLane - 1) / 4)));
  const rowHeight = Math.max(1, Math.min(metrics.rowHeight, perLane - padding * 2));
  return laneGeometry(single, 0, { ...unlabelled, padding, rowHeight });
}

/** Pixels for the lanes of a compact timeline: with the 34 px axis, 250 in all. */
export const COMPACT_LANES_HEIGHT = 216;

/** How tall the timeline is: as its lanes need, or as its container is. */
export interface HeightMode {
  /** fill `available` pixels (the lanes' share of the container), shrinking the lanes to fit */
  fit?: boolean;
  /** thinner rows and strips, for phones */
  compact?: boolean;
  /** the lanes' share of the container's height; 0 until it is measured */
  available?: number;
}

/** The lanes for a height mode; fit uses the compact sizes only when the regular ones do not fit. */
export function lanesFor(lanes: readonly LaneSpec[], mode: HeightMode = {}): LaneGeometry[] {
  const available = mode.available ?? 0;
  if (mode.fit && available > 0) {
    const metrics =
      mode.compact || totalHeight(lanes, REGULAR_LANES) > available ? COMPACT_LANES : REGULAR_LANES;
    return fitLanes(lanes, available, metrics);
  }
  if (mode.compact) return fitLanes(lanes, COMPACT_LANES_HEIGHT, COMPACT_LANES);
  return laneGeometry(lanes);
}

export function rowTop(lane: LaneGeometry, row: number): number {
  return lane.y + lane.labelHeight + lane.padding + row * (lane.rowHeight + lane.rowGap);
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
