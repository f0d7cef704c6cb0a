import { describe, expect, it } from 'vitest';
import { readImport, readImportBytes } from './read-import.ts';
import { eventsToCsv } from '../chronology/csv.ts';
import { SERIES_PALETTE } from '../theme.ts';
import type { ChronologyEvent } from '../chronology/model.ts';
import { importFixture, participantCodes } from '../../../tests/unit/import-files.ts';

describe('the chronology CSV fixture', () => {
  const reading = readImportBytes(importFixture('chronology.csv'));
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
    expect(participantCodes(event('first-meeting'))).toEqual(['THA', 'CHN']);
    expect(participantCodes(event('online-call'))).toEqual(['CHN', 'VNM']);
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
    participants: participantCodes(event),
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
      const first = readImportBytes(importFixture(name));
      const csv = eventsToCsv(first.chronology.events);
      const again = readImport(csv);
      expect(again.format).toBe('chronology-csv');
      expect(again.problems).toMatchObject([]);
      expect(again.chronology.events.map(fields)).toEqual(first.chronology.events.map(fields));
    },
  );
});
