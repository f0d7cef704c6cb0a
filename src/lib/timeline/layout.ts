/**
 * What one frame of the timeline shows: for each lane, either every visible event in its own row
 * (when they fit) or, where they crowd, clusters per screen column with counts. Only the visible
 * window of each lane is looked at.
 */
import type { ZoomTransform } from 'd3';
import type { ChronologyEvent } from '../chronology/model.ts';
import { binByColumn } from './bins.ts';
import { windowOf, type TimelineIndex } from '../chronology/time-index.ts';
import { glyphFor, type Glyph } from './glyph.ts';
import { placeLabels, type LabelPlacement } from './label-sides.ts';
import { packRows, type LaneGeometry } from './lanes.ts';
import type { TimeScale } from '../timescale/scale.ts';

export interface EventItem {
  kind: 'event';
  event: ChronologyEvent;
  lane: number;
  row: number;
  x0: number;
  x1: number;
  glyph: Glyph;
  /** where its label goes and how much room it has; undefined for no label */
  label?: LabelPlacement;
}

export interface ClusterItem {
  kind: 'cluster';
  lane: number;
  x0: number;
  x1: number;
  /** the instants the cluster covers, [t0, t1) */
  t0: number;
  t1: number;
  count: number;
  /** the first event in it, for a cluster that cannot be zoomed apart */
  first: ChronologyEvent;
}

export type TimelineItem = EventItem | ClusterItem;

/**
 * What an item stands for, the same across frames: every frame lays items out anew, so emphasis
 * (hover) is matched by key, not by object.
 */
export function itemKey(item: TimelineItem): string {
  return item.kind === 'event' ? item.event.id : `cluster:${item.lane}:${item.t0}`;
}

export interface FrameLayout {
  items: TimelineItem[];
}

export interface LayoutOptions {
  /** more visible events than this in one lane are clustered without trying to pack them */
  denseLimit: number;
  columnWidth: number;
  /**
   * The width of an event's full label, asked only for events that have room for one. Without it,
   * labels go to the right of their marks.
   */
  measure?: (event: ChronologyEvent) => number;
}

export const DEFAULT_LAYOUT: LayoutOptions = { denseLimit: 150, columnWidth: 24 };

export function layoutFrame(
  index: TimelineIndex,
  lanes: readonly LaneGeometry[],
  base: TimeScale,
  transform: ZoomTransform,
  width: number,
  options: LayoutOptions = DEFAULT_LAYOUT,
): FrameLayout {
  const scale = transform.rescaleX(base);
  const from = +scale.invert(0);
  const to = +scale.invert(width);
  const items: TimelineItem[] = [];
  for (const [laneNumber, laneIndex] of index.lanes.entries()) {
    const geometry = lanes[laneNumber];
    if (!geometry) continue;
    const [lo, hi] = windowOf(laneIndex, from, to);
    if (hi - lo <= options.denseLimit) {
      const visible: ChronologyEvent[] = [];
      for (let i = lo; i < hi; i++) {
        if (laneIndex.events[i]!.endMs > from) visible.push(laneIndex.events[i]!);
      }
      const packed = packLane(visible, scale, laneNumber, geometry.rows, width, options.measure);
      if (packed) {
        items.push(...packed);
        continue;
      }
    }
    for (const bin of binByColumn(laneIndex.starts, base, transform, width, options.columnWidth)) {
      const first = laneIndex.events[bin.lo]!;
      if (bin.count === 1) {
        items.push(eventItem(first, scale, laneNumber, 0));
      } else {
        items.push({ kind: 'cluster', lane: laneNumber, ...bin, first });
      }
    }
  }
  return { items };
}

function eventItem(event: ChronologyEvent, scale: TimeScale, lane: number, row: number): EventItem {
  const glyph = glyphFor(event, scale);
  return { kind: 'event', event, lane, row, x0: glyph.x0, x1: glyph.x1, glyph };
}

/** Every visible event of a lane in its own row, or undefined when they do not all fit. */
function packLane(
  events: readonly ChronologyEvent[],
  scale: TimeScale,
  lane: number,
  rows: number,
  width: number,
  measure: (event: ChronologyEvent) => number = () => 0,
): EventItem[] | undefined {
  const items = events.map((event) => eventItem(event, scale, lane, 0)).sort((a, b) => a.x0 - b.x0);
  const assigned = packRows(items, rows);
  if (assigned.includes(-1)) return undefined;
  const byRow = Array.from({ length: rows }, () => [] as EventItem[]);
  items.forEach((item, i) => {
    item.row = assigned[i]!;
    byRow[item.row]!.push(item);
  });
  for (const row of byRow) {
    const placements = placeLabels(row, width, (i) => measure(row[i]!.event));
    row.forEach((item, i) => (item.label = placements[i]));
  }
  return items;
}
