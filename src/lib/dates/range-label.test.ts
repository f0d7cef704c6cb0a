import { describe, expect, it } from 'vitest';
import { utcDay } from './partial-date.ts';
import { visibleRangeLabel } from './range-label.ts';

describe('visibleRangeLabel', () => {
  it.each([
    [Date.UTC(2003, 0, 1), Date.UTC(2024, 0, 1), '2003 – 2023'],
    [Date.UTC(2010, 2, 1), Date.UTC(2010, 6, 1), 'March–June 2010'],
    [Date.UTC(2018, 7, 10), Date.UTC(2018, 7, 20), '10–19 August 2018'],
  ])('says %d to %d as %s, no more precisely than the zoom', (from, to, expected) => {
    expect(visibleRangeLabel(from, to)).toBe(expected);
  });

  it.each([
    [utcDay(-3000, 0, 1), utcDay(2001, 0, 1), '3000 BCE – 2000'],
    [utcDay(-5, 0, 1), utcDay(6, 0, 1), '5 BCE – 5'],
    [utcDay(1200, 0, 1), utcDay(1301, 0, 1), '1200 – 1300'],
    [utcDay(-44, 2, 1), utcDay(-44, 6, 1), 'March–June 44 BCE'],
    [utcDay(-44, 2, 14), utcDay(-44, 2, 16), '14–15 March 44 BCE'],
    [utcDay(45, 2, 12), utcDay(45, 2, 13), '12 March 45'],
  ])(
    'says %d to %d as %s, BCE years and early years as the rest of the page writes them',
    (from, to, expected) => {
      expect(visibleRangeLabel(from, to)).toBe(expected);
    },
  );

  it("hands the dates, at the zoom's precision, to the writer of another language", () => {
    const written: unknown[] = [];
    visibleRangeLabel(Date.UTC(2010, 2, 1), Date.UTC(2010, 6, 1), (start, end) => {
      written.push([start, end]);
      return '';
    });
    expect(written).toEqual([
      [
        { year: 2010, month: 3 },
        { year: 2010, month: 6 },
      ],
    ]);
  });
});
