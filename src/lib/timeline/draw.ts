/**
 * Drawing the timeline on a 2D context. Plain functions of (context, what to draw, geometry): no
 * state, no DOM, so they can be tested with a recording context.
 */
import type { Era } from '../chronology/model.ts';
import type { TimeScale } from '../timescale/scale.ts';
import type { Axis } from './ticks.ts';
import { LABEL_PAD } from './label-sides.ts';
import { rowTop, type LaneGeometry } from './lanes.ts';
import { itemKey, type ClusterItem, type EventItem, type TimelineItem } from './layout.ts';
import { canvasFont, textOn, withAlpha, type Theme } from '../theme.ts';

export const AXIS_HEIGHT = 34;

export interface Emphasis {
  /** the selected event: its title is shown in full over the canvas, so the canvas draws none */
  selectedId?: string;
  /** the keyboard cursor; its title is shown over the canvas too */
  activeId?: string;
  /** itemKey of the item under the pointer */
  hoveredKey?: string;
  /** the event whose full title is shown over the canvas, so the canvas draws no label for it */
  calloutId?: string;
}

/**
 * An imported chronology's eras: alternately tinted spans behind the lanes, each named at its
 * visible start, so the reader sees which period the events fall in.
 */
export function drawEras(
  ctx: CanvasRenderingContext2D,
  theme: Theme,
  eras: readonly Era[],
  scale: TimeScale,
  width: number,
  height: number,
): void {
  const tints = [withAlpha(theme.accent, 0.07), withAlpha(theme.warn, 0.07)];
  ctx.font = canvasFont(theme);
  ctx.textBaseline = 'bottom';
  eras.forEach((era, index) => {
    const x0 = Math.max(0, scale(era.startMs));
    const x1 = Math.min(width, scale(era.endMs));
    if (x1 <= x0) return;
    ctx.fillStyle = tints[index % tints.length]!;
    ctx.fillRect(x0, 0, x1 - x0, height);
    const label = fitText(ctx, era.label, x1 - x0 - 8);
    if (!label) return;
    ctx.fillStyle = theme.inkSoft;
    ctx.fillText(label, x0 + 4, height - 2);
  });
}

/** The size of event labels: the theme's, or smaller where rows are too close for it. */
export function eventLabelSize(theme: Theme, lane: LaneGeometry | undefined): string {
  const pitch = lane ? lane.rowHeight + lane.rowGap : Infinity;
  const themeSize = parseFloat(theme.canvasTextSize) || 11;
  return pitch >= themeSize ? theme.canvasTextSize : `${Math.max(8, pitch)}px`;
}

export function drawAxis(
  ctx: CanvasRenderingContext2D,
  theme: Theme,
  axis: Axis,
  width: number,
  top: number,
) {
  ctx.fillStyle = theme.paper;
  ctx.fillRect(0, top, width, AXIS_HEIGHT);
  ctx.strokeStyle = theme.ink;
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(0, top + 0.5);
  ctx.lineTo(width, top + 0.5);
  ctx.stroke();
  ctx.font = canvasFont(theme);
  ctx.textBaseline = 'top';
  ctx.fillStyle = theme.inkSoft;
  ctx.strokeStyle = theme.rule;
  for (const tick of axis.minor) {
    const x = Math.round(tick.x) + 0.5;
    ctx.beginPath();
    ctx.moveTo(x, top);
    ctx.lineTo(x, top + 5);
    ctx.stroke();
    ctx.fillText(tick.label, x + 3, top + 4);
  }
  ctx.font = canvasFont(theme, theme.canvasTextSize, 600);
  ctx.fillStyle = theme.ink;
  for (const tick of axis.major) ctx.fillText(tick.label, tick.x + 3, top + 18);
}

/** Vertical grid lines at the axis ticks, behind the marks. */
export function drawGrid(
  ctx: CanvasRenderingContext2D,
  theme: Theme,
  axis: Axis,
  height: number,
): void {
  ctx.strokeStyle = theme.rule;
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (const tick of axis.minor) {
    const x = Math.round(tick.x) + 0.5;
    ctx.moveTo(x, 0);
    ctx.lineTo(x, height);
  }
  ctx.stroke();
}

function drawEvent(
  ctx: CanvasRenderingContext2D,
  theme: Theme,
  item: EventItem,
  lane: LaneGeometry,
  color: string,
  emphasis: Emphasis,
): void {
  const { glyph, event } = item;
  const y = rowTop(lane, item.row);
  const rowHeight = lane.rowHeight;
  const x = glyph.x0;
  const w = glyph.x1 - glyph.x0;
  ctx.setLineDash(glyph.uncertain ? [3, 2] : []);
  if (glyph.style === 'span') {
    // month or year precision: the whole period, faintly
    ctx.globalAlpha = 0.22;
    ctx.fillStyle = color;
    ctx.fillRect(x, y, w, rowHeight);
    ctx.globalAlpha = 1;
    ctx.strokeStyle = color;
    ctx.lineWidth = 1;
    ctx.strokeRect(x + 0.5, y + 0.5, Math.max(1, w - 1), rowHeight - 1);
  } else if (glyph.online) {
    ctx.fillStyle = theme.panel;
    ctx.fillRect(x, y, w, rowHeight);
    ctx.strokeStyle = color;
    ctx.lineWidth = 1.5;
    ctx.strokeRect(x + 0.75, y + 0.75, Math.max(1, w - 1.5), rowHeight - 1.5);
  } else {
    ctx.fillStyle = color;
    ctx.fillRect(x, y, w, rowHeight);
    if (glyph.uncertain) {
      ctx.fillStyle = theme.panel;
      for (let stripe = x + 1; stripe < x + w; stripe += 4) ctx.fillRect(stripe, y, 1, rowHeight);
    }
  }
  if (glyph.online && glyph.style === 'span') {
    ctx.fillStyle = theme.panel;
    ctx.fillRect(x + 1, y + rowHeight / 3, Math.max(1, w - 2), rowHeight / 3);
  }
  ctx.setLineDash([]);

  const selected = emphasis.selectedId === event.id;
  const hovered = emphasis.hoveredKey === itemKey(item);
  if (selected || hovered) {
    ctx.strokeStyle = theme.ink;
    ctx.lineWidth = selected ? 2.5 : 1.5;
    ctx.strokeRect(x - 2, y - 2, w + 4, rowHeight + 4);
  }
  if (emphasis.activeId === event.id) {
    ctx.strokeStyle = theme.focus;
    ctx.lineWidth = 2;
    ctx.setLineDash([4, 2]);
    ctx.strokeRect(x - 4, y - 4, w + 8, rowHeight + 8);
    ctx.setLineDash([]);
  }
  const label = item.label;
  if (label && emphasis.calloutId !== event.id) {
    ctx.font = canvasFont(theme, eventLabelSize(theme, lane));
    const text = fitText(ctx, event.title, label.room);
    if (!text) return;
    ctx.fillStyle = theme.ink;
    ctx.textBaseline = 'middle';
    const textY = y + rowHeight / 2 + 0.5;
    if (label.side === 'right') ctx.fillText(text, glyph.x1 + LABEL_PAD, textY);
    else {
      ctx.textAlign = 'right';
      ctx.fillText(text, glyph.x0 - LABEL_PAD, textY);
      ctx.textAlign = 'left';
    }
  }
}

/** A cluster's count as its language writes numbers ("12", "၁၂"), thousands shortened: "3.4k". */
export function clusterLabel(
  count: number,
  writeCount: (value: number) => string = String,
): string {
  return count > 999 ? `${writeCount(Math.round(count / 100) / 10)}k` : writeCount(count);
}

function drawCluster(
  ctx: CanvasRenderingContext2D,
  theme: Theme,
  item: ClusterItem,
  lane: LaneGeometry,
  color: string,
  strongest: number,
  hovered: boolean,
  writeCount: (value: number) => string,
): void {
  const inset = 1;
  const x = item.x0 + inset;
  const w = item.x1 - item.x0 - inset * 2;
  const y = lane.y + lane.labelHeight + 1;
  const h = lane.height - lane.labelHeight - 2;
  // density: the more events, the darker, on a log scale so small counts still show
  ctx.globalAlpha = 0.25 + 0.75 * (Math.log1p(item.count) / Math.log1p(Math.max(2, strongest)));
  ctx.fillStyle = color;
  ctx.fillRect(x, y, w, h);
  ctx.globalAlpha = 1;
  if (hovered) {
    ctx.strokeStyle = theme.ink;
    ctx.lineWidth = 1.5;
    ctx.strokeRect(x - 1, y - 1, w + 2, h + 2);
  }
  const label = clusterLabel(item.count, writeCount);
  ctx.font = canvasFont(theme);
  if (ctx.measureText(label).width <= w - 2) {
    ctx.fillStyle = textOn(color, theme);
    ctx.textBaseline = 'middle';
    ctx.textAlign = 'center';
    ctx.fillText(label, x + w / 2, y + h / 2 + 0.5);
    ctx.textAlign = 'left';
  }
}

export function drawItems(
  ctx: CanvasRenderingContext2D,
  theme: Theme,
  items: readonly TimelineItem[],
  lanes: readonly LaneGeometry[],
  colors: readonly string[],
  emphasis: Emphasis = {},
  /** how the interface's language writes a count */
  writeCount: (value: number) => string = String,
): void {
  const strongest = items.reduce(
    (most, item) => (item.kind === 'cluster' ? Math.max(most, item.count) : most),
    1,
  );
  for (const item of items) {
    const lane = lanes[item.lane];
    if (!lane) continue;
    const color = colors[item.lane] ?? theme.inkSoft;
    if (item.kind === 'cluster') {
      const hovered = emphasis.hoveredKey === itemKey(item);
      drawCluster(ctx, theme, item, lane, color, strongest, hovered, writeCount);
    } else drawEvent(ctx, theme, item, lane, color, emphasis);
  }
}

/** The text, shortened with an ellipsis to fit `room` pixels. */
export function fitText(ctx: CanvasRenderingContext2D, text: string, room: number): string {
  if (ctx.measureText(text).width <= room) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (ctx.measureText(text.slice(0, mid) + '…').width <= room) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? '' : text.slice(0, lo).trimEnd() + '…';
}
