/** The other columns of a TimelineJS sheet: Type, column names, media, places and ids. */
import { describe, expect, it } from 'vitest';
import { readImport } from './read-import.ts';
import { sheet } from '../../../tests/unit/import-files.ts';

describe('TimelineJS sheet rows', () => {
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
