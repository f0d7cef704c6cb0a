/** Rows of our own CSV: participants and countries, dates, titles, places, summaries and ids. */
import { describe, expect, it } from 'vitest';
import { readImport } from './read-import.ts';
import { ours, participantCodes } from '../../../tests/unit/import-files.ts';

describe('rows of our CSV', () => {
  it('keeps valid participants and reports the others', () => {
    const reading = ours('a,A,2001,,,,,,,VNM; Gondor ;LAO,,');
    expect(participantCodes(reading.chronology.events[0]!)).toEqual(['VNM', 'LAO']);
    expect(reading.problems).toMatchObject([
      {
        row: 2,
        record: 'row 2',
        column: 'participants',
        message:
          '“Gondor” is not a country code (such as VN or VNM) or an English country name; left out',
        outcome: 'kept',
      },
    ]);
  });

  it('reads countries given by alpha-2 code, English name or alpha-3 code, as the map keys them', () => {
    const reading = ours(
      'a,A,2001,,,San Francisco,US,37.77,-122.42,TH;Viet Nam;PHL;France;de;Republic of Korea,,',
    );
    const event = reading.chronology.events[0]!;
    expect(reading.problems).toMatchObject([]);
    expect(event.country).toEqual({ code: 'USA', name: 'United States of America' });
    expect(participantCodes(event)).toEqual(['THA', 'VNM', 'PHL', 'FRA', 'DEU', 'KOR']);
    expect(event.participants.map((state) => state.name)).toContain('Thailand');
  });

  it('keeps a three-letter code that ISO does not list, as written', () => {
    const reading = ours('a,A,2001,,,,,,,ASN;vnm,,');
    expect(reading.problems).toMatchObject([]);
    expect(participantCodes(reading.chronology.events[0]!)).toEqual(['ASN', 'VNM']);
  });

  it('refuses an end before the start, naming the end column', () => {
    const reading = ours('a,A,2004-05-10,2004-05-09,,,,,,,,', 'b,B,2004-05-10,2004-05-10,,,,,,,,');
    expect(reading.chronology.events.map((e) => e.id)).toEqual(['b']);
    expect(reading.problems).toMatchObject([
      {
        row: 2,
        record: 'row 2',
        column: 'end',
        message: 'the end (9 May 2004) is before the start (10 May 2004)',
        outcome: 'skipped',
      },
    ]);
  });

  it('says which form a date must have when a spreadsheet has rewritten it, and guesses none', () => {
    // 1/10/2004 is 1 October in most of the world and January 10 in the United States
    const reading = ours('a,A,1/10/2004,,,,,,,,,', 'b,B,2004,10.01.2005,,,,,,,,');
    expect(reading.problems.map((p) => [p.row, p.column, p.outcome])).toEqual([
      [2, 'start', 'skipped'],
      [3, 'end', 'skipped'],
    ]);
    expect(reading.problems[0]!.message).toMatch(/^“1\/10\/2004” is not written as 2004, 2004-01/);
    expect(reading.problems[1]!.message).toMatch(/keep the column as text/);
  });

  it('reports dates it cannot read in the start or end column', () => {
    const reading = ours(
      'a,A,2004/01/10,,,,,,,,,',
      'b,B,2004-13,,,,,,,,,',
      'c,C,999999,,,,,,,,,',
      'd,D,2023-02-29,,,,,,,,,',
      'e,E,2000,2001-04-31,,,,,,,,',
      'f,F,,,,,,,,,,',
      'g,G,2004-02-29T10:00:30,,,,,,,,,',
    );
    expect(reading.problems.map((p) => [p.row, p.column, p.message, p.outcome])).toEqual([
      [
        2,
        'start',
        '“2004/01/10” is not written as 2004, 2004-01 or 2004-01-10 ' +
          '(a spreadsheet may have rewritten it; keep the column as text)',
        'skipped',
      ],
      [3, 'start', '“13” is not a month (1–12)', 'skipped'],
      [4, 'start', '999999 is beyond the 270,000 years a date can reach', 'skipped'],
      [5, 'start', '“29” is not a day of that month (1–28)', 'skipped'],
      [6, 'end', '“31” is not a day of that month (1–30)', 'skipped'],
      [7, 'start', 'there is no start date', 'skipped'],
    ]);
    expect(reading.chronology.events.map((e) => [e.id, e.startMs])).toEqual([
      ['g', Date.UTC(2004, 1, 29, 10, 0, 30)],
    ]);
  });

  it('keeps a row without a title, titled from its summary or as untitled', () => {
    const reading = readImport(
      'id,title,start,summary\na,,2001,Talks resumed. Then more.\nb,  ,2002,\n',
    );
    expect(reading.chronology.events.map((e) => [e.id, e.title])).toEqual([
      ['a', 'Talks resumed.'],
      ['b', 'Untitled event'],
    ]);
    expect(reading.problems.map((p) => [p.row, p.column, p.outcome])).toEqual([
      [2, 'title', 'kept'],
      [3, 'title', 'kept'],
    ]);
  });

  it('reports coordinates out of range in the lat or lon column and keeps the row', () => {
    const reading = ours('a,A,2001,,,Hanoi,VNM,91,105.8,,,', 'b,B,2002,,,Hue,VNM,16.5,-181,,,');
    expect(reading.chronology.events.map((e) => [e.id, e.place, e.country?.code])).toEqual([
      ['a', undefined, 'VNM'],
      ['b', undefined, 'VNM'],
    ]);
    expect(reading.problems.map((p) => [p.row, p.column, p.message, p.outcome])).toEqual([
      [2, 'lat', '“91” is not a latitude (−90 to 90)', 'kept'],
      [3, 'lon', '“-181” is not a longitude (−180 to 180)', 'kept'],
    ]);
  });

  it('names the columns as the file spells them', () => {
    const reading = readImport(
      'ID,Title,Start,End,City,Country,Latitude,Longitude,Participants\r\n' +
        'a,A,2001x,,,,,,\r\n' +
        'b,B,2001,2000,,,,,\r\n' +
        'c,C,2001,,X,Narnia,100,0,VNM;xx\r\n',
    );
    expect(reading.format).toBe('chronology-csv');
    expect(reading.problems.map((p) => [p.row, p.column])).toEqual([
      [2, 'Start'],
      [3, 'End'],
      [4, 'Country'],
      [4, 'Participants'],
      [4, 'Latitude'],
    ]);
  });

  it('shares one place per city and one source per reference', () => {
    const reading = ours(
      'a,A,2001,,,Hanoi,VNM,21.03,105.85,,,Book;https://example.org/x',
      'b,B,2002,,,Hanoi,VNM,21.0,105.8,,,https://example.org/x',
      'c,C,2003,,,Hanoi,VNM,,,,,',
    );
    const [a, b, c] = reading.chronology.events;
    expect(b!.place).toBe(a!.place);
    expect(c!.place).toBe(a!.place);
    expect(a!.place).toMatchObject({ city: 'Hanoi', lat: 21.03, lon: 105.85 });
    expect(b!.sources[0]).toBe(a!.sources[1]);
    expect(reading.chronology.sources).toHaveLength(2);
  });

  it('reads a summary column, keeping its markup for display', () => {
    const reading = readImport(
      'id,title,start,summary\na,A,2001,<p>With <a href="https://x.org">a link</a></p>\n',
    );
    expect(reading.chronology.events[0]).toMatchObject({
      summary: 'With a link',
      summaryHtml: '<p>With <a href="https://x.org">a link</a></p>',
    });
  });

  it('makes ids unique and link-safe', () => {
    const reading = ours('a b,A,2001,,,,,,,,,', 'a b,B,2002,,,,,,,,,', '-,C,2003,,,,,,,,,');
    expect(reading.chronology.events.map((e) => e.id)).toEqual(['a-b', 'a-b-row-3', 'row-4']);
  });

  it('keeps a “<” in a plain-text title', () => {
    const reading = ours('a,Temperatures < 0 °C for a week,2001,,,,,,,,,');
    expect(reading.chronology.events[0]!.title).toBe('Temperatures < 0 °C for a week');
  });
});
