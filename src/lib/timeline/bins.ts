/**
 * Binning per pixel column for dense views: how many events start in each screen column, found by
 * binary search over the sorted starts, so the cost follows the number of columns, not of events.
 * Columns are anchored to the zoomed world (not the screen), so they stay put while panning.
 */
import type { ZoomTransform } from 'd3';
import { lowerBound } from '../chronology/time-index.ts';
import type { TimeScale } from '../timescale/scale.ts';

export interface Bin {
  /** screen pixels */
  x0: number;
  x1: number;
  /** the instants the column covers, [t0, t1) */
  t0: number;
  t1: number;
  count: number;
  /** index range [lo, hi) of the events in the lane's sorted list */
  lo: number;
  hi: number;
}

export function binByColumn(
  starts: Float64Array,
  base: TimeScale,
  transform: ZoomTransform,
  width: number,
  columnWidth: number,
): Bin[] {
  const bins: Bin[] = [];
  const first = Math.floor(-transform.x / columnWidth);
  const last = Math.ceil((width - transform.x) / columnWidth);
  // world pixel → instant: invert the base scale at world / k
  const instantAt = (world: number) => +base.invert(world / transform.k);
  let lo = lowerBound(starts, instantAt(first * columnWidth));
  for (let column = first; column < last; column++) {
    const t0 = instantAt(column * columnWidth);
    const t1 = instantAt((column + 1) * columnWidth);
    const hi = lowerBound(starts, t1, lo);
    if (hi > lo) {
      const x0 = column * columnWidth + transform.x;
      bins.push({ x0, x1: x0 + columnWidth, t0, t1, count: hi - lo, lo, hi });
    }
    lo = hi;
  }
  return bins;
}
