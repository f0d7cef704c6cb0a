/**
 * The map's data, derived from the chronology: host cities with how many events each hosted in the
 * visible time range, and how many events each state took part in. Online events have no place and
 * are left out of the city counts.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { ChronologyEvent, Place } from '../dataset/model.ts';

export interface CityProperties {
  key: string;
  city: string;
  count: number;
  /** 1 when the selected event was held here */
  selected: number;
}

export type CityCollection = FeatureCollection<Point, CityProperties>;

function overlaps(event: ChronologyEvent, range: readonly [number, number]): boolean {
  return event.endMs > range[0] && event.startMs < range[1];
}

/** Every place that hosted an event, counted over the events in range; places with none keep 0. */
export function cityFeatures(
  places: readonly Place[],
  events: readonly ChronologyEvent[],
  range: readonly [number, number],
  selected?: ChronologyEvent,
): CityCollection {
  const counts = new Map<string, number>();
  for (const event of events) {
    if (event.place && overlaps(event, range)) {
      counts.set(event.place.key, (counts.get(event.place.key) ?? 0) + 1);
    }
  }
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

/** How many of the events in range each state took part in or hosted, by alpha-3 code. */
export function stateCounts(
  events: readonly ChronologyEvent[],
  range: readonly [number, number],
): Map<string, number> {
  const counts = new Map<string, number>();
  const count = (code: string) => counts.set(code, (counts.get(code) ?? 0) + 1);
  for (const event of events) {
    if (!overlaps(event, range)) continue;
    // statesOf() without its Set: 100,000 events would leave 100,000 Sets to collect
    const host = event.country?.code;
    if (host !== undefined) count(host);
    const { participants } = event;
    for (let i = 0; i < participants.length; i++) {
      const code = participants[i]!.code;
      if (code !== host && !listedBefore(participants, i, code)) count(code);
    }
  }
  return counts;
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
