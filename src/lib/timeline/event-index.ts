/**
 * Events of one lane sorted once by start, so that the events of any time window are found by
 * binary search instead of a scan: drawing cost follows what is visible, not the dataset size.
 */
import type { ChronologyEvent } from '../dataset/model.ts';

export interface LaneIndex {
  key: string;
  events: ChronologyEvent[];
  starts: Float64Array;
  /** the longest event, so a window search can reach back to events that began earlier */
  maxDuration: number;
}

export interface TimelineIndex {
  lanes: LaneIndex[];
  /** every event, in the order keyboard navigation follows */
  order: ChronologyEvent[];
  count: number;
}

/** First index whose value is ≥ `value` (or the length). */
export function lowerBound(sorted: ArrayLike<number>, value: number, lo = 0, hi = sorted.length) {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const byTime = (a: ChronologyEvent, b: ChronologyEvent) =>
  a.startMs - b.startMs || a.endMs - b.endMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Builds the lanes in the given series order (lanes with no event are kept, so the lanes do not
 * jump when a filter empties one).
 */
export function buildIndex(
  events: readonly ChronologyEvent[],
  laneKeys: readonly string[],
): TimelineIndex {
  const byLane = new Map<string, ChronologyEvent[]>(laneKeys.map((key) => [key, []]));
  for (const event of events) {
    let lane = byLane.get(event.series.key);
    if (!lane) byLane.set(event.series.key, (lane = []));
    lane.push(event);
  }
  const laneOrder = new Map([...byLane.keys()].map((key, index) => [key, index]));
  const keyboardOrder = (a: ChronologyEvent, b: ChronologyEvent) =>
    a.startMs - b.startMs ||
    laneOrder.get(a.series.key)! - laneOrder.get(b.series.key)! ||
    byTime(a, b);
  // An imported chronology arrives in this order already (the worker sorts it): no second sort,
  // and every lane, a part of it, is in order too.
  const inOrder = isSorted(events, keyboardOrder);
  const order = inOrder ? [...events] : [...events].sort(keyboardOrder);
  const lanes = [...byLane].map(([key, list]): LaneIndex => {
    const sorted = inOrder || isSorted(list) ? list : [...list].sort(byTime);
    const starts = new Float64Array(sorted.length);
    let maxDuration = 0;
    sorted.forEach((event, index) => {
      starts[index] = event.startMs;
      maxDuration = Math.max(maxDuration, event.endMs - event.startMs);
    });
    return { key, events: sorted, starts, maxDuration };
  });
  return { lanes, order, count: events.length };
}

function isSorted(
  list: readonly ChronologyEvent[],
  compare: (a: ChronologyEvent, b: ChronologyEvent) => number = byTime,
): boolean {
  for (let i = 1; i < list.length; i++) if (compare(list[i - 1]!, list[i]!) > 0) return false;
  return true;
}

/** Index range [lo, hi) of the lane's events that may overlap [from, to). */
export function windowOf(lane: LaneIndex, from: number, to: number): [number, number] {
  return [lowerBound(lane.starts, from - lane.maxDuration), lowerBound(lane.starts, to)];
}

/** How many events of the whole index overlap [from, to). */
export function countInWindow(index: TimelineIndex, from: number, to: number): number {
  let count = 0;
  for (const lane of index.lanes) {
    const [lo, hi] = windowOf(lane, from, to);
    const startsInside = lowerBound(lane.starts, from, lo, hi);
    count += hi - startsInside;
    // Only the events that began before the window need their end checked.
    for (let i = lo; i < startsInside; i++) if (lane.events[i]!.endMs > from) count++;
  }
  return count;
}
