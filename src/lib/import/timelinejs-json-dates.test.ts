/** TimelineJS slides and eras in time: times of day, display dates, BCE years, order, and bad dates. */
import { describe, expect, it } from 'vitest';
import { readImport } from './read-import.ts';
import { utc } from '../../../tests/unit/utc.ts';
import { slide, readTimelineJs, eventsOf } from '../../../tests/unit/import-files.ts';

describe('TimelineJS slides in time', () => {
  it('keeps hour, minute and second and shows the time in the date', () => {
    const [event] = eventsOf(
      slide(2011, 'Quake', {
        start_date: { year: 2011, month: 3, day: 11, hour: 14, minute: 46, second: 24 },
      }),
    );
    expect(event!.startMs).toBe(Date.UTC(2011, 2, 11, 14, 46, 24));
    expect(event!.endMs).toBe(Date.UTC(2011, 2, 11, 14, 46, 25));
    expect(event!.dateLabel).toBe('11 March 2011, 14:46:24');
    const [noon] = eventsOf(
      slide(2011, 'Noon', { start_date: { year: '2011', month: '3', day: '14', hour: '14' } }),
    );
    expect(noon!.dateLabel).toBe('14 March 2011, 14:00');
    expect(noon!.startMs).toBe(Date.UTC(2011, 2, 14, 14));
  });

  it('shows a same-day time range as one date with two times', () => {
    const [event] = eventsOf({
      start_date: { year: 2011, month: 3, day: 14, hour: 14, minute: 30 },
      end_date: { year: 2011, month: 3, day: 14, hour: 16, minute: 0 },
      text: { headline: 'Meeting' },
    });
    expect(event!.dateLabel).toBe('14 March 2011, 14:30–16:00');
    expect(event!.endMs).toBe(Date.UTC(2011, 2, 14, 16, 1));
  });

  it('reads display_date from the start_date too, and prefers the slide’s own', () => {
    const [inner, outer] = eventsOf(
      { start_date: { year: 1, display_date: 'Year one' }, text: { headline: 'a' } },
      {
        start_date: { year: 2, display_date: 'ignored' },
        display_date: 'Year two',
        text: { headline: 'b' },
      },
    );
    expect(inner!.dateLabel).toBe('Year one');
    expect(outer!.dateLabel).toBe('Year two');
  });

  it('reads BCE years given as strings, with a hyphen or a minus sign', () => {
    const events = eventsOf(slide(0, 'x', { start_date: { year: '-500' } }));
    expect(events[0]!.startMs).toBe(utc(-500));
    const minus = eventsOf(slide(0, 'y', { start_date: { year: '−500', month: 2, day: 29 } }));
    expect(minus).toEqual([]);
    const leap = eventsOf(slide(0, 'z', { start_date: { year: '−4', month: 2, day: 29 } }));
    expect(leap[0]!.startMs).toBe(utc(-4, 2, 29));
  });

  it('orders events by start, then by group, then by end', () => {
    const titles = eventsOf(
      slide(2000, 'late'),
      slide(1990, 'early B', { group: 'B' }),
      slide(1990, 'early A', { group: 'A' }),
      {
        start_date: { year: 1990 },
        end_date: { year: 1995 },
        text: { headline: 'long B' },
        group: 'B',
      },
    ).map((event) => event.title);
    // "B" is the first group the file names, so its lane comes first
    expect(titles).toEqual(['early B', 'long B', 'early A', 'late']);
  });

  it('reports bad eras by their number, and keeps the good ones', () => {
    const reading = readTimelineJs({
      events: [slide(1, 'a')],
      eras: [
        { start_date: { year: 'soon' }, text: { headline: 'Bad' } },
        { start_date: { year: 1 }, end_date: { year: 2 }, display_date: 'Two years' },
        { start_date: { year: 5 }, end_date: { year: 3 } },
      ],
    });
    expect(reading.chronology.eras).toEqual([
      // an untitled era is named by its place in the file, so its author can find it
      { label: 'Era 2', startMs: utc(1), endMs: utc(3), dateLabel: 'Two years' },
    ]);
    expect(reading.problems).toMatchObject([
      {
        row: 1,
        record: 'era 1',
        column: 'eras.start_date.year',
        message: '“soon” is not a year',
        outcome: 'skipped',
      },
      {
        row: 3,
        record: 'era 3',
        column: 'eras.end_date.year',
        message: 'the end (3) is before the start (5)',
        outcome: 'skipped',
      },
    ]);
  });

  it('names the field of a bad time', () => {
    const reading = readTimelineJs({
      events: [
        { start_date: { year: 2001, month: 1, day: 1, hour: 24 }, text: { headline: 'a' } },
        { start_date: { year: 2001, month: 1, day: 1, minute: 60 }, text: { headline: 'b' } },
        { start_date: { year: 2001, month: 1, hour: 9 }, text: { headline: 'c' } },
        { start_date: { year: 2001, month: 1, day: 1, second: 5.5 }, text: { headline: 'd' } },
      ],
    });
    expect(reading.chronology.events).toEqual([]);
    expect(reading.problems.map((p) => [p.column, p.message])).toEqual([
      ['events.start_date.hour', expect.stringMatching(/^“24” is not an? hour \(0–23\)$/)],
      ['events.start_date.minute', '“60” is not a minute (0–59)'],
      ['events.start_date.hour', 'a time is given without a day'],
      ['events.start_date.second', '“5.5” is not a second (0–59)'],
    ]);
  });

  it('says “an hour”', () => {
    const reading = readTimelineJs({
      events: [{ start_date: { year: 2001, month: 1, day: 1, hour: 24 }, text: { headline: 'a' } }],
    });
    expect(reading.problems[0]!.message).toBe('“24” is not an hour (0–23)');
  });

  // Quoting a wrong value must not overflow the stack (as JSON.stringify does on deep nesting):
  // that would refuse the whole file instead of the one slide.

  it('reports a deeply nested value in a date as that slide’s problem', () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    const reading = readImport(
      `{"events":[{"start_date":{"year":${deep}},"text":{"headline":"x"}},` +
        `{"start_date":{"year":2001},"text":{"headline":"fine"}}]}`,
    );
    expect(reading.chronology.events.map((e) => e.title)).toEqual(['fine']);
    expect(reading.problems.map((p) => [p.row, p.column, p.outcome])).toEqual([
      [1, 'events.start_date.year', 'skipped'],
    ]);
  });

  it('reads a file with only a title slide and no events list', () => {
    const reading = readTimelineJs({
      title: { text: { headline: 'Just a title', text: '<p>Intro</p>' } },
    });
    expect(reading.format).toBe('timelinejs-json');
    expect(reading.chronology.title).toBe('Just a title');
    expect(reading.chronology.introductionHtml).toBe('<p>Intro</p>');
    expect(reading.chronology.events).toEqual([]);
  });
});
