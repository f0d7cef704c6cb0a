/**
 * Partial dates: a date known to the day, the month or only the year.
 * Written as `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; everything here works in UTC so that a date never
 * shifts with the reader's time zone. Years are astronomical (as `setUTCFullYear` takes them) and
 * the calendar is the proleptic Gregorian one, so imported dates may lie in any century or BCE.
 */

export type Precision = 'day' | 'month' | 'year';

export const PRECISIONS: readonly Precision[] = ['day', 'month', 'year'];

export interface PartialDate {
  year: number;
  /** 1–12, present for month and day precision */
  month?: number;
  /** 1–31, present for day precision */
  day?: number;
}

const PATTERN: Record<Precision, RegExp> = {
  day: /^(\d{4})-(\d{2})-(\d{2})$/,
  month: /^(\d{4})-(\d{2})$/,
  year: /^(\d{4})$/,
};

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** The precision a written date has by its shape, or undefined when it has none of the three shapes. */
export function precisionOf(text: string): Precision | undefined {
  return PRECISIONS.find((precision) => PATTERN[precision].test(text));
}

/**
 * Reads a written partial date. Returns undefined when the text is not one of the three shapes or
 * names a day that does not exist (2023-02-30).
 */
export function parsePartialDate(text: string): PartialDate | undefined {
  const precision = precisionOf(text);
  if (!precision) return undefined;
  const [year, month, day] = text.split('-').map(Number) as [number, number?, number?];
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && (day < 1 || day > daysInMonth(year, month!))) return undefined;
  return { year, month, day };
}

/**
 * A year as readers write it, BCE years as TimelineJS names them: -500 is "500 BCE". Never padded,
 * so the year 45 is "45", not "0045".
 */
export function yearLabel(year: number): string {
  return year < 0 ? `${-year} BCE` : String(year);
}

/** UTC ms of a calendar day; unlike Date.UTC it keeps years 0–99 as they are. */
export function utcDay(year: number, monthIndex: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

export function daysInMonth(year: number, month: number): number {
  return new Date(utcDay(year, month, 0)).getUTCDate();
}

/** First instant (UTC ms) covered by the date. */
export function startOf(date: PartialDate): number {
  return utcDay(date.year, (date.month ?? 1) - 1, date.day ?? 1);
}

/** First instant (UTC ms) after the date: the end of its day, month or year, exclusive. */
export function endOf(date: PartialDate): number {
  if (date.day !== undefined) return utcDay(date.year, date.month! - 1, date.day + 1);
  if (date.month !== undefined) return utcDay(date.year, date.month, 1);
  return utcDay(date.year + 1, 0, 1);
}

function formatOne(date: PartialDate): string {
  const year = yearLabel(date.year);
  if (date.month === undefined) return year;
  const month = MONTH_NAMES[date.month - 1];
  return date.day === undefined ? `${month} ${year}` : `${date.day} ${month} ${year}`;
}

/**
 * Writes a date or a range as precisely as it is known and no more, sharing what both ends share:
 * "6 December 2023", "May 2009", "2004", "14–15 August 2018", "31 May – 2 June 2011",
 * "30 December 2019 – 2 January 2020", "44 BCE – 14".
 */
export function formatPartialRange(start: PartialDate, end?: PartialDate): string {
  if (!end || formatOne(start) === formatOne(end)) return formatOne(start);
  // Across years, or with one end known more closely than the other ("2004 – June 2004"), each
  // end is written whole.
  if (
    start.year !== end.year ||
    start.month === undefined ||
    end.month === undefined ||
    (start.day === undefined) !== (end.day === undefined)
  ) {
    return `${formatOne(start)} – ${formatOne(end)}`;
  }
  const year = yearLabel(start.year);
  const sameMonth = start.month === end.month;
  if (start.day === undefined || end.day === undefined) {
    return `${MONTH_NAMES[start.month - 1]}–${MONTH_NAMES[end.month - 1]} ${year}`;
  }
  if (sameMonth) return `${start.day}–${end.day} ${MONTH_NAMES[start.month - 1]} ${year}`;
  return `${start.day} ${MONTH_NAMES[start.month - 1]} – ${end.day} ${MONTH_NAMES[end.month - 1]} ${year}`;
}

/** Convenience for written dates that are already known to be valid. */
export function formatWrittenRange(start: string, end?: string): string {
  const from = parsePartialDate(start);
  if (!from) return start;
  const to = end ? parsePartialDate(end) : undefined;
  return formatPartialRange(from, to);
}
