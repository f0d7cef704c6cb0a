import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endInstant, startInstant, writtenDate, type ImportedDate } from './imported-date.ts';
import { readWrittenDate, writtenDateParts } from './written-date.ts';
import { utc } from '../../../tests/unit/utc.ts';

describe('writing dates and reading them back', () => {
  it.each<[ImportedDate, string]>([
    [{ year: 2023 }, '2023'],
    [{ year: 2023, month: 5 }, '2023-05'],
    [{ year: 2023, month: 5, day: 7 }, '2023-05-07'],
    [{ year: 42 }, '0042'],
    [{ year: -500, month: 3 }, '-0500-03'],
    [{ year: -12345 }, '-12345'],
    [{ year: 2011, month: 3, day: 14, hour: 14, minute: 30, second: 0 }, '2011-03-14T14:30'],
    [{ year: 2011, month: 3, day: 14, hour: 9, minute: 5, second: 7 }, '2011-03-14T09:05:07'],
  ])('writes %j as %s, and reads it back', (date, text) => {
    expect(writtenDate(date)).toBe(text);
    const back = readWrittenDate(text)!;
    expect([startInstant(back), endInstant(back)]).toEqual([startInstant(date), endInstant(date)]);
  });

  it('reads written dates, refusing days that do not exist', () => {
    expect(readWrittenDate('2023-02-29')).toBeUndefined();
    expect(readWrittenDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(readWrittenDate('−0044-03-15')).toEqual({ year: -44, month: 3, day: 15 });
    expect(readWrittenDate('2023-5-7')).toEqual({ year: 2023, month: 5, day: 7 });
    expect(readWrittenDate('2023-05-07T24:00')).toBeUndefined();
    expect(readWrittenDate('May 2023')).toBeUndefined();
    expect(writtenDateParts('  ')).toBeUndefined();
    expect(writtenDateParts('7 May 2023')).toEqual({ unwritten: '7 May 2023' });
  });

  it('reads back every date it writes (property)', () => {
    const timed = fc
      .record({
        year: fc.integer({ min: -9999, max: 99999 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 31 }),
        hour: fc.integer({ min: 0, max: 23 }),
        minute: fc.integer({ min: 0, max: 59 }),
        second: fc.integer({ min: 0, max: 59 }),
        shape: fc.constantFrom('year', 'month', 'day', 'time'),
      })
      .map(({ shape, ...date }): ImportedDate => {
        const day = Math.min(date.day, new Date(utc(date.year, date.month + 1, 0)).getUTCDate());
        if (shape === 'year') return { year: date.year };
        if (shape === 'month') return { year: date.year, month: date.month };
        if (shape === 'day') return { year: date.year, month: date.month, day };
        return { ...date, day };
      });
    fc.assert(
      fc.property(timed, (date) => {
        const text = writtenDate(date);
        const back = readWrittenDate(text);
        expect(back).toEqual(date);
        expect(startInstant(back!)).toBeLessThan(endInstant(back!));
      }),
      { numRuns: 300 },
    );
  });
});
