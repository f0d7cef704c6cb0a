import { describe, expect, it } from 'vitest';
import { sampleChronology } from '../../../tests/unit/sample-chronology.ts';
import { buildIndex, type TimelineIndex } from '../chronology/time-index.ts';
import type { ChronologyEvent } from '../chronology/model.ts';
import { citiesKey, cityFeatures, focusOf, rangeCounts, statesOf } from './sources.ts';
import { generatedEvents, makeEvent } from '../../../tests/unit/made-events.ts';

const chronology = sampleChronology();
const all: [number, number] = [Date.UTC(2003, 0, 1), Date.UTC(2024, 0, 1)];
const byId = (id: string) => chronology.events.find((event) => event.id === id)!;
const indexOf = (events: ChronologyEvent[]) => buildIndex(events, []);
const index = indexOf(chronology.events);
const placeCounts = (of: TimelineIndex, range: readonly [number, number]) =>
  rangeCounts(of, range).byPlace;
const stateCounts = (of: TimelineIndex, range: readonly [number, number]) =>
  rangeCounts(of, range).byState;

describe('map sources', () => {
  it('counts the events each host city held in the range', () => {
    const cities = cityFeatures(chronology.places, placeCounts(index, all));
    expect(cities.features.map((f) => [f.properties.city, f.properties.count])).toEqual([
      ['Hanoi', 1],
    ]);
    expect(cities.features[0]!.geometry.coordinates).toEqual([105.8542, 21.0285]);
  });

  it('gives cities that draw the same the same key, and another count or selection another', () => {
    const before: [number, number] = [Date.UTC(2003, 0, 1), Date.UTC(2010, 0, 1)];
    const key = (range: [number, number], selected?: ChronologyEvent) =>
      citiesKey(cityFeatures(chronology.places, placeCounts(index, range), selected));
    expect(key(all)).toBe(key([...all]));
    expect(key(before)).not.toBe(key(all));
    expect(key(all, byId('2023-12-06-pgc-13-hanoi'))).not.toBe(key(all));
  });

  it('counts nothing outside the visible range', () => {
    const before: [number, number] = [Date.UTC(2003, 0, 1), Date.UTC(2010, 0, 1)];
    expect(
      cityFeatures(chronology.places, placeCounts(index, before)).features[0]!.properties.count,
    ).toBe(0);
  });

  it('marks the city of the selected event', () => {
    const cities = cityFeatures(
      chronology.places,
      placeCounts(index, all),
      byId('2023-12-06-pgc-13-hanoi'),
    );
    expect(cities.features[0]!.properties.selected).toBe(1);
  });

  it('counts each state once per event it took part in or hosted', () => {
    expect(Object.fromEntries(stateCounts(index, all))).toEqual({
      CHN: 1,
      VNM: 1,
      BRN: 1,
    });
    expect(statesOf(byId('2023-12-06-pgc-13-hanoi'))).toEqual(new Set(['CHN', 'VNM']));
  });

  it('counts each state once per event, host and participant alike, as statesOf lists them', () => {
    const [first, second] = chronology.events.filter((event) => event.country);
    const state = (code: string) => ({ code, name: code });
    const crowded = {
      ...first!,
      country: state('VNM'),
      participants: [state('VNM'), state('CHN'), state('CHN'), state('LAO')],
    };
    const events = [crowded, { ...second!, participants: [] }];
    const expected = new Map<string, number>();
    for (const event of events) {
      for (const code of statesOf(event)) expected.set(code, (expected.get(code) ?? 0) + 1);
    }
    expect(stateCounts(indexOf(events), all)).toEqual(expected);
    expect(stateCounts(indexOf(events), all).get('CHN')).toBe(1);
  });

  it('counts, in any range, the events a plain scan finds there', () => {
    const places = ['hanoi', 'bangkok', 'online'];
    // one event runs for three years: a window inside it must still count it
    const long = makeEvent('long', '2009-01-01', { end: '2011-12-31' });
    const events = [...generatedEvents(3000), long].map((event, i) => ({
      ...event,
      place:
        places[i % 3] === 'online' ? undefined : { ...chronology.places[0]!, key: places[i % 3]! },
    }));
    const many = indexOf(events);
    for (const range of [all, [Date.UTC(2010, 3, 5), Date.UTC(2010, 3, 6)], [0, 1]] as const) {
      const scanned = new Map<string, number>();
      for (const event of events) {
        if (event.place && event.endMs > range[0] && event.startMs < range[1]) {
          scanned.set(event.place.key, (scanned.get(event.place.key) ?? 0) + 1);
        }
      }
      expect(placeCounts(many, range)).toEqual(scanned);
    }
  });

  it('gives online events and events without a known city no place to fly to', () => {
    expect(focusOf(byId('2021-04-arf-webinar'))).toBeUndefined();
    expect(focusOf(byId('2008-aseanapol-brunei'))).toBeUndefined();
    expect(focusOf(byId('2023-12-06-pgc-13-hanoi'))).toEqual({ lon: 105.8542, lat: 21.0285 });
  });
});
