/**
 * The timeline as one still picture: a span of time across a width of our choosing, with the lanes
 * the page draws. A printed handout draws it at paper width, where a copy of the screen's canvas
 * would be as narrow as the screen it was printed from.
 */
import type { Era, Series } from '../chronology/model.ts';
import type { TimelineIndex } from '../chronology/time-index.ts';
import { baseScale, transformShowing } from '../timescale/scale.ts';
import { AXIS_HEIGHT } from './draw.ts';
import type { TimelineFrame } from './frame.ts';
import { laneGeometry, lanesHeight, rowsForLanes } from './lanes.ts';
import { seriesColor } from './palette.ts';

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
  const { series, domain, span, width } = input;
  const rows = rowsForLanes(input.fullIndex.lanes);
  const lanes = laneGeometry(
    series.map((item, index) => ({ key: item.key, label: item.label, rows: rows[index] ?? 2 })),
  );
  const lanesBottom = lanesHeight(lanes);
  const base = baseScale(domain, width);
  const transform = transformShowing(base, domain, span[0], span[1], 0);
  const frame: TimelineFrame = {
    index: input.index,
    eras: input.eras,
    lanes,
    base,
    transform,
    scale: transform.rescaleX(base),
    colors: series.map((item, index) => seriesColor(item.key, index)),
    // on paper nothing is hovered, focused or selected
    emphasis: {},
    lanesBottom,
  };
  return { frame, height: lanesBottom + AXIS_HEIGHT };
}
