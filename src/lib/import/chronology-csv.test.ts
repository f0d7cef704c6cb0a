import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventsToCsv } from '../chronology/csv.ts';
import type { ChronologyEvent } from '../chronology/model.ts';
import { readImport, readImportBytes } from './read-import.ts';
import { SERIES_PALETTE } from '../theme.ts';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(join(import.meta.dirname, '../../../tests/fixtures/import', name)));

const HEADER = 'id,title,start,end,precision,city,country,lat,lon,participants,series,sources';
function ours(...rows: string[]) {
  const reading = readImport([HEADER, ...rows].join('\r\n'));
  expect(reading.format).toBe('chronology-csv');
  return reading;
}
const codes = (event: ChronologyEvent) => event.participants.map((state) => state.code);

describe('the chronology CSV fixture', () => {
  const reading = readImportBytes(fixture('chronology.csv'));
  const { chronology, problems } = reading;
  const event = (id: string) => chronology.events.find((e) => e.id === id)!;

  it('shows the good rows in time order', () => {
    expect(reading.format).toBe('chronology-csv');
    expect(chronology.events.map((e) => e.id)).toEqual([
      'old-treaty',
      'first-meeting',
      'bad-code',
      'row-7',
      'online-call',
    ]);
  });

  it('reads start and end as a range of whole days', () => {
    expect(event('first-meeting')).toMatchObject({
      title: 'First meeting',
      start: '2004-01-10',
      end: '2004-01-12',
      precision: 'day',
      startMs: Date.UTC(2004, 0, 10),
      endMs: Date.UTC(2004, 0, 13),
      dateLabel: '10–12 January 2004',
    });
  });

  it('reads a BCE year written with a minus', () => {
    const expected = new Date(0);
    expected.setUTCFullYear(-200, 0, 1);
    const next = new Date(0);
    next.setUTCFullYear(-199, 0, 1);
    expect(event('old-treaty')).toMatchObject({
      start: '-0200',
      precision: 'year',
      startMs: expected.getTime(),
      endMs: next.getTime(),
    });
  });

  it('reads a time of day and shows it', () => {
    expect(event('row-7')).toMatchObject({
      title: 'No id',
      start: '2006-07-08T10:15',
      startMs: Date.UTC(2006, 6, 8, 10, 15),
      endMs: Date.UTC(2006, 6, 8, 10, 16),
      dateLabel: '8 July 2006, 10:15',
    });
  });

  it('reads city, country, lat and lon as a place in that country', () => {
    const meeting = event('first-meeting');
    expect(meeting.place).toMatchObject({ city: 'Bangkok', lat: 13.75, lon: 100.5 });
    expect(meeting.place?.country?.code).toBe('THA');
    expect(meeting.country?.code).toBe('THA');
    expect(meeting.online).toBe(false);
  });

  it('reads participants as shared states', () => {
    expect(codes(event('first-meeting'))).toEqual(['THA', 'CHN']);
    expect(codes(event('online-call'))).toEqual(['CHN', 'VNM']);
    expect(event('first-meeting').participants[1]).toBe(event('online-call').participants[0]);
    expect(event('first-meeting').country).toBe(event('first-meeting').participants[0]);
    expect(chronology.states.map((state) => state.code)).toEqual(['THA', 'CHN', 'VNM']);
  });

  it('reads the city “online” as an online event with no place', () => {
    expect(event('online-call')).toMatchObject({
      online: true,
      precision: 'month',
      dateLabel: 'May 2020',
      startMs: Date.UTC(2020, 4, 1),
      endMs: Date.UTC(2020, 5, 1),
    });
    expect(event('online-call').place).toBeUndefined();
    expect(event('online-call').country).toBeUndefined();
  });

  it('reads series and sources; a source that is a web address is a link', () => {
    expect(event('first-meeting').series).toBe(event('online-call').series);
    expect(event('old-treaty').series.key).toBe('treaties');
    expect(event('first-meeting').sources).toEqual([
      { title: 'https://example.org/a', publisher: '', url: 'https://example.org/a' },
    ]);
    expect(event('old-treaty').sources).toEqual([{ title: 'A printed book', publisher: '' }]);
    expect(chronology.sources).toHaveLength(2);
  });

  it("colours the groups from the theme's palette in the order they first appear", () => {
    expect(chronology.series.map((series) => series.color)).toEqual(
      chronology.series.map((_, position) => SERIES_PALETTE[position]),
    );
    expect(new Set(chronology.series.map((series) => series.color)).size).toBe(
      chronology.series.length,
    );
  });

  it('reports the bad rows by row and column, skipping the undated one only', () => {
    expect(problems).toMatchObject([
      {
        row: 5,
        record: 'row 5',
        column: 'start',
        message: '“31” is not a day of that month (1–29)',
        outcome: 'skipped',
      },
      {
        row: 6,
        record: 'row 6',
        column: 'country',
        message:
          '“Atlantis” is not a country code (such as VN or VNM) or an English country name; left out',
        outcome: 'kept',
      },
    ]);
    expect(chronology.events.map((e) => e.title)).not.toContain('Bad date');
    // the row with the bad code is shown, in its city, without a country
    expect(event('bad-code').country).toBeUndefined();
    expect(event('bad-code').place).toMatchObject({ city: 'Paris', lat: 48.86, lon: 2.35 });
  });
});

describe('rows of our CSV', () => {
  it('keeps valid participants and reports the others', () => {
    const reading = ours('a,A,2001,,,,,,,VNM; Gondor ;LAO,,');
    expect(codes(reading.chronology.events[0]!)).toEqual(['VNM', 'LAO']);
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
    expect(codes(event)).toEqual(['THA', 'VNM', 'PHL', 'FRA', 'DEU', 'KOR']);
    expect(event.participants.map((state) => state.name)).toContain('Thailand');
  });

  it('keeps a three-letter code that ISO does not list, as written', () => {
    const reading = ours('a,A,2001,,,,,,,ASN;vnm,,');
    expect(reading.problems).toMatchObject([]);
    expect(codes(reading.chronology.events[0]!)).toEqual(['ASN', 'VNM']);
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

describe('our CSV export read back', () => {
  const fields = (event: ChronologyEvent) => ({
    id: event.id,
    title: event.title,
    start: event.start,
    end: event.end,
    precision: event.precision,
    startMs: event.startMs,
    endMs: event.endMs,
    online: event.online,
    place: event.place && { city: event.place.city, lat: event.place.lat, lon: event.place.lon },
    country: event.country?.code,
    participants: codes(event),
    series: event.series.key,
    sources: event.sources.map((source) => source.url ?? source.title),
  });

  // JavaScript writes a number below 1e-6 in exponent notation ("1e-7"): the export of a place
  // that close to the equator or the meridian must read back with its place.
  it('reads back coordinates it wrote in exponent notation', () => {
    const first = readImport(
      JSON.stringify({
        events: [
          {
            start_date: { year: 2001 },
            text: { headline: 'Near Null Island' },
            location: { name: 'Buoy', lat: 1e-7, lon: 0 },
          },
        ],
      }),
    );
    expect(first.chronology.events[0]!.place).toMatchObject({ lat: 1e-7, lon: 0 });
    const again = readImport(eventsToCsv(first.chronology.events));
    expect(again.problems).toMatchObject([]);
    expect(again.chronology.events[0]!.place).toMatchObject({ lat: 1e-7, lon: 0 });
  });

  it('gives back titles and BCE dates that the export wrote as text', () => {
    const first = readImport(
      JSON.stringify({
        events: [
          { start_date: { year: -44, month: 3, day: 15 }, text: { headline: '=Ides of March' } },
          { start_date: { year: 2001 }, text: { headline: '@ the summit' } },
        ],
      }),
    );
    const csv = eventsToCsv(first.chronology.events);
    expect(csv).toContain("'=Ides of March");
    const again = readImport(csv);
    expect(again.problems).toMatchObject([]);
    expect(again.chronology.events.map(fields)).toEqual(first.chronology.events.map(fields));
  });

  it.each(['timelinejs.json', 'timelinejs-sheet.csv', 'chronology.csv'])(
    'gives back the same events for %s',
    (name) => {
      const first = readImportBytes(fixture(name));
      const csv = eventsToCsv(first.chronology.events);
      const again = readImport(csv);
      expect(again.format).toBe('chronology-csv');
      expect(again.problems).toMatchObject([]);
      expect(again.chronology.events.map(fields)).toEqual(first.chronology.events.map(fields));
    },
  );
});
