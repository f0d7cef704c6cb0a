/**
 * One whole frame of the timeline, from back to front: lane bands, eras, grid, marks, lane labels,
 * axis. The page and the PNG export draw the same frame through it.
 */
import type { ZoomTransform } from 'd3';
import type { ChronologyEvent, Era } from '../chronology/model.ts';
import type { TimelineIndex } from '../chronology/time-index.ts';
import { drawLaneBands, drawLaneLabels } from './draw-lanes.ts';
import { canvasFont, type Theme } from '../theme.ts';
import type { TimeScale } from '../timescale/scale.ts';
import { drawAxis, drawEras, drawGrid, drawItems, eventLabelSize, type Emphasis } from './draw.ts';
import type { LaneGeometry } from './lanes.ts';
import { DEFAULT_LAYOUT, layoutFrame, type TimelineItem } from './layout.ts';
import { axisTicks, type AxisFormat } from './ticks.ts';

/** Everything one frame shows; a new value is a new frame. */
export interface TimelineFrame {
  index: TimelineIndex;
  eras: readonly Era[];
  lanes: readonly LaneGeometry[];
  /** the whole domain across the width, and the zoom: the visible scale is rescaleX of the two */
  base: TimeScale;
  transform: ZoomTransform;
  scale: TimeScale;
  /** one colour per lane */
  colors: readonly string[];
  emphasis: Emphasis;
  /** where the lanes end and the axis begins */
  lanesBottom: number;
  /** the language the axis is labelled in */
  format: AxisFormat;
}

/** Draws the frame `width` CSS pixels wide and returns the items laid out (for hit-testing). */
export function drawFrame(
  ctx: CanvasRenderingContext2D,
  theme: Theme,
  frame: TimelineFrame,
  width: number,
): TimelineItem[] {
  ctx.font = canvasFont(theme);
  const axis = axisTicks(frame.scale, (text) => ctx.measureText(text).width, frame.format);
  drawLaneBands(ctx, theme, frame.lanes, width);
  drawEras(ctx, theme, frame.eras, frame.scale, width, frame.lanesBottom);
  drawGrid(ctx, theme, axis, frame.lanesBottom);
  const labelFont = canvasFont(theme, eventLabelSize(theme, frame.lanes[0]));
  const measure = (event: ChronologyEvent) => labelWidth(ctx, labelFont, event);
  const { items } = layoutFrame(frame.index, frame.lanes, frame.base, frame.transform, width, {
    ...DEFAULT_LAYOUT,
    measure,
  });
  ctx.font = canvasFont(theme);
  drawItems(ctx, theme, items, frame.lanes, frame.colors, frame.emphasis, frame.format.count);
  drawLaneLabels(ctx, theme, frame.lanes, frame.colors);
  drawAxis(ctx, theme, axis, width, frame.lanesBottom);
  return items;
}

/**
 * Label widths by title (the same id may name another title in an imported chronology), for one
 * font at a time: a frame measures only the events it labels, each once.
 */
const widths = new Map<string, number>();
let widthsFont = '';

function labelWidth(ctx: CanvasRenderingContext2D, font: string, event: ChronologyEvent): number {
  if (font !== widthsFont) {
    widths.clear();
    widthsFont = font;
  }
  let width = widths.get(event.title);
  if (width === undefined) {
    const previous = ctx.font;
    ctx.font = font;
    width = ctx.measureText(event.title).width;
    ctx.font = previous;
    widths.set(event.title, width);
  }
  return width;
}
