/**
 * "Download image": the frame on screen drawn again at twice the size, with the chronology's title,
 * what the view shows and whose data it is. Loaded when first asked for.
 */
import type { Translate } from '../i18n/translate.ts';
import { saveBlob } from '../share/download.ts';
import { canvasToPng, renderExport } from '../share/export-png.ts';
import { exportFileName, timelineExportText } from '../share/export-text.ts';
import { readTheme } from '../theme.ts';
import { drawFrame, type TimelineFrame } from './frame.ts';

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
