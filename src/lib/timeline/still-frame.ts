/**
 * The timeline as one still picture: a span of time across a width of our choosing. A printed
 * handout draws it at paper width, where a copy of the screen's canvas would be as narrow as the
 * screen it was printed from; and without the lanes the filter left empty, which on screen keep
 * their place so that nothing jumps, but on paper are only blank bands. A picture for slides draws
 * it too, with its lanes fitted to the frame.
 */
import type { Era, Series } from '../chronology/model.ts';
import type { TimelineIndex } from '../chronology/time-index.ts';
import { baseScale, transformShowing } from '../timescale/scale.ts';
import { AXIS_HEIGHT } from './draw.ts';
import type { Emphasis } from './draw.ts';
import type { TimelineFrame } from './frame.ts';
import { fitLanes, laneGeometry, lanesHeight, rowsForLanes } from './lanes.ts';
import type { AxisFormat } from './ticks.ts';

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
  /** the pixels the lanes may take, when they must fit a frame (a slide); else as tall as they need */
  lanesRoom?: number;
  /** a series' colour as drawn (a dark theme lifts it); as it is, when not given */
  colorFor?: (color: string) => string;
  /** what stands out: on paper nothing, in a picture of the view its selected event */
  emphasis?: Emphasis;
  /** the language the axis is labelled in, as on screen */
  format: AxisFormat;
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
  const specs = series.map((item) => ({ key: item.key, label: item.label, rows: item.rows }));
  // a frame too short for the lanes makes their rows thinner, keeping the lanes' names on strips
  // as long as it can (no switch to a phone's compact sizes, which would leave the frame half empty)
  const lanes =
    input.lanesRoom === undefined ? laneGeometry(specs) : fitLanes(specs, input.lanesRoom);
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
    colors: series.map((item) => input.colorFor?.(item.color) ?? item.color),
    // on paper nothing is hovered, focused or selected
    emphasis: input.emphasis ?? {},
    lanesBottom,
    format: input.format,
  };
  return { frame, height: lanesBottom + AXIS_HEIGHT };
}
