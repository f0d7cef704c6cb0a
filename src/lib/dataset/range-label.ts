/**
 * The visible range in words, no more precise than the zoom: "2003 – 2023", "March–June 2010",
 * "3000 BCE – 2000"; years read as `yearLabel` writes them everywhere else.
 */
import { formatPartialRange, type PartialDate } from './precision.ts';

const DAY = 86_400_000;

export function visibleRangeLabel(from: number, to: number): string {
  const span = to - from;
  const precision = span > 3 * 365 * DAY ? 'year' : span > 90 * DAY ? 'month' : 'day';
  const at = (ms: number): PartialDate => {
    const date = new Date(ms);
    return {
      year: date.getUTCFullYear(),
      month: precision === 'year' ? undefined : date.getUTCMonth() + 1,
      day: precision === 'day' ? date.getUTCDate() : undefined,
    };
  };
  return formatPartialRange(at(from), at(to - 1));
}
