/** Where an imported date sits in time, how precise it is, and how it is shown. */
import { describe, expect, it } from 'vitest';
import {
  endInstant,
  formatImportedRange,
  precisionOfDate,
  readDate,
  startInstant,
  type DateParts,
  type ImportedDate,
} from './imported-date.ts';
import { utc } from '../../../tests/unit/utc.ts';

const dateOf = (parts: DateParts): ImportedDate => {
  const reading = readDate(parts);
  if (reading.ok !== true) throw new Error(`not a date: ${JSON.stringify(reading)}`);
  return reading.date;
};

describe('instants', () => {
  it('measures a year, a month and a day to the end of that span', () => {
    expect([startInstant({ year: 2023 }), endInstant({ year: 2023 })]).toEqual([
      Date.UTC(2023, 0, 1),
      Date.UTC(2024, 0, 1),
    ]);
    expect([
      startInstant({ year: 2023, month: 12 }),
      endInstant({ year: 2023, month: 12 }),
    ]).toEqual([Date.UTC(2023, 11, 1), Date.UTC(2024, 0, 1)]);
    const leapDay = { year: 2024, month: 2, day: 29 };
    expect([startInstant(leapDay), endInstant(leapDay)]).toEqual([
      Date.UTC(2024, 1, 29),
      Date.UTC(2024, 2, 1),
    ]);
  });

  it('keeps years 0–99 and BCE years as they are', () => {
    expect(startInstant({ year: 42 })).toBe(utc(42));
    expect(startInstant({ year: 42 })).not.toBe(Date.UTC(42, 0, 1)); // Date.UTC means 1942
    expect(startInstant({ year: -44, month: 3, day: 15 })).toBe(utc(-44, 3, 15));
    expect(endInstant({ year: -1 })).toBe(utc(0));
  });

  it('measures a timed date from its minute, lasting that minute (or that second)', () => {
    const ides = dateOf({ year: -44, month: 3, day: 15, hour: 11, minute: 30 });
    expect(startInstant(ides)).toBe(utc(-44, 3, 15, 11, 30));
    expect(endInstant(ides)).toBe(utc(-44, 3, 15, 11, 31));
    const precise = dateOf({ year: 2011, month: 3, day: 14, time: '14:30:15' });
    expect(startInstant(precise)).toBe(Date.UTC(2011, 2, 14, 14, 30, 15));
    expect(endInstant(precise)).toBe(Date.UTC(2011, 2, 14, 14, 30, 16));
    const lastMinute = dateOf({ year: 2023, month: 12, day: 31, time: '23:59' });
    expect(endInstant(lastMinute)).toBe(Date.UTC(2024, 0, 1));
  });

  it('reads 12:00 AM as the start of the day and 12:00 PM as noon', () => {
    const midnight = dateOf({ year: 2020, month: 1, day: 1, time: '12:00 AM' });
    const noon = dateOf({ year: 2020, month: 1, day: 1, time: '12:00 PM' });
    expect(startInstant(midnight)).toBe(Date.UTC(2020, 0, 1));
    expect(startInstant(noon)).toBe(Date.UTC(2020, 0, 1, 12));
  });

  it('gives each date its precision', () => {
    expect(precisionOfDate({ year: 1 })).toBe('year');
    expect(precisionOfDate({ year: 1, month: 2 })).toBe('month');
    expect(precisionOfDate(dateOf({ year: 1, month: 2, day: 3, time: '4:05' }))).toBe('day');
  });
});

describe('showing dates', () => {
  it.each<[ImportedDate, ImportedDate | undefined, string]>([
    [{ year: 2011, month: 3, day: 14 }, undefined, '14 March 2011'],
    [
      { year: 2011, month: 3, day: 14, hour: 14, minute: 30, second: 0 },
      undefined,
      '14 March 2011, 14:30',
    ],
    [
      { year: 2011, month: 3, day: 14, hour: 14, minute: 30, second: 0 },
      { year: 2011, month: 3, day: 14, hour: 16, minute: 0, second: 0 },
      '14 March 2011, 14:30–16:00',
    ],
    [
      { year: 2011, month: 3, day: 14, hour: 22, minute: 0, second: 0 },
      { year: 2011, month: 3, day: 15, hour: 2, minute: 0, second: 0 },
      '14 March 2011, 22:00 – 15 March 2011, 02:00',
    ],
    [
      { year: 2011, month: 3, day: 14, hour: 22, minute: 0, second: 0 },
      { year: 2011, month: 3, day: 16 },
      '14 March 2011, 22:00 – 16 March 2011',
    ],
    [{ year: 2004, month: 1, day: 10 }, { year: 2004, month: 1, day: 12 }, '10–12 January 2004'],
    [{ year: 2009, month: 5 }, undefined, 'May 2009'],
  ])('shows %j to %j as %s', (start, end, label) => {
    expect(formatImportedRange(start, end)).toBe(label);
  });
});
