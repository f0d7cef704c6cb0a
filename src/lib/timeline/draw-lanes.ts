/**
 * The lanes on the canvas: alternate bands behind the marks, and each lane's name on its strip or,
 * when there is none, inside its band.
 */
import type { LaneGeometry } from './lanes.ts';
import { canvasFont, type Theme } from '../theme.ts';

export function drawLaneBands(
  ctx: CanvasRenderingContext2D,
  theme: Theme,
  lanes: readonly LaneGeometry[],
  width: number,
): void {
  lanes.forEach((lane, index) => {
    if (index % 2 === 1) {
      ctx.fillStyle = theme.band;
      ctx.fillRect(0, lane.y, width, lane.height);
    }
  });
}

/** Lane names are never drawn smaller than this, so they never spill into the next lane. */
const MIN_LANE_NAME_SIZE = 8;

export function drawLaneLabels(
  ctx: CanvasRenderingContext2D,
  theme: Theme,
  lanes: readonly LaneGeometry[],
  colors: readonly string[],
): void {
  lanes.forEach((lane, index) => {
    const color = colors[index] ?? theme.inkSoft;
    if (lane.labelHeight > 0) {
      ctx.font = canvasFont(theme);
      ctx.textBaseline = 'top';
      ctx.fillStyle = color;
      ctx.fillText(lane.label, 4, lane.y + 2);
      return;
    }
    // no strip of its own: the name sits inside the band, on a veil so marks do not garble it;
    // a band thinner than the smallest legible name gets none (the card and tooltip name it)
    if (lane.height < MIN_LANE_NAME_SIZE + 1) return;
    const size = Math.min(11, lane.height - 1);
    ctx.font = canvasFont(theme, `${size}px`, 600);
    ctx.textBaseline = 'middle';
    const textWidth = ctx.measureText(lane.label).width;
    ctx.globalAlpha = 0.8;
    ctx.fillStyle = theme.paper;
    ctx.fillRect(2, lane.y + (lane.height - size) / 2 - 1, textWidth + 4, size + 2);
    ctx.globalAlpha = 1;
    ctx.fillStyle = color;
    ctx.fillText(lane.label, 4, lane.y + lane.height / 2 + 0.5);
  });
}
