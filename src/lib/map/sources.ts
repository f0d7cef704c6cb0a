/**
 * The map's data, derived from the chronology: host cities with how many events each hosted in the
 * visible time range, and how many events each state took part in. Online events have no place and
 * are left out of the city counts.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { ChronologyEvent, Place } from '../chronology/model.ts';
import { forEachInWindow, type TimelineIndex } from '../chronology/time-index.ts';

export interface CityProperties {
  key: string;
  city: string;
  count: number;
  /** 1 when the selected event was held here */
  selected: number;
}

export type CityCollection = FeatureCollection<Point, CityProperties>;

/** What the map counts over the events in the visible range. */
export interface RangeCounts {
  /** events each place hosted, by place key */
  byPlace: Map<string, number>;
  /** events each state took part in or hosted, by alpha-3 code */
  byState: Map<string, number>;
}

/** Both counts in one walk through the index's events that overlap the range. */
export function rangeCounts(index: TimelineIndex, range: readonly [number, number]): RangeCounts {
  const byPlace = new Map<string, number>();
  const byState = new Map<string, number>();
  const count = (counts: Map<string, number>, key: string) =>
    counts.set(key, (counts.get(key) ?? 0) + 1);
  forEachInWindow(index, range[0], range[1], (event) => {
    if (event.place) count(byPlace, event.place.key);
    // statesOf() without its Set: 100,000 events would leave 100,000 Sets to collect
    const host = event.country?.code;
    if (host !== undefined) count(byState, host);
    const { participants } = event;
    for (let i = 0; i < participants.length; i++) {
      const code = participants[i]!.code;
      if (code !== host && !listedBefore(participants, i, code)) count(byState, code);
    }
  });
  return { byPlace, byState };
}

/**
 * Every place as a feature with its count; places with none keep 0. Apart from the counting, so a
 * new selection does not count 100,000 events again.
 */
export function cityFeatures(
  places: readonly Place[],
  counts: ReadonlyMap<string, number>,
  selected?: ChronologyEvent,
): CityCollection {
  const features = places.map((place): Feature<Point, CityProperties> => ({
    type: 'Feature',
    id: place.key,
    geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
    properties: {
      key: place.key,
      city: place.city,
      count: counts.get(place.key) ?? 0,
      selected: selected?.place?.key === place.key ? 1 : 0,
    },
  }));
  return { type: 'FeatureCollection', features };
}

/** What the map draws of the cities, as text: equal for two collections that look the same. */
export function citiesKey(cities: CityCollection): string {
  return cities.features
    .map(({ properties: city }) => `${city.key} ${city.count} ${city.selected}`)
    .join('\n');
}

function listedBefore(states: readonly { code: string }[], at: number, code: string): boolean {
  for (let i = 0; i < at; i++) if (states[i]!.code === code) return true;
  return false;
}

/** The states an event involved: its participants and its host country, each once. */
export function statesOf(event: ChronologyEvent): Set<string> {
  const codes = new Set(event.participants.map((state) => state.code));
  if (event.country) codes.add(event.country.code);
  return codes;
}

/** Where the map should go for an event: its host city, or nothing for online or unplaced ones. */
export function focusOf(event: ChronologyEvent): { lon: number; lat: number } | undefined {
  if (event.online || !event.place) return undefined;
  return { lon: event.place.lon, lat: event.place.lat };
}
