/** What a TimelineJS slide shows besides its date: its place, media, id and headline. */
import { describe, expect, it } from 'vitest';
import { slide, readTimelineJs, eventsOf } from '../../../tests/unit/import-files.ts';

describe('TimelineJS slides', () => {
  it('shares one place between slides that name it, at its first coordinates', () => {
    const { chronology } = readTimelineJs({
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
    const { chronology } = readTimelineJs({
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
    const reading = readTimelineJs({
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
    const reading = readTimelineJs({
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

  it('takes the text’s first sentence as the title of a slide without a headline', () => {
    const reading = readTimelineJs({
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
});
