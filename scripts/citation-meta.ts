/**
 * The meta tags reference managers (Zotero, Mendeley) read from a share page: Highwire Press's
 * `citation_*` names, the ones Google Scholar documents.
 */
import type { ChronologyEvent } from '../src/lib/chronology/model.ts';

/**
 * A written partial date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`) as citation_date wants it:
 * `YYYY/MM/DD`, `YYYY/MM` or `YYYY`, no more precise than the date is known.
 */
export function citationDate(written: string): string {
  if (!/^-?\d{4,}(-\d{2}(-\d{2})?)?$/.test(written)) {
    throw new Error(`not a partial date (YYYY, YYYY-MM or YYYY-MM-DD): "${written}"`);
  }
  const negative = written.startsWith('-');
  const parts = (negative ? written.slice(1) : written).split('-');
  return (negative ? '-' : '') + parts.join('/');
}

/** name → content, in the order the tags are written. */
export function citationMeta(
  event: ChronologyEvent,
  pageUrl: string,
  publisher: string,
): [string, string][] {
  return [
    ['citation_title', event.title],
    ['citation_date', citationDate(event.start)],
    ['citation_publisher', publisher],
    ['citation_public_url', pageUrl],
  ];
}
