import { describe, expect, it } from 'vitest';
import {
  readDate,
  readTimeOfDay,
  YEAR_LIMIT,
  type DateParts,
  type DateReading,
  type ImportedDate,
} from './imported-date.ts';
import { english } from '../../../tests/unit/english.ts';

/** A refusal with its reason said in English, as the reader of an English page sees it. */
function inEnglish(reading: DateReading) {
  return reading.ok === false
    ? { ok: false, part: reading.part, message: english(reading.said.key, reading.said.params) }
    : reading;
}

describe('readDate', () => {
  it('is absent when no part is given', () => {
    expect(readDate(undefined)).toEqual({ ok: 'absent' });
    expect(readDate({})).toEqual({ ok: 'absent' });
    expect(readDate({ year: ' ', month: '', day: null, time: undefined })).toEqual({
      ok: 'absent',
    });
  });

  it.each<[string, DateParts, ImportedDate]>([
    ['a year', { year: 2023 }, { year: 2023 }],
    ['a year as text, spaced', { year: ' 2023 ' }, { year: 2023 }],
    ['a spreadsheet’s "2023.0"', { year: '2023.0', month: '7.0' }, { year: 2023, month: 7 }],
    ['a BCE year', { year: -44 }, { year: -44 }],
    ['a BCE year with a minus sign', { year: '−500' }, { year: -500 }],
    ['year zero', { year: '0' }, { year: 0 }],
    ['a month', { year: 2023, month: '12' }, { year: 2023, month: 12 }],
    ['a day', { year: 2023, month: 4, day: 30 }, { year: 2023, month: 4, day: 30 }],
    [
      '29 February of a leap year',
      { year: 2024, month: 2, day: 29 },
      { year: 2024, month: 2, day: 29 },
    ],
    ['29 February 2000', { year: 2000, month: 2, day: 29 }, { year: 2000, month: 2, day: 29 }],
    [
      '29 February of year -44 (proleptic: leap)',
      { year: -44, month: 2, day: 29 },
      { year: -44, month: 2, day: 29 },
    ],
    [
      '29 February of year -400 (proleptic: leap)',
      { year: -400, month: 2, day: 29 },
      { year: -400, month: 2, day: 29 },
    ],
    ['29 February of year 0', { year: 0, month: 2, day: 29 }, { year: 0, month: 2, day: 29 }],
    [
      'a time',
      { year: 2011, month: 3, day: 14, time: '14:30' },
      { year: 2011, month: 3, day: 14, hour: 14, minute: 30, second: 0 },
    ],
    [
      'separate hour and minute',
      { year: 2011, month: 3, day: 14, hour: '9', minute: 5 },
      { year: 2011, month: 3, day: 14, hour: 9, minute: 5, second: 0 },
    ],
    ['the year limit', { year: YEAR_LIMIT }, { year: YEAR_LIMIT }],
    ['the year limit BCE', { year: -YEAR_LIMIT, month: 1 }, { year: -YEAR_LIMIT, month: 1 }],
  ])('reads %s', (_, parts, date) => {
    expect(readDate(parts)).toEqual({ ok: true, date });
  });

  it.each<[string, DateParts, string, string]>([
    ['no year', { month: 3 }, 'year', 'the year is missing'],
    ['a word for a year', { year: 'soon' }, 'year', '“soon” is not a year'],
    ['a fractional year', { year: 2023.5 }, 'year', '“2023.5” is not a year'],
    ['a year of another calendar', { year: '2023 AD' }, 'year', '“2023 AD” is not a year'],
    [
      'a year beyond the limit',
      { year: YEAR_LIMIT + 1 },
      'year',
      '270001 is beyond the 270,000 years a date can reach',
    ],
    [
      'a BCE year beyond the limit',
      { year: '-300000' },
      'year',
      '-300000 is beyond the 270,000 years a date can reach',
    ],
    ['month 0', { year: 2023, month: 0 }, 'month', '“0” is not a month (1–12)'],
    ['month 13', { year: 2023, month: '13' }, 'month', '“13” is not a month (1–12)'],
    ['a month name', { year: 2023, month: 'May' }, 'month', '“May” is not a month (1–12)'],
    [
      '31 April',
      { year: 2023, month: 4, day: 31 },
      'day',
      '“31” is not a day of that month (1–30)',
    ],
    ['day 0', { year: 2023, month: 1, day: 0 }, 'day', '“0” is not a day of that month (1–31)'],
    [
      '29 February 2023',
      { year: 2023, month: 2, day: 29 },
      'day',
      '“29” is not a day of that month (1–28)',
    ],
    [
      '29 February 1900',
      { year: 1900, month: 2, day: 29 },
      'day',
      '“29” is not a day of that month (1–28)',
    ],
    [
      '29 February of year -45',
      { year: -45, month: 2, day: 29 },
      'day',
      '“29” is not a day of that month (1–28)',
    ],
    [
      '29 February of year -100 (proleptic: not leap)',
      { year: -100, month: 2, day: 29 },
      'day',
      '“29” is not a day of that month (1–28)',
    ],
    ['a day without a month', { year: 2023, day: 5 }, 'day', 'a day is given without a month'],
    [
      'a time without a day',
      { year: 2023, month: 5, time: '14:30' },
      'time',
      'a time is given without a day',
    ],
    ['an hour without a day', { year: 2023, hour: 14 }, 'hour', 'a time is given without a day'],
    [
      '24:00',
      { year: 2023, month: 5, day: 1, time: '24:00' },
      'time',
      '“24:00” is not a time of day (such as 14:30)',
    ],
    [
      '14:60',
      { year: 2023, month: 5, day: 1, time: '14:60' },
      'time',
      '“14:60” is not a time of day (such as 14:30)',
    ],
    [
      'a time as a number',
      { year: 2023, month: 5, day: 1, time: 1430 },
      'time',
      '“1430” is not a time of day (such as 14:30)',
    ],
    [
      'minute 60',
      { year: 2023, month: 5, day: 1, hour: 1, minute: 60 },
      'minute',
      '“60” is not a minute (0–59)',
    ],
    [
      'second -1',
      { year: 2023, month: 5, day: 1, hour: 1, second: -1 },
      'second',
      '“-1” is not a second (0–59)',
    ],
  ])('refuses %s', (_, parts, part, message) => {
    expect(inEnglish(readDate(parts))).toEqual({ ok: false, part, message });
  });

  it('shortens a long wrong value in its message', () => {
    const reading = inEnglish(readDate({ year: 'x'.repeat(100) }));
    expect(reading).toEqual({
      ok: false,
      part: 'year',
      message: `“${'x'.repeat(40)}…” is not a year`,
    });
  });
});

describe('readTimeOfDay', () => {
  it.each<[string, [number, number, number]]>([
    ['14:30', [14, 30, 0]],
    ['14:30:15', [14, 30, 15]],
    ['09:05', [9, 5, 0]],
    ['0:00', [0, 0, 0]],
    ['23:59:59', [23, 59, 59]],
    ['2:30 PM', [14, 30, 0]],
    ['2:30 pm', [14, 30, 0]],
    ['2 pm', [14, 0, 0]],
    ['9am', [9, 0, 0]],
    ['12:00 AM', [0, 0, 0]],
    ['12:00 PM', [12, 0, 0]],
    ['12:30 a.m.', [0, 30, 0]],
    ['11:59 P.M.', [23, 59, 0]],
    [' 7:15 ', [7, 15, 0]],
  ])('reads %s', (text, time) => {
    expect(readTimeOfDay(text)).toEqual(time);
  });

  it.each([
    '24:00',
    '23:60',
    '12:00:60',
    '14',
    '0:30 AM',
    '13:00 PM',
    '2:3',
    '14h30',
    'noon',
    '',
    '-1:00',
  ])('refuses %j', (text) => {
    expect(readTimeOfDay(text)).toBeUndefined();
  });
});
