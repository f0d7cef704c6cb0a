/**
 * What a picture of the timeline shows, read from the page's state: the span in view, the filter,
 * the selected event, in the colours of the scheme shown; above it the chronology's title, what
 * the view shows and the selected event's title and date; below it whose data it is.
 */
import { placeLabel } from '../chronology/describe.ts';
import { visibleRangeLabel } from '../dates/range-label.ts';
import { dataCredit, timelineExportText } from '../share/export-text.ts';
import type { Translate } from '../i18n/translate.ts';
import type { AppState } from '../state/app-state.svelte.ts';
import { readTheme, seriesColorOn, type Theme } from '../theme.ts';
import type { PictureLine } from './picture-layout.ts';
import type { PictureScene } from './timeline-picture.ts';

/** Text on a slide is read from further away than on a screen. */
const SLIDE_TEXT_SCALE = 1.25;

function headerLines(app: AppState, theme: Theme, forSlide: boolean, t: Translate): PictureLine[] {
  const { shown, filters, viewport } = app;
  const scale = forSlide ? SLIDE_TEXT_SCALE : 1;
  const titleSize = Number.parseFloat(theme.exportTitleSize) * scale;
  const textSize = Number.parseFloat(theme.canvasTextSize) * scale;
  const { subtitle } = timelineExportText(
    exportSubject(app),
    {
      rangeLabel: visibleRangeLabel(...viewport.visibleRange, shown.format.dateRange),
      shownCount: filters.events.length,
      totalCount: shown.allEvents.length,
      filtering: filters.filtering,
    },
    t,
  );
  const lines: PictureLine[] = [
    { text: shown.title, size: titleSize, weight: 600, tone: 'ink', maxLines: forSlide ? 2 : 1 },
    { text: subtitle, size: textSize, weight: 400, tone: 'soft', maxLines: 1 },
  ];
  const selected = app.selection.selected;
  if (selected) {
    const date = `${selected.dateLabel} · ${placeLabel(selected, t)}`;
    lines.push(
      {
        text: selected.title,
        size: titleSize * 1.2,
        weight: 600,
        tone: 'ink',
        maxLines: 2,
        gapAbove: textSize * 0.8,
      },
      { text: date, size: textSize * 1.15, weight: 600, tone: 'accent', maxLines: 1 },
    );
  }
  return lines;
}

function exportSubject(app: AppState) {
  const { title, dataUrl, sourceFile } = app.shown;
  return { title, dataUrl, sourceFile, site: `${location.host}${import.meta.env.BASE_URL}` };
}

/**
 * The scene for a picture: with its header and credit (a picture of its own), or the bare
 * timeline (for a slide that says the rest in its own text).
 */
export function pictureScene(
  app: AppState,
  options: { text: boolean; forSlide: boolean; t: Translate },
): PictureScene | undefined {
  const chronology = app.shown.chronology;
  if (!chronology) return undefined;
  const theme = readTheme();
  return {
    still: {
      index: app.filters.index,
      fullIndex: app.shown.fullIndex,
      series: chronology.series,
      eras: chronology.eras ?? [],
      domain: app.viewport.domain,
      span: app.viewport.visibleRange,
      colorFor: (color) => seriesColorOn(color, theme),
      emphasis: options.text ? { selectedId: app.selection.selectedId } : {},
      format: app.shown.format,
    },
    theme,
    header: options.text ? headerLines(app, theme, options.forSlide, options.t) : [],
    credit: options.text ? dataCredit(exportSubject(app), options.t) : undefined,
  };
}
