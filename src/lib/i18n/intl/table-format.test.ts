/**
 * The tables shipped for browsers without a language write what full ICU writes: checked here
 * against Node's own Intl, for every language, over dates of every precision and shape.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth, type PartialDate } from '../../dates/partial-date.ts';
import { LANGUAGES } from '../languages.ts';
import { dateRangeParts, joinParts } from './date-parts.ts';
import { intlLocale } from './intl-locale.ts';
import type { LocaleTables } from './locale-tables.ts';
import { tableDateRange, tableDay, tableInteger } from './table-format.ts';

const files = import.meta.glob<LocaleTables>('./locale-data/*.json', {
  eager: true,
  import: 'default',
});
const shipped = LANGUAGES.filter((lang) => lang !== 'en').map(
  (lang) => [lang, files[`./locale-data/${lang}.json`]!] as const,
);

const date = (years: fc.Arbitrary<number>): fc.Arbitrary<PartialDate> =>
  fc
    .tuple(years, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
    .chain(([year, month, day]) =>
      fc.constantFrom<PartialDate>(
        { year },
        { year, month },
        { year, month, day: Math.min(day, daysInMonth(year, month)) },
      ),
    );
const common = date(fc.integer({ min: 1000, max: 2999 }));
const any = date(fc.integer({ min: -3000, max: 2999 }));
/** a range of one precision: the second date moved to the first's precision, after it */
const sameShape = fc.tuple(common, common).map(([a, b]): [PartialDate, PartialDate] => {
  const end: PartialDate = {
    year: b.year,
    month: a.month === undefined ? undefined : (b.month ?? 1),
    day: a.day === undefined ? undefined : Math.min(b.day ?? 1, 28),
  };
  return end.year * 400 + (end.month ?? 0) * 32 + (end.day ?? 0) >=
    a.year * 400 + (a.month ?? 0) * 32 + (a.day ?? 0)
    ? [a, end]
    : [end, a];
});
/** near ranges too: a few days or months apart, so shared months and years are tried often */
const near = common.chain((start) =>
  fc.integer({ min: 0, max: 40 }).map((step): [PartialDate, PartialDate] => {
    const at = new Date(Date.UTC(start.year, (start.month ?? 1) - 1, start.day ?? 1));
    if (start.day !== undefined) at.setUTCDate(at.getUTCDate() + step);
    else if (start.month !== undefined) at.setUTCMonth(at.getUTCMonth() + step);
    else at.setUTCFullYear(at.getUTCFullYear() + step);
    const end: PartialDate = { year: at.getUTCFullYear() };
    if (start.month !== undefined) end.month = at.getUTCMonth() + 1;
    if (start.day !== undefined) end.day = at.getUTCDate();
    return [start, end];
  }),
);

describe.each(shipped)('the %s tables', (lang, tables) => {
  const locale = intlLocale(lang);
  const intl = (start: PartialDate, end?: PartialDate) =>
    joinParts(dateRangeParts(locale, start, end));

  it('write every single date, BCE ones too, as full ICU does', () => {
    fc.assert(fc.property(any, (day) => tableDateRange(tables, day) === intl(day)));
  });

  it('write ranges of one precision as full ICU does', () => {
    fc.assert(
      fc.property(fc.oneof(near, sameShape), (range) => {
        expect(tableDateRange(tables, ...range)).toBe(intl(...range));
      }),
    );
  });

  it('write ranges of mixed precisions and eras as full ICU does', () => {
    fc.assert(
      fc.property(any, any, (a, b) => {
        expect(tableDateRange(tables, a, b)).toBe(intl(a, b));
      }),
    );
  });

  it('write months and days alone, as an axis labels them, as full ICU does', () => {
    const alone = (options: Intl.DateTimeFormatOptions, ms: number) =>
      new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(ms);
    for (let month = 1; month <= 12; month++) {
      expect(tables.monthsAlone.long[month - 1]).toBe(
        alone({ month: 'long' }, Date.UTC(2018, month - 1)),
      );
      expect(tables.monthsAlone.short[month - 1]).toBe(
        alone({ month: 'short' }, Date.UTC(2018, month - 1)),
      );
    }
    for (let day = 1; day <= 31; day++) {
      expect(tableDay(tables, day)).toBe(alone({ day: 'numeric' }, Date.UTC(2018, 0, day)));
    }
  });

  it('write whole numbers as Intl.NumberFormat does', () => {
    const numbers = new Intl.NumberFormat(locale);
    const values = fc.oneof(fc.integer({ min: -99_999, max: 99_999 }), fc.maxSafeInteger());
    fc.assert(
      fc.property(values, (value) => {
        expect(tableInteger(tables, value)).toBe(numbers.format(value));
      }),
    );
  });

  it('name the ASEAN states and China as Intl.DisplayNames does', () => {
    const names = new Intl.DisplayNames([locale], { type: 'region' });
    for (const code of ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN', 'CN']) {
      expect(tables.regions[code]).toBe(names.of(code));
    }
  });
});
