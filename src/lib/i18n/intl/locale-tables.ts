/**
 * Locale data for a browser whose `Intl` lacks a language (Chromium has no Khmer, Lao or Burmese:
 * it writes their dates in English). Built by scripts/compile-locale-data.ts from Node's full ICU
 * and shipped as locale-data/<lang>.json, loaded only with that language; table-format.ts writes
 * from them what `Intl` would.
 *
 * Date templates are the parts of a date as date-parts.ts writes them, each field a token: {d} day,
 * {dd} day in two digits, {M} month name, {m}/{mm} month number, {y} year; a trailing 1 or 2 takes
 * the field from the range's start or end, none from both (or the one date).
 */
import type { Precision } from '../../dates/partial-date.ts';
import { dateRangeParts, rangeSeparator, type DatePart } from './date-parts.ts';

export interface LocaleTables {
  /** the `Intl` locale they were taken from */
  locale: string;
  /** 0–9 in the numbering system of dates and numbers */
  digits: string;
  /** month names as each precision writes them (a day's, a month's) */
  months: { day: string[]; month: string[] };
  /** month names standing alone, as an axis labels its months */
  monthsAlone: { long: string[]; short: string[] };
  /** a day of the month standing alone ("6", "6日"), as an axis labels its days */
  dayAlone: string;
  single: Record<Precision, string>;
  /** a single date before year 1, with its era */
  singleBce: Record<Precision, string>;
  /** by precision, then by the largest field in which the ends differ */
  ranges: { day: Record<Precision, string>; month: Record<'month' | 'year', string>; year: string };
  separator: string;
  /** integers as `Intl.NumberFormat` writes them: its digits, grouping in threes, minus sign */
  number: { digits: string; group: string; minus: string; minimumGroupingDigits: number };
  pluralCategories: string[];
  /** names of regions by ISO 3166-1 alpha-2 code */
  regions: Record<string, string>;
}

/** Sample dates whose fields are told apart: days 6 and 7 (one digit), months 1 and 2. */
const SAMPLES = {
  day: {
    day: [
      { year: 2018, month: 1, day: 6 },
      { year: 2018, month: 1, day: 7 },
    ],
    month: [
      { year: 2018, month: 1, day: 6 },
      { year: 2018, month: 2, day: 7 },
    ],
    year: [
      { year: 2018, month: 1, day: 6 },
      { year: 2019, month: 2, day: 7 },
    ],
  },
  month: {
    month: [
      { year: 2018, month: 1 },
      { year: 2018, month: 2 },
    ],
    year: [
      { year: 2018, month: 1 },
      { year: 2019, month: 2 },
    ],
  },
  year: [{ year: 2018 }, { year: 2019 }],
} as const;

function digitsOf({ numberingSystem }: { numberingSystem: string }): string {
  const write = new Intl.NumberFormat('en', { numberingSystem, useGrouping: false });
  return Array.from({ length: 10 }, (_, digit) => write.format(digit)).join('');
}

function readNumber(text: string, digits: string): number {
  const glyphs = Array.from(digits);
  return Number(Array.from(text, (glyph) => glyphs.indexOf(glyph)).join(''));
}

interface Sample {
  start: { year: number; month?: number; day?: number };
  end?: { year: number; month?: number; day?: number };
}

function tokenOf(part: DatePart, tables: Pick<LocaleTables, 'digits' | 'months'>, at: Sample) {
  const which = part.source === 'startRange' ? '1' : part.source === 'endRange' ? '2' : '';
  const date = part.source === 'endRange' ? at.end! : at.start;
  const padded = Array.from(part.value).length === 2;
  if (part.type === 'day') return `{${padded && date.day! < 10 ? 'dd' : 'd'}${which}}`;
  if (part.type === 'year') return `{y${which}}`;
  if (part.type !== 'month') {
    if (/[{}]/.test(part.value)) throw new Error(`a brace in ${JSON.stringify(part.value)}`);
    return part.value;
  }
  const precision = date.day === undefined ? 'month' : 'day';
  if (part.value === tables.months[precision][date.month! - 1]) return `{M${which}}`;
  if (readNumber(part.value, tables.digits) !== date.month) {
    throw new Error(`cannot read the month ${JSON.stringify(part.value)}`);
  }
  return `{${padded ? 'mm' : 'm'}${which}}`;
}

/** Builds the tables with the running `Intl`, which must have the language (Node's full ICU). */
export function buildLocaleTables(locale: string, regionCodes: readonly string[]): LocaleTables {
  const digits = digitsOf(new Intl.DateTimeFormat(locale).resolvedOptions());
  const monthOf = (date: { year: number; month: number; day?: number }) =>
    dateRangeParts(locale, date).find((part) => part.type === 'month')!.value;
  const twelve = (day?: number) =>
    Array.from({ length: 12 }, (_, index) => monthOf({ year: 2018, month: index + 1, day }));
  const base = { digits, months: { day: twelve(6), month: twelve() } };
  const template = (start: Sample['start'], end?: Sample['end']) =>
    dateRangeParts(locale, start, end)
      .map((part) => tokenOf(part, base, { start, end }))
      .join('');
  const pair = (dates: readonly [Sample['start'], Sample['start']]) => template(...dates);
  const number = new Intl.NumberFormat(locale).formatToParts(-1234567);
  const alone = (month: 'long' | 'short') =>
    Array.from({ length: 12 }, (_, index) =>
      new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' }).format(Date.UTC(2018, index)),
    );
  const sixth = { start: { year: 2018, month: 1, day: 6 } };
  const displayNames = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  return {
    locale,
    ...base,
    single: {
      day: template({ year: 2018, month: 1, day: 6 }),
      month: template({ year: 2018, month: 1 }),
      year: template({ year: 2018 }),
    },
    singleBce: {
      day: template({ year: -2017, month: 1, day: 6 }),
      month: template({ year: -2017, month: 1 }),
      year: template({ year: -2017 }),
    },
    ranges: {
      day: {
        day: pair(SAMPLES.day.day),
        month: pair(SAMPLES.day.month),
        year: pair(SAMPLES.day.year),
      },
      month: { month: pair(SAMPLES.month.month), year: pair(SAMPLES.month.year) },
      year: pair(SAMPLES.year),
    },
    monthsAlone: { long: alone('long'), short: alone('short') },
    dayAlone: new Intl.DateTimeFormat(locale, { day: 'numeric', timeZone: 'UTC' })
      .formatToParts(Date.UTC(2018, 0, 6))
      .map((part) => tokenOf({ ...part, source: 'shared' }, base, sixth))
      .join(''),
    separator: rangeSeparator(locale),
    number: {
      digits: digitsOf(new Intl.NumberFormat(locale).resolvedOptions()),
      group: number.find((part) => part.type === 'group')?.value ?? '',
      minus: number.find((part) => part.type === 'minusSign')?.value ?? '-',
      minimumGroupingDigits: new Intl.NumberFormat(locale).format(1234).length === 4 ? 2 : 1,
    },
    pluralCategories: new Intl.PluralRules(locale).resolvedOptions().pluralCategories,
    regions: Object.fromEntries(
      regionCodes.flatMap((code) => {
        const name = displayNames.of(code);
        return name === undefined ? [] : [[code, name]];
      }),
    ),
  };
}
