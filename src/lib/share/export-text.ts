/**
 * What an exported picture says about itself: its title, what it shows, and whose data it is. The
 * credit names the chronology that is shown: ours is compiled from public records, an imported one
 * is its author's, and a picture of it must not be passed off as ours.
 */
import type { ExportText } from './export-png.ts';

/** The chronology a picture is of, and where the page that drew it lives. */
export interface ExportSubject {
  title: string;
  /** the address an imported chronology was read from */
  dataUrl?: string;
  /** the name of a file opened from the reader's computer */
  sourceFile?: string;
  /** this site, as "host/path/" */
  site: string;
}

const imported = (subject: ExportSubject) =>
  subject.dataUrl !== undefined || subject.sourceFile !== undefined;

function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

/** Whose data the picture shows. */
export function dataCredit(subject: ExportSubject): string {
  if (subject.sourceFile !== undefined)
    return `Data: “${subject.title}”, from the file ${subject.sourceFile} (not compiled by ${subject.site}).`;
  if (subject.dataUrl !== undefined)
    return `Data: “${subject.title}”, from ${hostOf(subject.dataUrl)} (not compiled by ${subject.site}).`;
  return `Data: ${subject.site} — compiled from public records; every event lists its sources.`;
}

export function timelineExportText(
  subject: ExportSubject,
  view: { rangeLabel: string; shownCount: number; totalCount: number; filtering: boolean },
): ExportText {
  const count = view.filtering
    ? `${view.shownCount.toLocaleString('en')} of ${view.totalCount.toLocaleString('en')} events (filtered)`
    : `${view.shownCount.toLocaleString('en')} events`;
  return {
    title: subject.title,
    subtitle: `Timeline, ${view.rangeLabel} · ${count}`,
    credit: dataCredit(subject),
  };
}

export function mapExportText(
  subject: ExportSubject,
  view: { rangeLabel: string; selectedTitle?: string },
): ExportText {
  const credit = imported(subject)
    ? dataCredit(subject)
    : `Data: ${subject.site} · Country shapes: Natural Earth`;
  return {
    title: subject.title,
    subtitle: `Map, ${view.rangeLabel}${view.selectedTitle ? ` · ${view.selectedTitle}` : ''}`,
    credit: imported(subject) ? `${credit} Country shapes: Natural Earth.` : credit,
  };
}

/**
 * A file name for a picture of the view: "chronology-timeline-2003-2023.png", with its size when
 * it is made for a slide: "chronology-timeline-2003-2023-1920x1080.png".
 */
export function exportFileName(
  kind: 'timeline' | 'map',
  rangeLabel?: string,
  size?: { width: number; height: number },
): string {
  const range = rangeLabel ? `-${rangeLabel.replace(/\W+/g, '-').replace(/^-|-$/g, '')}` : '';
  return `chronology-${kind}${range}${size ? `-${size.width}x${size.height}` : ''}.png`;
}
