/**
 * Where the callout with an event's full title goes: near its mark, above its row when there is
 * room there, else below, and always inside the timeline, so a mark at either end of the domain
 * has its title toward the inside.
 */

import type { ChronologyEvent } from '../chronology/model.ts';
import { rowTop, type LaneGeometry } from './lanes.ts';
import type { TimelineItem } from './layout.ts';

/** A mark's box on the canvas, in CSS pixels. */
export interface Anchor {
  x0: number;
  x1: number;
  top: number;
  bottom: number;
}

/** Pixels between the mark and the callout. */
export const CALLOUT_GAP = 4;
/** The callout is at most the timeline's width less this. */
export const CALLOUT_INSET = 16;

export function calloutPosition(
  anchor: Anchor,
  size: { width: number; height: number },
  area: { width: number; height: number },
): { left: number; top: number } {
  // from the mark's start rightwards; one that would run out on the right ends at the mark's end
  let left = anchor.x0;
  if (left + size.width > area.width) left = anchor.x1 - size.width;
  left = clamp(left, 0, area.width - size.width);
  const above = anchor.top - CALLOUT_GAP - size.height;
  const below = anchor.bottom + CALLOUT_GAP;
  let top: number;
  if (above >= 0) top = above;
  else if (below + size.height <= area.height) top = below;
  else top = anchor.top >= area.height - anchor.bottom ? above : below;
  return { left, top: clamp(top, 0, area.height - size.height) };
}

function clamp(value: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(Math.max(lo, hi), value));
}

/**
 * The box of the event's mark in a laid-out frame: its own mark, or the cluster it is counted in;
 * undefined when it is out of view.
 */
export function markAnchor(
  items: readonly TimelineItem[],
  lanes: readonly LaneGeometry[],
  event: ChronologyEvent,
): Anchor | undefined {
  const laneNumber = lanes.findIndex((lane) => lane.key === event.series.key);
  const lane = lanes[laneNumber];
  if (!lane) return undefined;
  for (const item of items) {
    if (item.kind === 'event' && item.event.id === event.id) {
      const top = rowTop(lane, item.row);
      return { x0: item.x0, x1: item.x1, top, bottom: top + lane.rowHeight };
    }
  }
  const cluster = items.find(
    (item) =>
      item.kind === 'cluster' &&
      item.lane === laneNumber &&
      item.t0 <= event.startMs &&
      event.startMs < item.t1,
  );
  if (!cluster) return undefined;
  return {
    x0: cluster.x0,
    x1: cluster.x1,
    top: lane.y + lane.labelHeight,
    bottom: lane.y + lane.height,
  };
}

export function sameAnchor(a: Anchor | undefined, b: Anchor | undefined): boolean {
  return (
    a === b ||
    (!!a && !!b && a.x0 === b.x0 && a.x1 === b.x1 && a.top === b.top && a.bottom === b.bottom)
  );
}
