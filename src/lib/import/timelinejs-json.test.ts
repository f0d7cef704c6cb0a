import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImport, readImportBytes } from './read-import.ts';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(join(import.meta.dirname, '../../../tests/fixtures/import', name)));

/** UTC ms of a moment in any year, BCE included (Date.UTC would move years 0–99 to 1900–1999). */
function utc(year: number, month = 1, day = 1, hour = 0, minute = 0, second = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

type Slide = Record<string, unknown>;
const slide = (year: number, headline: string, more: Slide = {}): Slide => ({
  start_date: { year },
  text: { headline },
  ...more,
});
const read = (json: unknown) => readImport(JSON.stringify(json));
const eventsOf = (...events: Slide[]) => read({ events }).chronology.events;

describe('the TimelineJS fixture', () => {
  const reading = readImportBytes(fixture('timelinejs.json'));
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

describe('TimelineJS slides', () => {
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

  it('shares one place between slides that name it, at its first coordinates', () => {
    const { chronology } = read({
      events: [
        slide(1, 'a', { location: { name: 'Rome', lat: 41.89, lon: 12.49 } }),
        slide(2, 'b', { location: { name: 'Rome', lat: '41.9', lon: '12.5' } }),
        slide(3, 'c', { location: { name: 'Ostia', lat: 41.73, lon: 12.28 } }),
      ],
    });
    const [a, b, c] = chronology.events;
    expect(a!.place).toBe(b!.place);
    expect(a!.place).toMatchObject({ city: 'Rome', lat: 41.89, lon: 12.49 });
    expect(c!.place).not.toBe(a!.place);
    expect(chronology.places).toHaveLength(2);
  });

  it('places a slide that names a place before any slide gives its coordinates', () => {
    const { chronology } = read({
      events: [
        slide(1, 'first', { location: { name: 'Rome' } }),
        slide(2, 'later', { location: { name: 'Rome', lat: 41.89, lon: 12.49 } }),
        slide(3, 'nowhere', { location: { name: 'Atlantis' } }),
      ],
    });
    const [first, later, nowhere] = chronology.events;
    expect(first!.place).toBe(later!.place);
    expect(first!.place).toMatchObject({ city: 'Rome', lat: 41.89 });
    // a name never given coordinates stays off the map, and makes no place
    expect(nowhere!.place).toBeUndefined();
    expect(chronology.places).toHaveLength(1);
  });

  it('reports coordinates out of range and keeps the slide off the map', () => {
    const reading = read({
      events: [
        slide(1, 'a', { location: { name: 'East', lat: 10, lon: 181 } }),
        slide(2, 'b', { location: { name: 'Half', lat: 10 } }),
        slide(3, 'c', { location: { name: 'South', lat: -90, lon: -180 } }),
      ],
    });
    expect(reading.chronology.events.map((e) => e.place?.city)).toEqual([
      undefined,
      undefined,
      'South',
    ]);
    expect(reading.problems).toMatchObject([
      {
        row: 1,
        record: 'event 1',
        column: 'events.location.lon',
        message: '“181” is not a longitude (−180 to 180)',
        outcome: 'kept',
      },
      {
        row: 2,
        record: 'event 2',
        column: 'events.location.lon',
        message: 'the longitude is missing (the latitude is given)',
        outcome: 'kept',
      },
    ]);
  });

  it('links media, takes the address out of embed code, and leaves out anything not on the web', () => {
    const reading = read({
      events: [
        slide(1, 'video', {
          media: { url: '<iframe src="https://www.youtube.com/embed/abc" width=5></iframe>' },
        }),
        slide(2, 'script', { media: { url: 'javascript:alert(1)', caption: 'x' } }),
        slide(3, 'data', { media: { url: 'data:image/png;base64,AAAA' } }),
        slide(4, 'embedded script', { media: { url: '<iframe src="javascript:alert(1)">' } }),
        slide(5, 'caption markup', {
          media: { url: 'HTTPS://example.org/a.jpg', caption: '<b>Bold</b> caption' },
        }),
      ],
    });
    expect(reading.chronology.events.map((e) => [e.title, e.media])).toEqual([
      ['video', { url: 'https://www.youtube.com/embed/abc' }],
      ['script', undefined],
      ['data', undefined],
      ['embedded script', undefined],
      ['caption markup', { url: 'HTTPS://example.org/a.jpg', caption: 'Bold caption' }],
    ]);
    expect(reading.problems.map((p) => [p.row, p.column, p.outcome, p.message])).toEqual([
      [
        2,
        'events.media.url',
        'kept',
        '“javascript:alert(1)” is not a web address (http or https); left out',
      ],
      [
        3,
        'events.media.url',
        'kept',
        '“data:image/png;base64,AAAA” is not a web address (http or https); left out',
      ],
      [
        4,
        'events.media.url',
        'kept',
        '“<iframe src="javascript:alert(1)">” is not a web address (http or https); left out',
      ],
    ]);
  });

  it('keeps unique_id as the id, made link-safe and unique', () => {
    const ids = eventsOf(
      slide(1, 'a', { unique_id: 'piraeus' }),
      slide(2, 'b', { unique_id: 'piraeus' }),
      slide(3, 'c', { unique_id: 'a b/c?d' }),
      slide(4, 'd', { unique_id: '__é' }),
      slide(5, 'e', { unique_id: 'row-6' }),
      slide(6, 'f'),
      slide(7, 'g', { unique_id: 42 }),
    ).map((event) => event.id);
    expect(ids).toEqual([
      'piraeus',
      'piraeus-row-2',
      'a-b-c-d',
      'row-4',
      'row-6',
      'row-6-row-6',
      '42',
    ]);
  });

  it('cuts very long ids to what a link can carry', () => {
    const [event] = eventsOf(slide(1, 'a', { unique_id: 'x'.repeat(500) }));
    expect(event!.id).toBe('x'.repeat(100));
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

  it('takes the text’s first sentence as the title of a slide without a headline', () => {
    const reading = read({
      events: [
        { start_date: { year: 1 }, text: { text: '<p>First words here! More after.</p>' } },
        { start_date: { year: 2 } },
        {
          start_date: { year: 3 },
          text: {
            headline: '<b></b>',
            text: 'A very long first sentence that goes on and on and on.',
          },
        },
      ],
    });
    expect(reading.chronology.events.map((e) => e.title)).toEqual([
      'First words here!',
      'Untitled event',
      'A very long first sentence that goes on …',
    ]);
    expect(reading.problems.map((p) => [p.row, p.column, p.outcome])).toEqual([
      [1, 'events.text.headline', 'kept'],
      [2, 'events.text.headline', 'kept'],
      [3, 'events.text.headline', 'kept'],
    ]);
  });

  it('removes markup from headlines', () => {
    const [event] = eventsOf(slide(1, '<em>Rome</em> &amp; <script>alert(1)</script>Ostia'));
    expect(event!.title).toBe('Rome & Ostia');
  });

  it('reports bad eras by their number, and keeps the good ones', () => {
    const reading = read({
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
    const reading = read({
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
    const reading = read({
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
    const reading = read({ title: { text: { headline: 'Just a title', text: '<p>Intro</p>' } } });
    expect(reading.format).toBe('timelinejs-json');
    expect(reading.chronology.title).toBe('Just a title');
    expect(reading.chronology.introductionHtml).toBe('<p>Intro</p>');
    expect(reading.chronology.events).toEqual([]);
  });
});
