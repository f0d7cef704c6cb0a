/**
 * What an exported picture says about itself: its title, what it shows, and whose data it is. The
 * credit names the chronology that is shown: ours is compiled from public records, an imported one
 * is its author's, and a picture of it must not be passed off as ours.
 */
import type { Translate } from '../i18n/translate.ts';
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
export function dataCredit(subject: ExportSubject, t: Translate): string {
  const { title, site } = subject;
  if (subject.sourceFile !== undefined)
    return t('exports.creditFile', { title, file: subject.sourceFile, site });
  if (subject.dataUrl !== undefined)
    return t('exports.creditUrl', { title, host: hostOf(subject.dataUrl), site });
  return t('exports.creditOurs', { site });
}

export function timelineExportText(
  subject: ExportSubject,
  view: { rangeLabel: string; shownCount: number; totalCount: number; filtering: boolean },
  t: Translate,
): ExportText {
  const count = view.filtering
    ? t('exports.countFiltered', { shown: view.shownCount, count: view.totalCount })
    : t('exports.count', { count: view.shownCount });
  return {
    title: subject.title,
    subtitle: t('exports.timelineSubtitle', { range: view.rangeLabel, count }),
    credit: dataCredit(subject, t),
  };
}

export function mapExportText(
  subject: ExportSubject,
  view: { rangeLabel: string; selectedTitle?: string },
  t: Translate,
): ExportText {
  const range = view.rangeLabel;
  return {
    title: subject.title,
    subtitle: view.selectedTitle
      ? t('exports.mapSubtitleSelected', { range, title: view.selectedTitle })
      : t('exports.mapSubtitle', { range }),
    credit: imported(subject)
      ? t('exports.mapCreditImported', { credit: dataCredit(subject, t) })
      : t('exports.mapCreditOurs', { site: subject.site }),
  };
}

/**
 * A file name for a picture of the view in the interface's language: "chronology-timeline-2003-2023.png",
 * with its size when it is made for a slide ("…-1920x1080.png"); letters of any script are kept,
 * anything else becomes a hyphen.
 */
export function exportFileName(
  kind: 'timeline' | 'map',
  t: Translate,
  rangeLabel?: string,
  size?: { width: number; height: number },
): string {
  const words = (text: string) => text.replace(/[^\p{L}\p{M}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
  const range = rangeLabel ? `-${words(rangeLabel)}` : '';
  const name = kind === 'timeline' ? t('exports.fileTimeline') : t('exports.fileMap');
  return `${name}${range}${size ? `-${size.width}x${size.height}` : ''}.png`;
}
