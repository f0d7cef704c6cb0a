/**
 * Finds what is under the pointer: items are kept per lane row sorted by x and searched by
 * bisection, never by scanning every item on each pointer move.
 */
import { rowTop, type LaneGeometry } from './lanes.ts';
import type { TimelineItem } from './layout.ts';

/** Pixels of slack around a mark, so thin marks are easy to hit. */
export const HIT_SLOP = 3;

export interface HitIndex {
  find(x: number, y: number): TimelineItem | undefined;
}

export function buildHitIndex(
  items: readonly TimelineItem[],
  lanes: readonly LaneGeometry[],
): HitIndex {
  // key: lane * 16 + row, with row 15 for clusters that fill the lane
  const rows = new Map<number, TimelineItem[]>();
  const keyOf = (item: TimelineItem) => item.lane * 16 + (item.kind === 'cluster' ? 15 : item.row);
  for (const item of items) {
    const key = keyOf(item);
    const list = rows.get(key);
    if (list) list.push(item);
    else rows.set(key, [item]);
  }
  for (const list of rows.values()) list.sort((a, b) => a.x0 - b.x0);

  function nearestIn(list: readonly TimelineItem[] | undefined, x: number) {
    if (!list) return undefined;
    // last item whose x0 is left of the pointer (with slop)
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list[mid]!.x0 - HIT_SLOP <= x) lo = mid + 1;
      else hi = mid;
    }
    let best: TimelineItem | undefined;
    let bestDistance = Infinity;
    // a wide earlier mark can still cover x: look back a few items
    for (let i = lo - 1; i >= Math.max(0, lo - 8); i--) {
      const item = list[i]!;
      if (x <= item.x1 + HIT_SLOP) {
        const distance = Math.abs(x - (item.x0 + item.x1) / 2);
        if (distance < bestDistance) {
          best = item;
          bestDistance = distance;
        }
      }
    }
    return best;
  }

  return {
    find(x, y) {
      const laneNumber = lanes.findIndex((lane) => y >= lane.y && y < lane.y + lane.height);
      if (laneNumber < 0) return undefined;
      const lane = lanes[laneNumber]!;
      const cluster =
        y >= lane.y + lane.labelHeight ? nearestIn(rows.get(laneNumber * 16 + 15), x) : undefined;
      if (cluster) return cluster;
      for (let row = 0; row < lane.rows; row++) {
        const top = rowTop(lane, row);
        if (y >= top - HIT_SLOP && y < top + lane.rowHeight + HIT_SLOP) {
          const hit = nearestIn(rows.get(laneNumber * 16 + row), x);
          if (hit) return hit;
        }
      }
      return undefined;
    },
  };
}
