import { describe, expect, it } from 'vitest';
import { readImportBytes } from './read-import.ts';
import { importFixture } from '../../../tests/unit/import-files.ts';

describe('the TimelineJS sheet fixture', () => {
  const reading = readImportBytes(importFixture('timelinejs-sheet.csv'));
  const { chronology, problems } = reading;
  const event = (title: string) => chronology.events.find((e) => e.title === title)!;

  it('shows the good rows in time order', () => {
    expect(reading.format).toBe('timelinejs-sheet');
    expect(chronology.events.map((e) => [e.id, e.title])).toEqual([
      ['row-6', 'Suez Canal opens'],
      ['row-9', 'Forth Bridge text only'],
      ['row-5', 'Sydney Harbour Bridge opens'],
      ['row-4', 'Golden Gate Bridge opens'],
    ]);
  });

  it('takes the row of Type “title” as the title slide, not as an event', () => {
    expect(chronology.title).toBe('River crossings');
    expect(chronology.introductionHtml).toBe('<p>Bridges of the world, a <em>test</em> sheet.</p>');
  });

  it('takes the row of Type “era” as an era, not as an event', () => {
    expect(chronology.eras).toEqual([
      {
        label: 'Early modern bridges',
        startMs: Date.UTC(1900, 0, 1),
        endMs: Date.UTC(1946, 0, 1),
        dateLabel: '1900 – 1945',
      },
    ]);
  });

  it('keeps a 24-hour Time and shows it', () => {
    const goldenGate = event('Golden Gate Bridge opens');
    expect(goldenGate.startMs).toBe(Date.UTC(1937, 4, 27, 9, 0));
    expect(goldenGate.endMs).toBe(Date.UTC(1937, 4, 27, 9, 1));
    expect(goldenGate.start).toBe('1937-05-27T09:00');
    expect(goldenGate.dateLabel).toBe('27 May 1937, 09:00');
  });

  it('reads “2:30 PM” to “4:00 PM” as 14:30–16:00', () => {
    const suez = event('Suez Canal opens');
    expect(suez.startMs).toBe(Date.UTC(1869, 10, 17, 14, 30));
    expect(suez.endMs).toBe(Date.UTC(1869, 10, 17, 16, 1));
    expect(suez.dateLabel).toBe('17 November 1869, 14:30–16:00');
    expect(suez.end).toBe('1869-11-17T16:00');
  });

  it('reads a day without a time as the whole day', () => {
    const sydney = event('Sydney Harbour Bridge opens');
    expect(sydney.startMs).toBe(Date.UTC(1932, 2, 19));
    expect(sydney.endMs).toBe(Date.UTC(1932, 2, 20));
    expect(sydney.dateLabel).toBe('19 March 1932');
  });

  it('reads Location, Latitude and Longitude as the place', () => {
    expect(event('Golden Gate Bridge opens').place).toMatchObject({
      city: 'San Francisco',
      lat: 37.82,
      lon: -122.48,
    });
    expect(event('Sydney Harbour Bridge opens').place).toMatchObject({
      city: 'Sydney',
      lat: -33.85,
      lon: 151.21,
    });
    expect(event('Suez Canal opens').place).toBeUndefined();
    expect(chronology.places).toHaveLength(2);
  });

  it('reads Group as the series', () => {
    expect(event('Suez Canal opens').series.key).toBe('Canals');
    expect(event('Golden Gate Bridge opens').series).toBe(event('Forth Bridge text only').series);
    expect(chronology.series.map((series) => series.key).sort()).toEqual(['Bridges', 'Canals']);
  });

  it('reads Media with its Credit and Caption', () => {
    expect(event('Golden Gate Bridge opens').media).toEqual({
      url: 'https://example.org/gg.jpg',
      credit: 'Example',
      caption: 'The bridge',
    });
    expect(event('Sydney Harbour Bridge opens').media).toBeUndefined();
  });

  it('keeps quoted text with commas and doubled quotes whole', () => {
    expect(event('Suez Canal opens').summary).toBe('Ships "enter" the canal, with a comma');
    // one plain paragraph is kept as its text alone
    expect(event('Golden Gate Bridge opens').summary).toBe('Opened to pedestrians.');
    expect(event('Golden Gate Bridge opens').summaryHtml).toBeUndefined();
  });

  it('reports each bad row by its spreadsheet row and column, and whether it is shown', () => {
    expect(problems).toMatchObject([
      {
        row: 7,
        record: 'row 7',
        column: 'Day',
        message: '“30” is not a day of that month (1–28)',
        outcome: 'skipped',
      },
      {
        row: 8,
        record: 'row 8',
        column: 'End Year',
        message: 'the end (1880) is before the start (1883)',
        outcome: 'skipped',
      },
      {
        row: 9,
        record: 'row 9',
        column: 'Headline',
        message: 'the headline is missing; shown as “Forth Bridge text only”',
        outcome: 'kept',
      },
      {
        row: 9,
        record: 'row 9',
        column: 'Longitude',
        message: '“200” is not a longitude (−180 to 180)',
        outcome: 'kept',
      },
      {
        row: 10,
        record: 'row 10',
        column: 'Year',
        message: 'there is no start date',
        outcome: 'skipped',
      },
      {
        row: 11,
        record: 'row 11',
        column: 'Time',
        message: '“25:00” is not a time of day (such as 14:30)',
        outcome: 'skipped',
      },
    ]);
    expect(event('Forth Bridge text only').place).toBeUndefined();
    const titles = chronology.events.map((e) => e.title);
    for (const skipped of ['Not a day', 'Backwards', 'No year', 'Tower Bridge']) {
      expect(titles).not.toContain(skipped);
    }
  });
});
