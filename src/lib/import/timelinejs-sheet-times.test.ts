/** TimelineJS sheet rows in time: times as people type them, Display Date, BCE years, and end times. */
import { describe, expect, it } from 'vitest';
import { sheet } from '../../../tests/unit/import-files.ts';

describe('TimelineJS sheet rows in time', () => {
  const header = 'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline';

  it('reads times as people type them', () => {
    const reading = sheet(
      header,
      ['2001', '1', '1', '12:00 AM', '', '', '', '', '', 'midnight'],
      ['2001', '1', '2', '12:30 PM', '', '', '', '', '', 'half past noon'],
      ['2001', '1', '3', '2 pm', '', '', '', '', '', 'two'],
      ['2001', '1', '4', '9am', '', '', '', '', '', 'nine'],
      ['2001', '1', '5', '23:59:30', '', '', '', '', '', 'late'],
      ['2001', '1', '6', '7:05 p.m.', '', '', '', '', '', 'evening'],
    );
    expect(reading.problems).toMatchObject([]);
    expect(reading.chronology.events.map((e) => [e.title, e.startMs])).toEqual([
      ['midnight', Date.UTC(2001, 0, 1, 0, 0)],
      ['half past noon', Date.UTC(2001, 0, 2, 12, 30)],
      ['two', Date.UTC(2001, 0, 3, 14, 0)],
      ['nine', Date.UTC(2001, 0, 4, 9, 0)],
      ['late', Date.UTC(2001, 0, 5, 23, 59, 30)],
      ['evening', Date.UTC(2001, 0, 6, 19, 5)],
    ]);
    expect(reading.chronology.events[0]!.dateLabel).toBe('1 January 2001, 00:00');
    expect(reading.chronology.events[4]!.dateLabel).toBe('5 January 2001, 23:59:30');
  });

  it('refuses times that are not on a clock, or that have no day', () => {
    const reading = sheet(
      header,
      ['2001', '1', '1', '24:00', '', '', '', '', '', 'a'],
      ['2001', '1', '', '14:30', '', '', '', '', '', 'b'],
      ['2001', '1', '1', '13:00 PM', '', '', '', '', '', 'c'],
      ['2001', '1', '1', '14', '', '', '', '', '', 'd'],
      ['2001', '1', '1', '', '2001', '1', '', '16:00', '', 'e'],
      ['2001', '1', '1', '10:00', '', '', '', '', '', 'good'],
    );
    expect(reading.chronology.events.map((e) => e.title)).toEqual(['good']);
    expect(reading.problems.map((p) => [p.row, p.column, p.message, p.outcome])).toEqual([
      [2, 'Time', '“24:00” is not a time of day (such as 14:30)', 'skipped'],
      [3, 'Time', 'a time is given without a day', 'skipped'],
      [4, 'Time', '“13:00 PM” is not a time of day (such as 14:30)', 'skipped'],
      [5, 'Time', '“14” is not a time of day (such as 14:30)', 'skipped'],
      [6, 'End Time', 'a time is given without a day', 'skipped'],
    ]);
  });

  it('refuses an end time before the start time on the same day', () => {
    const reading = sheet(header, [
      '2001',
      '1',
      '1',
      '14:30',
      '2001',
      '1',
      '1',
      '13:00',
      '',
      'Backwards in time',
    ]);
    expect(reading.chronology.events).toEqual([]);
    expect(reading.problems).toMatchObject([
      {
        row: 2,
        record: 'row 2',
        column: 'End Year',
        message: 'the end (1 January 2001, 13:00) is before the start (1 January 2001, 14:30)',
        outcome: 'skipped',
      },
    ]);
  });

  it('shows Display Date in place of the date, for events and eras', () => {
    const reading = sheet(
      `${header},Type`,
      ['1914', '', '', '', '1918', '', '', '', 'The Great War', 'War years', 'era'],
      ['1916', '7', '1', '', '', '', '', '', 'Summer 1916', 'Somme', ''],
    );
    expect(reading.chronology.events[0]!.dateLabel).toBe('Summer 1916');
    expect(reading.chronology.eras).toEqual([
      {
        label: 'War years',
        startMs: Date.UTC(1914, 0, 1),
        endMs: Date.UTC(1919, 0, 1),
        dateLabel: 'The Great War',
      },
    ]);
  });

  it('reads BCE years', () => {
    const reading = sheet('Year,Month,Day,Headline', ['-44', '3', '15', 'Ides']);
    const expected = new Date(0);
    expected.setUTCFullYear(-44, 2, 15);
    expect(reading.chronology.events[0]!.startMs).toBe(expected.getTime());
  });

  // Excel in the locales that write semicolon-separated CSV also writes decimal commas.
});

describe('an End Time without an end date', () => {
  it('ends the event on the day it starts, at that time', () => {
    const reading = sheet('Year,Month,Day,Time,End Year,End Month,End Day,End Time,Headline', [
      '1969',
      '7',
      '20',
      '20:17',
      '',
      '',
      '',
      '22:56',
      'Landing to first step',
    ]);
    const [event] = reading.chronology.events;
    expect(reading.problems).toMatchObject([]);
    expect(event!.dateLabel).toBe('20 July 1969, 20:17–22:56');
    expect(event!.endMs - event!.startMs).toBe((2 * 60 + 39 + 1) * 60_000);
  });
});
