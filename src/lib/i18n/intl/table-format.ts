/**
 * Writes dates and numbers from locale tables (locale-tables.ts) the way `Intl` writes them where
 * it has the language, for browsers that lack it.
 */
import type { PartialDate } from '../../dates/partial-date.ts';
import { greatestDifference, precisionOfDate } from './date-parts.ts';
import type { LocaleTables } from './locale-tables.ts';

const TOKEN = /\{(dd|d|mm|m|M|y)([12]?)\}/g;

function inDigits(value: number, digits: string, width = 1): string {
  const glyphs = Array.from(digits);
  return Array.from(String(value).padStart(width, '0'), (digit) => glyphs[Number(digit)]).join('');
}

function fill(tables: LocaleTables, template: string, start: PartialDate, end = start): string {
  return template.replace(TOKEN, (_, field: string, which: string) => {
    const date = which === '2' ? end : start;
    const precision = date.day === undefined ? 'month' : 'day';
    switch (field) {
      case 'd':
      case 'dd':
        return inDigits(date.day!, tables.digits, field.length);
      case 'm':
      case 'mm':
        return inDigits(date.month!, tables.digits, field.length);
      case 'M':
        return tables.months[precision][date.month! - 1]!;
      default:
        return inDigits(date.year <= 0 ? 1 - date.year : date.year, tables.digits);
    }
  });
}

function single(tables: LocaleTables, date: PartialDate): string {
  const templates = date.year <= 0 ? tables.singleBce : tables.single;
  return fill(tables, templates[precisionOfDate(date)], date);
}

/** As date-parts.ts `dateRangeParts` writes it, from the tables. */
export function tableDateRange(
  tables: LocaleTables,
  start: PartialDate,
  end?: PartialDate,
): string {
  const precision = precisionOfDate(start);
  if (!end || (start.year === end.year && start.month === end.month && start.day === end.day)) {
    return single(tables, start);
  }
  if (precision !== precisionOfDate(end) || start.year <= 0 || end.year <= 0) {
    return single(tables, start) + tables.separator + single(tables, end);
  }
  const largest = greatestDifference(start, end);
  const template =
    precision === 'year'
      ? tables.ranges.year
      : precision === 'month'
        ? tables.ranges.month[largest as 'month' | 'year']
        : tables.ranges.day[largest];
  return fill(tables, template, start, end);
}

/** A day of the month alone, as `Intl.DateTimeFormat` with `{ day: 'numeric' }` writes it. */
export function tableDay(tables: LocaleTables, day: number): string {
  return fill(tables, tables.dayAlone, { year: 2018, month: 1, day });
}

/** A whole number as `Intl.NumberFormat` writes it by default. */
export function tableInteger(tables: LocaleTables, value: number): string {
  const { digits, group, minus, minimumGroupingDigits } = tables.number;
  const whole = String(Math.abs(Math.round(value)));
  const grouped =
    whole.length >= 3 + minimumGroupingDigits
      ? whole.replace(/\B(?=(\d{3})+$)/g, '\u0000').split('\u0000')
      : [whole];
  const written = grouped.map((chunk) => inDigits(Number(chunk), digits, chunk.length)).join(group);
  return Math.round(value) < 0 ? minus + written : written;
}
