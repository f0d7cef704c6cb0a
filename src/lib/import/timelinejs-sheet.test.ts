import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImport, readImportBytes } from './read-import.ts';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(join(import.meta.dirname, '../../../tests/fixtures/import', name)));

/** A sheet from its header and rows; cells holding a comma or quote are quoted. */
function sheet(header: string, ...rows: string[][]) {
  const cell = (value: string) =>
    /[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
  const reading = readImport([header, ...rows.map((row) => row.map(cell).join(','))].join('\n'));
  expect(reading.format).toBe('timelinejs-sheet');
  return reading;
}

describe('the TimelineJS sheet fixture', () => {
  const reading = readImportBytes(fixture('timelinejs-sheet.csv'));
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

describe('TimelineJS sheet rows', () => {
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

  it('reads Type whatever its case, and reports a second title row', () => {
    const reading = sheet(
      'Year,Headline,Text,Type',
      ['', 'First title', '<p>Intro</p>', ' Title '],
      ['1990', 'Nineties', '', 'ERA'],
      ['1995', 'An event', '', ''],
      ['', 'Second title', '', 'title'],
    );
    expect(reading.chronology.title).toBe('First title');
    expect(reading.chronology.introductionHtml).toBe('<p>Intro</p>');
    expect(reading.chronology.eras?.map((era) => era.label)).toEqual(['Nineties']);
    expect(reading.chronology.events.map((e) => e.title)).toEqual(['An event']);
    expect(reading.problems).toMatchObject([
      {
        row: 5,
        record: 'row 5',
        column: 'Type',
        message: 'a second title row; the first is used',
        outcome: 'skipped',
      },
    ]);
  });

  it('names columns as the file writes them', () => {
    const reading = readImport(
      [
        'YEAR,MONTH, Day ,HEADLINE,media,LATITUDE,lng',
        '2001,13,,Bad month,,,',
        '2001,2,30,Bad day,,,',
        '2001,2,3,,,,',
        '2001,2,4,Bad media,ftp://example.org/x,,',
        '2001,2,5,Bad latitude,,north,10',
        '2001,2,6,Bad longitude,,10,east',
      ].join('\n'),
    );
    expect(reading.problems.map((p) => [p.row, p.column, p.outcome])).toEqual([
      [2, 'MONTH', 'skipped'],
      [3, 'Day', 'skipped'],
      [4, 'HEADLINE', 'kept'],
      [5, 'media', 'kept'],
      [6, 'LATITUDE', 'kept'],
      [7, 'lng', 'kept'],
    ]);
    expect(reading.problems.map((p) => p.message)).toEqual([
      '“13” is not a month (1–12)',
      '“30” is not a day of that month (1–28)',
      'the headline is missing; shown as “Untitled event”',
      '“ftp://example.org/x” is not a web address (http or https); left out',
      '“north” is not a latitude (−90 to 90)',
      '“east” is not a longitude (−180 to 180)',
    ]);
    expect(reading.chronology.events.map((e) => e.title)).toEqual([
      'Untitled event',
      'Bad media',
      'Bad latitude',
      'Bad longitude',
    ]);
    for (const event of reading.chronology.events) {
      expect(event.place).toBeUndefined();
      expect(event.media).toBeUndefined();
    }
  });

  it('leaves out media that is not on the web, and keeps the row', () => {
    const reading = sheet(
      'Year,Headline,Media,Media Caption',
      ['2001', 'Script', 'javascript:alert(1)', 'c'],
      ['2002', 'Picture', 'https://example.org/p.png', 'A picture'],
    );
    expect(reading.chronology.events.map((e) => [e.title, e.media])).toEqual([
      ['Script', undefined],
      ['Picture', { url: 'https://example.org/p.png', caption: 'A picture' }],
    ]);
    expect(reading.problems).toMatchObject([
      {
        row: 2,
        record: 'row 2',
        column: 'Media',
        message: '“javascript:alert(1)” is not a web address (http or https); left out',
        outcome: 'kept',
      },
    ]);
  });

  it('shares one place between rows with the same Location, at its first coordinates', () => {
    const reading = sheet(
      'Year,Headline,Location,Latitude,Longitude',
      ['2001', 'a', 'Paris', '48.86', '2.35'],
      ['2002', 'b', 'Paris', '48.9', '2.4'],
      ['2003', 'c', 'Paris', '', ''],
      ['2004', 'd', '', '10.004', '20.001'],
      ['2005', 'e', '', '-10', '-20'],
    );
    const [a, b, c, d, e] = reading.chronology.events;
    expect(b!.place).toBe(a!.place);
    expect(c!.place).toBe(a!.place);
    expect(a!.place).toMatchObject({ city: 'Paris', lat: 48.86, lon: 2.35 });
    expect(d!.place).toMatchObject({ lat: 10.004, lon: 20.001 });
    expect(e!.place).toMatchObject({ lat: -10, lon: -20 });
    expect(reading.chronology.places).toHaveLength(3);
    expect(reading.problems).toMatchObject([]);
  });

  it('reports a latitude without a longitude', () => {
    const reading = sheet('Year,Headline,Latitude,Longitude', ['2001', 'a', '', '20']);
    expect(reading.problems).toMatchObject([
      {
        row: 2,
        record: 'row 2',
        column: 'Latitude',
        message: 'the latitude is missing (the longitude is given)',
        outcome: 'kept',
      },
    ]);
    expect(reading.chronology.events[0]!.place).toBeUndefined();
  });

  it('keeps counting spreadsheet rows across blank rows and multi-line cells', () => {
    const reading = readImport(
      'Year,Headline,Text\n2001,a,"two\nlines"\n\n,,\n2002x,b,\n2003,c,\n',
    );
    expect(reading.chronology.events.map((e) => e.title)).toEqual(['a', 'c']);
    expect(reading.problems).toMatchObject([
      {
        row: 5,
        record: 'row 5',
        column: 'Year',
        message: '“2002x” is not a year',
        outcome: 'skipped',
      },
    ]);
  });

  it('reads an ID column as event ids, and puts rows without a Group in “Events”', () => {
    const reading = sheet('Year,Headline,Unique ID', ['2001', 'a', 'first'], ['2002', 'b', '']);
    expect(reading.chronology.events.map((e) => [e.id, e.series.key])).toEqual([
      ['first', 'Events'],
      ['row-3', 'Events'],
    ]);
  });

  it('reads BCE years', () => {
    const reading = sheet('Year,Month,Day,Headline', ['-44', '3', '15', 'Ides']);
    const expected = new Date(0);
    expected.setUTCFullYear(-44, 2, 15);
    expect(reading.chronology.events[0]!.startMs).toBe(expected.getTime());
  });

  // Excel in the locales that write semicolon-separated CSV also writes decimal commas.
  it('reads decimal commas in a semicolon-separated sheet', () => {
    const reading = readImport(
      'Year;Headline;Location;Latitude;Longitude\r\n2001;A;Paris;48,86;2,35\r\n',
    );
    expect(reading.problems).toMatchObject([]);
    expect(reading.chronology.events[0]!.place).toMatchObject({ lat: 48.86, lon: 2.35 });
  });

  // A long run of digits that does not end the cell once made the number pattern backtrack for
  // seconds; how long such a cell takes is measured by `npm run bench -- --only reading`.
  it('refuses a huge non-number in Latitude, quoting only its start, and keeps the event', () => {
    const reading = sheet('Year,Headline,Latitude,Longitude', [
      '2001',
      'a',
      `${'1'.repeat(15_000)}x`,
      '1',
    ]);
    expect(reading.problems).toMatchObject([
      {
        row: 2,
        column: 'Latitude',
        message: `“${'1'.repeat(40)}…” is not a latitude (−90 to 90)`,
        outcome: 'kept',
      },
    ]);
    expect(reading.chronology.events.map((event) => [event.title, event.place])).toEqual([
      ['a', undefined],
    ]);
  });
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
