/** A row's picture or video link: kept as a link to open, never embedded or run. */
import type { MediaLink } from '../chronology/model.ts';
import { said } from '../i18n/translate.ts';
import type { ImportedRow, ReportProblem } from './imported-row.ts';
import { asText, cellText, shortened } from './imported-row.ts';

const WEB_ADDRESS = /^https?:\/\/[^\s<>"]+$/i;

/** The row's media link; undefined when there is none or it is not a web address (a problem then). */
export function readMedia(
  row: ImportedRow,
  column: string,
  report: ReportProblem,
): MediaLink | undefined {
  const raw = row.media;
  const given = asText(raw?.url).trim();
  if (!given) return undefined;
  // TimelineJS accepts embed code; its address is kept as a link, the code never runs
  const embedded = /^<[^>]*\bsrc\s*=\s*["']?(https?:\/\/[^"'\s>]+)/i.exec(given)?.[1];
  const url = embedded ?? given;
  if (!WEB_ADDRESS.test(url)) {
    report(row, column, said('importProblems.notWebAddress', { value: shortened(given) }), 'kept');
    return undefined;
  }
  const caption = cellText(row, asText(raw?.caption));
  const credit = cellText(row, asText(raw?.credit));
  return { url, ...(caption && { caption }), ...(credit && { credit }) };
}
