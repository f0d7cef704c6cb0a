import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writtenDate } from './imported-date.ts';
import { readLinkDate } from './link-date.ts';
import { readWrittenDate } from './written-date.ts';

const digits = (max: number) => fc.integer({ min: 0, max }).map(String);
/** Texts shaped like dates, right and wrong: years, months, days and times out of range too. */
const dateLike = fc
  .tuple(
    fc.constantFrom('', '-', '−'),
    digits(999_999),
    fc.option(digits(14), { nil: undefined }),
    fc.option(digits(33), { nil: undefined }),
    fc.option(fc.tuple(digits(25), fc.integer({ min: 0, max: 61 }), fc.option(digits(61))), {
      nil: undefined,
    }),
  )
  .map(([sign, year, month, day, time]) => {
    let text = sign + year;
    if (month === undefined) return text;
    text += `-${month}`;
    if (day === undefined) return text;
    text += `-${day}`;
    if (!time) return text;
    const [hour, minute, second] = time;
    return `${text}T${hour}:${String(minute).padStart(2, '0')}${second ? `:${second.padStart(2, '0')}` : ''}`;
  });

describe('readLinkDate', () => {
  it('reads what a link writes', () => {
    for (const text of ['2023', '2023-12', '2023-12-06', '2011-03-14T14:30', '-0500-03']) {
      expect(writtenDate(readLinkDate(text)!)).toBe(text);
    }
  });

  it('drops what is not a date, or a day that does not exist', () => {
    for (const text of ['', 'soon', '2023-13', '2023-02-29', '2024-02-30', '2023-12-06T24:00']) {
      expect(readLinkDate(text)).toBeUndefined();
    }
    expect(readLinkDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it('agrees with the spreadsheet reader on every date-shaped text', () => {
    fc.assert(
      fc.property(dateLike, (text) => {
        expect(readLinkDate(text)).toEqual(readWrittenDate(text));
      }),
      { numRuns: 2000 },
    );
  });
});
