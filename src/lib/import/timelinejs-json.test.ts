import { describe, expect, it } from 'vitest';
import { readImportBytes } from './read-import.ts';
import { utc } from '../../../tests/unit/utc.ts';
import { importFixture } from '../../../tests/unit/import-files.ts';

describe('the TimelineJS fixture', () => {
  const reading = readImportBytes(importFixture('timelinejs.json'));
  const { chronology, problems } = reading;
  const event = (id: string) => chronology.events.find((candidate) => candidate.id === id)!;

  it('shows every good slide, in time order', () => {
    expect(reading.format).toBe('timelinejs-json');
    expect(chronology.events.map((e) => e.title)).toEqual([
      'Piraeus fortified',
      'Caesar killed in Rome',
      'Portus built at Ostia',
      'A letter about the eruption',
      'Only a text, no headline.',
      'Far north',
    ]);
  });

  it('takes the title slide as the chronology’s title and introduction', () => {
    expect(chronology.title).toBe('Ancient Mediterranean ports');
    expect(chronology.introductionHtml).toBe(
      '<p>A test chronology of harbours, written for the import tests. <a href="https://example.org/about">About it</a>.</p>',
    );
  });

  it('reads eras with their spans: an end year lasts to its end', () => {
    expect(chronology.eras).toEqual([
      {
        label: 'Archaic period',
        startMs: utc(-800),
        endMs: utc(-479),
        dateLabel: expect.any(String),
      },
      {
        label: 'Classical period',
        startMs: utc(-480),
        endMs: utc(-322),
        dateLabel: expect.any(String),
      },
    ]);
  });

  it('places a BCE year where a Date with that (negative) full year is', () => {
    expect(event('piraeus')).toMatchObject({
      start: '-0493',
      precision: 'year',
      startMs: utc(-493),
      endMs: utc(-492),
    });
  });

  it('keeps the time of day and shows display_date as the date', () => {
    const ides = event('ides');
    expect(ides.startMs).toBe(utc(-44, 3, 15, 11, 30));
    expect(ides.endMs).toBe(utc(-44, 3, 15, 11, 31));
    expect(ides.start).toBe('-0044-03-15T11:30');
    expect(ides.precision).toBe('day');
    expect(ides.dateLabel).toBe('The Ides of March, 44 BCE');
  });

  it('reads an end date, inclusive of its whole year', () => {
    expect(event('ostia')).toMatchObject({
      start: '0042',
      end: '0064',
      startMs: utc(42),
      endMs: utc(65),
    });
  });

  it('turns groups into series, and slides without one into “Events”', () => {
    expect(event('piraeus').series.key).toBe('Harbours');
    expect(event('ostia').series).toBe(event('piraeus').series);
    expect(event('ides').series.label).toBe('Politics');
    expect(event('row-9').series.key).toBe('Events');
    expect(chronology.series.map((series) => series.key)).toEqual([
      'Harbours',
      'Politics',
      'Events',
    ]);
  });

  it('puts located slides on the map and leaves the rest off it', () => {
    expect(event('piraeus').place).toMatchObject({ city: 'Piraeus', lat: 37.94, lon: 23.65 });
    expect(event('ides').place).toMatchObject({ city: 'Rome', lat: 41.89, lon: 12.49 });
    expect(event('no-place').place).toBeUndefined();
    expect(chronology.places.map((place) => place.city)).toEqual(['Piraeus', 'Rome', 'Ostia']);
  });

  it('links media with its caption and credit', () => {
    expect(event('piraeus').media).toEqual({
      url: 'https://example.org/piraeus.jpg',
      caption: 'The harbour today',
      credit: 'Example Archive',
    });
    expect(event('ides').media).toBeUndefined();
  });

  it('keeps the HTML text for display and a plain summary for search', () => {
    expect(event('piraeus').summaryHtml).toBe(
      '<p>Themistocles begins the <strong>walls</strong>.</p>',
    );
    expect(event('piraeus').summary).toMatch(/^Themistocles begins the walls\s?\.$/);
    expect(event('ostia').summary).toBe("Claudius's harbour.");
    expect(event('ostia').summaryHtml).toBeUndefined();
  });

  it('reports each bad slide by its number and field, and whether it is still shown', () => {
    expect(problems).toMatchObject([
      {
        row: 5,
        record: 'event 5',
        column: 'events.start_date.year',
        message: '“abc” is not a year',
        outcome: 'skipped',
      },
      {
        row: 6,
        record: 'event 6',
        column: 'events.start_date.month',
        message: '“13” is not a month (1–12)',
        outcome: 'skipped',
      },
      {
        row: 7,
        record: 'event 7',
        column: 'events.end_date.year',
        message: 'the end (90) is before the start (100)',
        outcome: 'skipped',
      },
      {
        row: 8,
        record: 'event 8',
        column: 'events.text.headline',
        message: 'the headline is missing; shown as “Only a text, no headline.”',
        outcome: 'kept',
      },
      {
        row: 9,
        record: 'event 9',
        column: 'events.location.lat',
        message: '“95” is not a latitude (−90 to 90)',
        outcome: 'kept',
      },
      {
        row: 10,
        record: 'event 10',
        column: 'events.start_date.year',
        message: 'there is no start date',
        outcome: 'skipped',
      },
    ]);
    // the kept ones are shown, without what was wrong
    expect(event('row-9').place).toBeUndefined();
    expect(event('row-8').summary).toBe('Only a text, no headline. Second sentence.');
    const shown = chronology.events.map((e) => e.title);
    for (const skipped of ['Bad year', 'Bad month', 'Ends before it starts', 'No date at all']) {
      expect(shown).not.toContain(skipped);
    }
  });

  // "<strong>walls</strong>." is "walls." in the list, search and exports, not "walls ."

  it('writes the summary without a gap where inline markup was', () => {
    expect(event('piraeus').summary).toBe('Themistocles begins the walls.');
  });
});
