import { describe, expect, it } from 'vitest';
import {
  endOf,
  formatPartialRange,
  formatWrittenRange,
  parsePartialDate,
  precisionOf,
  startOf,
} from './precision.ts';

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
});
