import { describe, expect, it } from 'vitest';
import { dateRangeParts, joinParts, rangeSeparator } from './date-parts.ts';
import type { PartialDate } from '../../dates/partial-date.ts';

const write = (locale: string, start: PartialDate, end?: PartialDate) =>
  joinParts(dateRangeParts(locale, start, end));

/** What Intl writes for one instant with these fields, in UTC: the expectation, never typed in. */
const intl = (locale: string, ms: number, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(ms);

const count = (text: string, part: string) => text.split(part).length - 1;

describe('dateRangeParts', () => {
  it.each(['vi', 'km', 'my', 'zh-Hans'])(
    'writes a day, a month and a year in %s with the fields known and no others',
    (locale) => {
      const long = { year: 'numeric', month: 'long' } as const;
      expect(write(locale, { year: 2023, month: 12, day: 6 })).toBe(
        intl(locale, Date.UTC(2023, 11, 6), { ...long, day: 'numeric' }),
      );
      expect(write(locale, { year: 2009, month: 5 })).toBe(intl(locale, Date.UTC(2009, 4), long));
      expect(write(locale, { year: 2004 })).toBe(
        intl(locale, Date.UTC(2004, 0), { year: 'numeric' }),
      );
    },
  );

  it('writes a range within one month with its month and year once (Vietnamese, Khmer)', () => {
    for (const locale of ['vi', 'km']) {
      const range = write(
        locale,
        { year: 2018, month: 8, day: 14 },
        { year: 2018, month: 8, day: 15 },
      );
      expect(count(range, '2018')).toBe(1);
      expect(range).toContain(rangeSeparator(locale).trim());
    }
  });

  it('writes a Chinese range as two whole dates, as Chinese writes one date, not 2018/8/14', () => {
    const start = { year: 2018, month: 8, day: 14 };
    const end = { year: 2018, month: 8, day: 15 };
    expect(write('zh-Hans', start, end)).toBe(
      write('zh-Hans', start) + rangeSeparator('zh-Hans') + write('zh-Hans', end),
    );
    expect(write('zh-Hans', start, end)).not.toContain('/');
  });

  it('names the months of a Lao range, as a single Lao date does', () => {
    const range = write('lo', { year: 2019, month: 12, day: 30 }, { year: 2020, month: 1, day: 2 });
    expect(range).toContain(write('lo', { year: 2019, month: 12 }).split(' ')[0]);
    expect(range).not.toMatch(/\d\d\/\d\d/);
  });

  it('writes plain spaces around a range’s dash, as Chromium does, not CLDR’s thin ones', () => {
    for (const locale of ['vi', 'id', 'my']) {
      const range = write(
        locale,
        { year: 2018, month: 8, day: 14 },
        { year: 2018, month: 9, day: 2 },
      );
      expect(range).not.toMatch(/[\u2009\u202f]/);
      expect(range).toContain(' ');
    }
  });

  it('writes each end whole when one is known more closely than the other', () => {
    expect(write('vi', { year: 2004 }, { year: 2004, month: 6 })).toBe(
      write('vi', { year: 2004 }) + rangeSeparator('vi') + write('vi', { year: 2004, month: 6 }),
    );
  });

  it('writes one date once when both ends are the same', () => {
    const day = { year: 2023, month: 12, day: 6 };
    expect(write('th', day, { ...day })).toBe(write('th', day));
  });

  it('writes the era before year 1, so 500 BCE is not read as the year 500', () => {
    const bce = write('vi', { year: -499 });
    expect(bce).not.toBe(write('vi', { year: 500 }));
    expect(bce).toBe(
      intl('vi', new Date(0).setUTCFullYear(-499, 0, 1), { year: 'numeric', era: 'short' }),
    );
  });

  it('keeps a date in UTC: the last day of a year stays in its year', () => {
    expect(write('vi', { year: 2023, month: 12, day: 31 })).toContain('31');
  });
});
