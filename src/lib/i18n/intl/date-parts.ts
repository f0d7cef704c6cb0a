/**
 * A partial date or range written by the running `Intl` as parts, at the date's own precision:
 * a day, a month or a year, never more. The same parts make the app's labels where the browser
 * has the language and, at build time in Node, the tables for browsers that lack it
 * (locale-tables.ts), so both write alike.
 */
import { startOf, type PartialDate, type Precision } from '../../dates/partial-date.ts';

export interface DatePart {
  /** `day`, `month`, `year`, `era` or `literal` */
  type: string;
  value: string;
  /** which end of a range the part writes; `shared` for both, and for a single date */
  source: 'shared' | 'startRange' | 'endRange';
}

const OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  day: { year: 'numeric', month: 'long', day: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  year: { year: 'numeric' },
};

export function precisionOfDate(date: PartialDate): Precision {
  return date.day !== undefined ? 'day' : date.month !== undefined ? 'month' : 'year';
}

/** Before year 1 the era is written ("500 BCE" in each language's words); after it, never. */
function isBce(date: PartialDate): boolean {
  return date.year <= 0;
}

/**
 * CLDR puts thin spaces around a range's dash; Chromium writes plain ones (it undid the change for
 * the web's sake) and Node keeps them. Plain everywhere, so that a language reads the same whether
 * written by the browser or from tables built in Node.
 */
function plainSpaces<Part extends { type: string; value: string }>(part: Part): Part {
  return part.type === 'literal'
    ? { ...part, value: part.value.replace(/[\u2009\u202f]/g, ' ') }
    : part;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, precision: Precision, bce: boolean): Intl.DateTimeFormat {
  const key = `${locale} ${precision} ${bce}`;
  let format = formatters.get(key);
  if (!format) {
    const era = bce ? ({ era: 'short' } as const) : {};
    // Our dates are calendar dates, not instants: UTC keeps them from shifting with the reader.
    format = new Intl.DateTimeFormat(locale, { ...OPTIONS[precision], ...era, timeZone: 'UTC' });
    formatters.set(key, format);
  }
  return format;
}

export function singleDateParts(locale: string, date: PartialDate): DatePart[] {
  return formatter(locale, precisionOfDate(date), isBce(date))
    .formatToParts(startOf(date))
    .map(({ type, value }) => plainSpaces({ type, value, source: 'shared' as const }));
}

/** What stands between the two ends of a range: " – " in most languages, "–" in Chinese. */
export function rangeSeparator(locale: string): string {
  const parts = formatter(locale, 'year', false)
    .formatRangeToParts(startOf({ year: 2018 }), startOf({ year: 2019 }))
    .map(plainSpaces);
  const firstEnd = parts.findIndex((part) => part.source === 'endRange');
  const before = parts.slice(0, firstEnd);
  const lastStart = before.map((part) => part.source).lastIndexOf('startRange');
  const between = before.slice(lastStart + 1).map((part) => part.value);
  return between.length > 0 ? between.join('') : ' – ';
}

/** The largest field in which two dates of one precision differ. */
export function greatestDifference(start: PartialDate, end: PartialDate): Precision {
  if (start.year !== end.year) return 'year';
  return start.month !== end.month ? 'month' : 'day';
}

function sameDate(a: PartialDate, b: PartialDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/** Each end written whole, as a single date, with the language's separator between them. */
function wholeEnds(locale: string, start: PartialDate, end: PartialDate): DatePart[] {
  return [
    ...singleDateParts(locale, start).map((part) => ({ ...part, source: 'startRange' as const })),
    { type: 'literal', value: rangeSeparator(locale), source: 'shared' },
    ...singleDateParts(locale, end).map((part) => ({ ...part, source: 'endRange' as const })),
  ];
}

const literalsOf = (parts: readonly DatePart[]) =>
  parts.filter((part) => part.type === 'literal').map((part) => part.value.trim());

/**
 * Whether a range pattern writes its dates as the language writes a single date. Some do not:
 * Chinese ranges fall back to "2018/8/14 – 2018/8/15" and Lao ones to "14/08/2018 – 15/08/2018",
 * numbers where a single date says 年月日 or names the month.
 */
function keepsSingleForm(range: DatePart[], start: DatePart[], end: DatePart[]): boolean {
  for (const part of range) {
    if (part.type !== 'month') continue;
    const single = part.source === 'endRange' ? end : start;
    if (single.find((each) => each.type === 'month')?.value !== part.value) return false;
  }
  const rangeLiterals = literalsOf(range);
  return literalsOf(start).every(
    (literal) => literal === '' || rangeLiterals.some((each) => each.includes(literal)),
  );
}

/**
 * A date, or a range sharing what both ends share ("14–15 August 2018" in each language's form).
 * Ends of different precisions, or before year 1, are each written whole.
 */
export function dateRangeParts(locale: string, start: PartialDate, end?: PartialDate): DatePart[] {
  if (!end || sameDate(start, end)) return singleDateParts(locale, start);
  const precision = precisionOfDate(start);
  if (precision !== precisionOfDate(end) || isBce(start) || isBce(end)) {
    return wholeEnds(locale, start, end);
  }
  const range: DatePart[] = formatter(locale, precision, false)
    .formatRangeToParts(startOf(start), startOf(end))
    .map(({ type, value, source }) => plainSpaces({ type, value, source }));
  const single = [singleDateParts(locale, start), singleDateParts(locale, end)] as const;
  return keepsSingleForm(range, ...single) ? range : wholeEnds(locale, start, end);
}

export function joinParts(parts: readonly DatePart[]): string {
  return parts.map((part) => part.value).join('');
}
