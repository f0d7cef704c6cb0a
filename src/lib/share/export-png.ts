/**
 * The timeline as a picture for slides where an iframe cannot go: drawn again from our own drawing
 * functions at twice the size, with a title above and the data credit below (no screenshot of the
 * page).
 */
import { canvasFont, readTheme } from '../theme.ts';

export const EXPORT_SCALE = 2;
export const TITLE_HEIGHT = 44;
export const CREDIT_HEIGHT = 26;

export interface ExportText {
  title: string;
  subtitle: string;
  credit: string;
}

/**
 * A canvas of (width × height + title + credit) CSS pixels at twice the resolution, with `draw`
 * painting the timeline in between.
 */
export function renderExport(
  width: number,
  height: number,
  text: ExportText,
  draw: (ctx: CanvasRenderingContext2D) => void,
  createCanvas: () => HTMLCanvasElement = () => document.createElement('canvas'),
): HTMLCanvasElement {
  const canvas = createCanvas();
  canvas.width = Math.round(width * EXPORT_SCALE);
  canvas.height = Math.round((height + TITLE_HEIGHT + CREDIT_HEIGHT) * EXPORT_SCALE);
  const ctx = canvas.getContext('2d')!;
  const theme = readTheme();
  const font = canvasFont(theme);
  ctx.scale(EXPORT_SCALE, EXPORT_SCALE);
  ctx.fillStyle = theme.panel;
  ctx.fillRect(0, 0, width, height + TITLE_HEIGHT + CREDIT_HEIGHT);
  ctx.fillStyle = theme.ink;
  ctx.textBaseline = 'top';
  ctx.font = canvasFont(theme, theme.exportTitleSize, 600);
  ctx.fillText(text.title, 8, 6);
  ctx.font = font;
  ctx.fillStyle = theme.inkSoft;
  ctx.fillText(text.subtitle, 8, 27);
  ctx.save();
  ctx.translate(0, TITLE_HEIGHT);
  draw(ctx);
  ctx.restore();
  ctx.font = font;
  ctx.fillStyle = theme.inkSoft;
  ctx.textBaseline = 'middle';
  ctx.fillText(text.credit, 8, TITLE_HEIGHT + height + CREDIT_HEIGHT / 2);
  return canvas;
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no image'))), 'image/png'),
  );
}
