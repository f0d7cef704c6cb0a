import { describe, expect, it } from 'vitest';
import { formatPartialRange, yearLabel } from '../../dates/partial-date.ts';
import { ENGLISH_FORMAT } from './locale-format.ts';

const VIET_NAM = { code: 'VNM', name: 'Viet Nam' };
describe('ENGLISH_FORMAT', () => {
  it('writes dates exactly as the app always has', () => {
    const ranges = [
      [{ year: 2023, month: 12, day: 6 }],
      [
        { year: 2018, month: 8, day: 14 },
        { year: 2018, month: 8, day: 15 },
      ],
      [{ year: 2004 }, { year: 2004, month: 6 }],
      [{ year: -44 }, { year: 14 }],
    ] as const;
    for (const [start, end] of ranges) {
      expect(ENGLISH_FORMAT.dateRange(start, end)).toBe(formatPartialRange(start, end));
    }
    expect(ENGLISH_FORMAT.year(-500)).toBe(yearLabel(-500));
    expect(ENGLISH_FORMAT.writtenRange('2023-12-06')).toBe('6 December 2023');
  });

  it('writes months and days alone as the axis always has', () => {
    expect([ENGLISH_FORMAT.month(3, 'long'), ENGLISH_FORMAT.month(3, 'short')]).toEqual([
      'March',
      'Mar',
    ]);
    expect(ENGLISH_FORMAT.day(6)).toBe('6');
  });

  it("names states as the data does ('Viet Nam', not Intl's 'Vietnam')", () => {
    expect(ENGLISH_FORMAT.stateName(VIET_NAM)).toEqual({ text: 'Viet Nam', lang: 'en' });
  });
});
