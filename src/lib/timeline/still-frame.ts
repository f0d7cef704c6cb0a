/**
 * The timeline as one still picture: a span of time across a width of our choosing. A printed
 * handout draws it at paper width, where a copy of the screen's canvas would be as narrow as the
 * screen it was printed from; and without the lanes the filter left empty, which on screen keep
 * their place so that nothing jumps, but on paper are only blank bands.
 */
import type { Era, Series } from '../chronology/model.ts';
import type { TimelineIndex } from '../chronology/time-index.ts';
import { baseScale, transformShowing } from '../timescale/scale.ts';
import { AXIS_HEIGHT } from './draw.ts';
import type { TimelineFrame } from './frame.ts';
import { laneGeometry, lanesHeight, rowsForLanes } from './lanes.ts';

export interface StillFrameInput {
  /** the events to draw, in their lanes */
  index: TimelineIndex;
  /** every event of the chronology: the lanes take the rows they take on screen */
  fullIndex: TimelineIndex;
  /** the lanes, top to bottom */
  series: readonly Series[];
  eras: readonly Era[];
  /** the instants the timeline can show */
  domain: [number, number];
  /** the span to show across the width, [from, to) */
  span: [number, number];
  /** in CSS pixels */
  width: number;
}

/** The frame to hand to drawFrame, and the height it needs (lanes and axis). */
export function stillFrame(input: StillFrameInput): { frame: TimelineFrame; height: number } {
  const { domain, span, width } = input;
  const rows = rowsForLanes(input.fullIndex.lanes);
  const drawn = input.index.lanes.map((lane) => lane.events.length > 0);
  // an empty filter still gets its lanes, so the picture says where nothing was found
  const kept = drawn.some(Boolean) ? (_: unknown, index: number) => drawn[index]! : () => true;
  const series = input.series
    .map((item, index) => ({ ...item, rows: rows[index] ?? 2 }))
    .filter(kept);
  const lanes = laneGeometry(
    series.map((item) => ({ key: item.key, label: item.label, rows: item.rows })),
  );
  const lanesBottom = lanesHeight(lanes);
  const base = baseScale(domain, width);
  const transform = transformShowing(base, domain, span[0], span[1], 0);
  const frame: TimelineFrame = {
    index: { ...input.index, lanes: input.index.lanes.filter(kept) },
    eras: input.eras,
    lanes,
    base,
    transform,
    scale: transform.rescaleX(base),
    colors: series.map((item) => item.color),
    // on paper nothing is hovered, focused or selected
    emphasis: {},
    lanesBottom,
  };
  return { frame, height: lanesBottom + AXIS_HEIGHT };
}
