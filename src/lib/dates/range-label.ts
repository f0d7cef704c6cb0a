/**
 * The visible range in words, no more precise than the zoom: "2003 – 2023", "March–June 2010",
 * "3000 BCE – 2000"; years read as `yearLabel` writes them everywhere else. Another language passes
 * its own writer of ranges (a LocaleFormat's `dateRange`, src/lib/i18n/intl/locale-format.ts).
 */
import { formatPartialRange, type PartialDate } from './partial-date.ts';
import { DAY_MS } from './time-units.ts';

export type WriteRange = (start: PartialDate, end?: PartialDate) => string;

export function visibleRangeLabel(
  from: number,
  to: number,
  write: WriteRange = formatPartialRange,
): string {
  const span = to - from;
  const precision = span > 3 * 365 * DAY_MS ? 'year' : span > 90 * DAY_MS ? 'month' : 'day';
  const at = (ms: number): PartialDate => {
    const date = new Date(ms);
    return {
      year: date.getUTCFullYear(),
      month: precision === 'year' ? undefined : date.getUTCMonth() + 1,
      day: precision === 'day' ? date.getUTCDate() : undefined,
    };
  };
  return write(at(from), at(to - 1));
}
