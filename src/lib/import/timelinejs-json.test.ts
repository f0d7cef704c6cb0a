import { describe, expect, it } from 'vitest';
import { plainText, readTimelineJs } from './timelinejs-json.ts';

const event = (extra: Record<string, unknown>) => ({
  start_date: { year: 2010, month: 5, day: 6 },
  text: { headline: 'A', text: '<p>B</p>' },
  ...extra,
});

describe('readTimelineJs', () => {
  it('reads dates with the precision they are given, groups as lanes and places by name', () => {
    const { chronology } = readTimelineJs({
      events: [
        event({ unique_id: 'a', group: 'G', location: { name: 'Hanoi', lat: 21, lon: 105.8 } }),
        event({
          unique_id: 'b',
          start_date: { year: 2011, month: 2 },
          location: { name: 'Hanoi', lat: 21.01, lon: 105.81 },
        }),
        event({ unique_id: 'c', start_date: { year: 2012 } }),
      ],
    });
    expect(chronology.events.map((e) => [e.id, e.precision, e.dateLabel])).toEqual([
      ['a', 'day', '6 May 2010'],
      ['b', 'month', 'February 2011'],
      ['c', 'year', '2012'],
    ]);
    expect(chronology.places).toHaveLength(1);
    expect(chronology.series.map((s) => s.label)).toEqual(['G', 'Events']);
  });

  it('gives repeated or missing ids their row number, so every event stays reachable', () => {
    const { chronology } = readTimelineJs({
      events: [event({ unique_id: 'x' }), event({ unique_id: 'x' }), event({})],
    });
    expect(new Set(chronology.events.map((e) => e.id)).size).toBe(3);
  });

  it('skips events whose date does not exist and keeps years before 100', () => {
    const { chronology, skipped } = readTimelineJs({
      events: [
        event({ start_date: { year: 2023, month: 2, day: 30 } }),
        event({ start_date: { year: 79 } }),
      ],
    });
    expect(skipped).toBe(1);
    expect(new Date(chronology.events[0]!.startMs).getUTCFullYear()).toBe(79);
  });

  it('keeps text as text', () => {
    expect(plainText('<p>Hello <b>world</b> &amp; <script>x</script></p>')).toBe('Hello world & x');
  });
});
