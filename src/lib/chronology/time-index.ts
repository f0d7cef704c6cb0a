/**
 * Events of one lane sorted once by start, so that the events of any time window are found by
 * binary search instead of a scan: drawing cost follows what is visible, not the dataset size.
 */
import type { ChronologyEvent } from './model.ts';
import { compareEvents, inEventOrder } from './order.ts';

export interface LaneIndex {
  key: string;
  events: ChronologyEvent[];
  starts: Float64Array;
  /** the longest event, so a window search can reach back to events that began earlier */
  maxDuration: number;
  /** when its last event ends (-Infinity for none) */
  latestEnd: number;
}

export interface TimelineIndex {
  lanes: LaneIndex[];
  /** every event, in the one order of order.ts, which the arrow keys follow */
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

/**
 * Builds the lanes in the given series order (lanes with no event are kept, so the lanes do not
 * jump when a filter empties one).
 */
export function buildIndex(
  events: readonly ChronologyEvent[],
  laneKeys: readonly string[],
): TimelineIndex {
  return new IndexBuilder(laneKeys).add(events).finish();
}

/** A lane while its events arrive: what the lane index needs, gathered event by event. */
interface LaneInProgress {
  events: ChronologyEvent[];
  starts: number[];
  maxDuration: number;
  latestEnd: number;
}

/**
 * An index built from events given a batch at a time: an imported chronology arrives in chunks,
 * and filing each chunk as it comes spares the page one long task at the end. Events that arrive
 * in that order (the decoder and the import worker hand them over so) are never sorted again.
 */
export class IndexBuilder {
  readonly #lanes: Map<string, LaneInProgress>;
  readonly #order: ChronologyEvent[] = [];
  #inOrder = true;

  constructor(laneKeys: readonly string[]) {
    this.#lanes = new Map(laneKeys.map((key) => [key, emptyLane()]));
  }

  add(events: readonly ChronologyEvent[]): this {
    const order = this.#order;
    for (const event of events) {
      const key = event.series.key;
      let lane = this.#lanes.get(key);
      if (!lane) this.#lanes.set(key, (lane = emptyLane()));
      lane.events.push(event);
      lane.starts.push(event.startMs);
      lane.maxDuration = Math.max(lane.maxDuration, event.endMs - event.startMs);
      lane.latestEnd = Math.max(lane.latestEnd, event.endMs);
      if (this.#inOrder && order.length > 0 && compareEvents(order.at(-1)!, event) > 0) {
        this.#inOrder = false;
      }
      order.push(event);
    }
    return this;
  }

  /** The index; the builder is done with then, and must not be given more events. */
  finish(): TimelineIndex {
    const order = this.#inOrder ? this.#order : [...this.#order].sort(compareEvents);
    const lanes = [...this.#lanes].map(([key, lane]): LaneIndex => {
      const { maxDuration, latestEnd } = lane;
      // every lane is a part of the keyboard order, so in order when that is
      if (this.#inOrder || inEventOrder(lane.events)) {
        return {
          key,
          events: lane.events,
          starts: new Float64Array(lane.starts),
          maxDuration,
          latestEnd,
        };
      }
      const events = [...lane.events].sort(compareEvents);
      const starts = Float64Array.from(events, (event) => event.startMs);
      return { key, events, starts, maxDuration, latestEnd };
    });
    return { lanes, order, count: order.length };
  }
}

function emptyLane(): LaneInProgress {
  return { events: [], starts: [], maxDuration: 0, latestEnd: -Infinity };
}

/** The instants from the first event's start to the last one's end; undefined for no events. */
export function extentOfIndex(index: TimelineIndex): [number, number] | undefined {
  let from = Infinity;
  let to = -Infinity;
  for (const lane of index.lanes) {
    if (lane.starts.length === 0) continue;
    from = Math.min(from, lane.starts[0]!);
    to = Math.max(to, lane.latestEnd);
  }
  return from <= to ? [from, to] : undefined;
}

/** Index range [lo, hi) of the lane's events that may overlap [from, to). */
export function windowOf(lane: LaneIndex, from: number, to: number): [number, number] {
  return [lowerBound(lane.starts, from - lane.maxDuration), lowerBound(lane.starts, to)];
}

/** Calls `visit` with each event of the index that overlaps [from, to), lane by lane. */
export function forEachInWindow(
  index: TimelineIndex,
  from: number,
  to: number,
  visit: (event: ChronologyEvent) => void,
) {
  for (const lane of index.lanes) {
    const [lo, hi] = windowOf(lane, from, to);
    for (let i = lo; i < hi; i++) {
      const event = lane.events[i]!;
      if (event.endMs > from) visit(event);
    }
  }
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
