/**
 * "Download image": the frame on screen drawn again at twice the size, or a picture laid out for
 * a 16:9 slide, with the chronology's title, what the view shows and whose data it is. Loaded when
 * first asked for.
 */
import { visibleRangeLabel } from '../dates/range-label.ts';
import type { Translate } from '../i18n/translate.ts';
import { saveBlob } from '../share/download.ts';
import { canvasToPng, renderExport } from '../share/export-png.ts';
import { exportFileName, timelineExportText } from '../share/export-text.ts';
import type { AppState } from '../state/app-state.svelte.ts';
import { readTheme } from '../theme.ts';
import { drawFrame, type TimelineFrame } from './frame.ts';
import { pictureScene } from './picture-scene.ts';
import { PICTURE_SIZES, type DrawnPicture, type PictureSizeKey } from '../share/picture-sizes.ts';
import { drawTimelinePicture } from './timeline-picture.ts';

export async function downloadTimelineImage(
  frame: TimelineFrame,
  size: { width: number; height: number },
  chronology: { title: string; dataUrl?: string; sourceFile?: string },
  view: { rangeLabel: string; shownCount: number; totalCount: number; filtering: boolean },
  t: Translate,
): Promise<void> {
  const { width, height } = size;
  const { title, dataUrl, sourceFile } = chronology;
  const site = `${location.host}${import.meta.env.BASE_URL}`;
  const text = timelineExportText({ title, dataUrl, sourceFile, site }, view, t);
  const picture = renderExport(width, height, text, (ctx) =>
    drawFrame(ctx, readTheme(), frame, width),
  );
  saveBlob(exportFileName('timeline', t, view.rangeLabel), await canvasToPng(picture));
}

/** A picture of the view in one of the sizes offered, drawn for that size, saved as a PNG. */
export async function downloadPicture(
  app: AppState,
  key: PictureSizeKey,
  t: Translate,
): Promise<void> {
  const size = PICTURE_SIZES.find((item) => item.key === key)!;
  const frame = 'frame' in size ? size.frame : undefined;
  const scene = pictureScene(app, { text: true, forSlide: frame !== undefined, t });
  if (!scene || app.viewport.width <= 0) return;
  const canvas = drawTimelinePicture(scene, {
    frame,
    width: app.viewport.width,
    ratio: size.ratio,
  });
  const rangeLabel = visibleRangeLabel(...app.viewport.visibleRange, app.shown.format.dateRange);
  const pixels = frame && { width: canvas.width, height: canvas.height };
  saveBlob(exportFileName('timeline', t, rangeLabel, pixels), await canvasToPng(canvas));
}

/**
 * The bare timeline of the view (no title, no credit: the slide says them), `width` CSS pixels
 * across and as tall as its lanes need, as a PNG at twice the resolution.
 */
export function timelinePictureUrl(
  app: AppState,
  width: number,
  t: Translate,
): DrawnPicture | undefined {
  const scene = pictureScene(app, { text: false, forSlide: true, t });
  if (!scene) return undefined;
  const canvas = drawTimelinePicture(scene, { width, ratio: 2 });
  return { dataUrl: canvas.toDataURL('image/png'), width, height: canvas.height / 2 };
}
