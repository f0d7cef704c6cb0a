/**
 * A picture of the timeline drawn on a canvas of its own: the lines above it, the timeline from
 * the same drawing functions the page uses, and the credit, at `ratio` device pixels per CSS
 * pixel. Nothing is copied from the screen, so a 4K picture is as sharp as its size.
 */
import { canvasFont, type Theme } from '../theme.ts';
import { drawFrame } from './frame.ts';
import { pictureLayout, type PictureLine } from './picture-layout.ts';
import { stillFrame, type StillFrameInput } from './still-frame.ts';

export interface PictureScene {
  /** what the timeline shows; its width and lanes come from the layout */
  still: Omit<StillFrameInput, 'width' | 'lanesRoom'>;
  theme: Theme;
  header: readonly PictureLine[];
  credit?: string;
}

export interface PictureSize {
  /** a frame of fixed size, in CSS pixels; without one, as wide as `width` and as tall as needed */
  frame?: { width: number; height: number };
  width: number;
  /** device pixels per CSS pixel */
  ratio: number;
}

/** the width the regular height is measured at: lanes and axis do not depend on it */
const ANY_WIDTH = 1000;

export function drawTimelinePicture(
  scene: PictureScene,
  size: PictureSize,
  canvas: HTMLCanvasElement = document.createElement('canvas'),
): HTMLCanvasElement {
  const ctx = canvas.getContext('2d')!;
  const { theme } = scene;
  const measure = (text: string, px: number, weight: number) => {
    ctx.font = canvasFont(theme, `${px}px`, weight);
    return ctx.measureText(text).width;
  };
  const textSize = Number.parseFloat(theme.canvasTextSize);
  const layout = pictureLayout({
    frame: size.frame,
    width: size.width,
    header: scene.header,
    credit: scene.credit ? { text: scene.credit, size: textSize } : undefined,
    timelineHeight: stillFrame({ ...scene.still, width: ANY_WIDTH }).height,
    measure,
  });
  canvas.width = Math.round(layout.width * size.ratio);
  canvas.height = Math.round(layout.height * size.ratio);
  ctx.setTransform(size.ratio, 0, 0, size.ratio, 0, 0);
  ctx.fillStyle = theme.panel;
  ctx.fillRect(0, 0, layout.width, layout.height);

  const tones = { ink: theme.ink, soft: theme.inkSoft, accent: theme.accent };
  ctx.textBaseline = 'top';
  for (const line of layout.lines) {
    ctx.font = canvasFont(theme, `${line.size}px`, line.weight);
    ctx.fillStyle = tones[line.tone];
    ctx.fillText(line.text, line.x, line.y);
  }

  const { x, y, width, height, zoom, lanesRoom } = layout.timeline;
  const still = stillFrame({ ...scene.still, width: width / zoom, lanesRoom });
  ctx.save();
  // whatever the lanes leave of the room they were given is shared above and below them
  ctx.translate(x, y + Math.max(0, (height - still.height * zoom) / 2));
  ctx.scale(zoom, zoom);
  drawFrame(ctx, theme, still.frame, width / zoom);
  ctx.restore();

  if (layout.credit) {
    ctx.font = canvasFont(theme, `${layout.credit.size}px`);
    ctx.fillStyle = theme.inkSoft;
    ctx.textBaseline = 'middle';
    ctx.fillText(layout.credit.text, layout.credit.x, layout.credit.y);
  }
  return canvas;
}
