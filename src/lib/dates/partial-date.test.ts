import { describe, expect, it } from 'vitest';
import {
  daysInMonth,
  endOf,
  formatPartialRange,
  formatWrittenRange,
  parsePartialDate,
  precisionOf,
  startOf,
  utcDay,
  yearLabel,
} from './partial-date.ts';

describe('precisionOf', () => {
  it.each([
    ['2023-12-06', 'day'],
    ['2009-05', 'month'],
    ['2004', 'year'],
    ['2004-5', undefined],
    ['06/12/2023', undefined],
    ['', undefined],
  ])('reads %j as %s', (text, expected) => {
    expect(precisionOf(text)).toBe(expected);
  });
});

describe('parsePartialDate', () => {
  it('rejects days that do not exist', () => {
    expect(parsePartialDate('2023-02-29')).toBeUndefined();
    expect(parsePartialDate('2020-02-29')).toEqual({ year: 2020, month: 2, day: 29 });
    expect(parsePartialDate('2023-13')).toBeUndefined();
    expect(parsePartialDate('2023-00-10')).toBeUndefined();
  });
});

describe('startOf and endOf', () => {
  it('cover the whole day, month or year, end exclusive', () => {
    const day = parsePartialDate('2023-12-06')!;
    expect(new Date(startOf(day)).toISOString()).toBe('2023-12-06T00:00:00.000Z');
    expect(new Date(endOf(day)).toISOString()).toBe('2023-12-07T00:00:00.000Z');
    expect(new Date(endOf(parsePartialDate('2023-12')!)).toISOString()).toBe(
      '2024-01-01T00:00:00.000Z',
    );
    expect(new Date(endOf(parsePartialDate('2018')!)).toISOString()).toBe(
      '2019-01-01T00:00:00.000Z',
    );
  });
});

describe('utcDay', () => {
  it('keeps years below 100 as written', () => {
    expect(new Date(startOf({ year: 79 })).getUTCFullYear()).toBe(79);
    expect(new Date(endOf({ year: 99, month: 12 })).getUTCFullYear()).toBe(100);
  });

  it('reaches years before 1000 and BCE years, in the proleptic Gregorian calendar', () => {
    expect(new Date(utcDay(500, 2, 1)).toISOString()).toBe('0500-03-01T00:00:00.000Z');
    expect(new Date(utcDay(-500, 2, 1)).toISOString()).toBe('-000500-03-01T00:00:00.000Z');
    expect(new Date(utcDay(0, 0, 1)).toISOString()).toBe('0000-01-01T00:00:00.000Z');
    expect(utcDay(-44, 2, 15) - utcDay(-44, 2, 14)).toBe(86_400_000);
  });
});

describe('startOf and endOf across the start of the era', () => {
  it('leave no gap and no overlap between one year and the next', () => {
    expect(endOf({ year: -1 })).toBe(startOf({ year: 0 }));
    expect(endOf({ year: 0 })).toBe(startOf({ year: 1 }));
    expect(endOf({ year: -501, month: 12 })).toBe(startOf({ year: -500 }));
    expect(endOf({ year: -1, month: 12, day: 31 })).toBe(startOf({ year: 0, month: 1, day: 1 }));
  });

  it('make a year last as many days as the calendar gives it', () => {
    const days = (year: number) => (endOf({ year }) - startOf({ year })) / 86_400_000;
    expect(days(-4)).toBe(366);
    expect(days(0)).toBe(366);
    expect(days(-1)).toBe(365);
    expect(days(100)).toBe(365);
    expect(days(-100)).toBe(365);
    expect(days(400)).toBe(366);
    expect(days(-400)).toBe(366);
  });
});

describe('daysInMonth', () => {
  it.each([
    [-4, 2, 29],
    [-1, 2, 28],
    [0, 2, 29],
    [100, 2, 28],
    [400, 2, 29],
    [-500, 12, 31],
    [45, 4, 30],
  ])('gives year %d month %d %d days', (year, month, expected) => {
    expect(daysInMonth(year, month)).toBe(expected);
  });
});

describe('yearLabel', () => {
  it.each([
    [2023, '2023'],
    [1250, '1250'],
    [45, '45'],
    [0, '0'],
    [-1, '1 BCE'],
    [-500, '500 BCE'],
    [-10000, '10000 BCE'],
  ])('writes %d as "%s"', (year, expected) => {
    expect(yearLabel(year)).toBe(expected);
  });
});

describe('formatting a date as precisely as it is known and no more', () => {
  it.each([
    ['2023-12-06', undefined, '6 December 2023'],
    ['2009-05', undefined, 'May 2009'],
    ['2004', undefined, '2004'],
    ['2018-08-14', '2018-08-15', '14–15 August 2018'],
    ['2011-05-31', '2011-06-02', '31 May – 2 June 2011'],
    ['2019-12-30', '2020-01-02', '30 December 2019 – 2 January 2020'],
    ['2009-11', '2010-01', 'November 2009 – January 2010'],
    ['2009-10', '2009-11', 'October–November 2009'],
    ['2005', '2006', '2005 – 2006'],
    // one end known more closely than the other: each as it is known
    ['2004', '2004-06', '2004 – June 2004'],
    ['2004-03', '2004-06-10', 'March 2004 – 10 June 2004'],
    ['2004-03-02', '2004-06', '2 March 2004 – June 2004'],
    ['2023-12-06', '2023-12-06', '6 December 2023'],
  ])('%s to %s reads "%s"', (start, end, expected) => {
    expect(formatWrittenRange(start, end)).toBe(expected);
  });

  it('leaves an unreadable date as written', () => {
    expect(formatWrittenRange('sometime')).toBe('sometime');
  });

  it('formats parsed dates the same way', () => {
    expect(formatPartialRange({ year: 2021, month: 4, day: 23 })).toBe('23 April 2021');
  });

  it.each([
    [{ year: -500, month: 3 }, undefined, 'March 500 BCE'],
    [{ year: 45, month: 3, day: 12 }, undefined, '12 March 45'],
    [{ year: -44 }, { year: 14 }, '44 BCE – 14'],
    [{ year: -44, month: 3, day: 14 }, { year: -44, month: 3, day: 15 }, '14–15 March 44 BCE'],
    [{ year: -44, month: 1 }, { year: -44, month: 3 }, 'January–March 44 BCE'],
    [
      { year: -1, month: 12, day: 31 },
      { year: 0, month: 1, day: 1 },
      '31 December 1 BCE – 1 January 0',
    ],
    [{ year: 999 }, undefined, '999'],
  ])(
    'writes years before 1000 and BCE years unpadded: %j to %j reads "%s"',
    (start, end, expected) => {
      expect(formatPartialRange(start, end)).toBe(expected);
    },
  );
});
