/**
 * The names on the map, as data: a city's name beside its circle (a button: it is how a keyboard
 * user filters by the city) and a state's name over its shape. HTML, not map symbols, so the map
 * needs no glyph server; `placeLabels` decides which fit.
 */
import type { State } from '../chronology/model.ts';
import type { Translate } from '../i18n/translate.ts';
import type { CityCollection } from './sources.ts';

export interface MapLabel {
  key: string;
  kind: 'city' | 'country';
  text: string;
  lngLat: [number, number];
  /** a collision goes to the busier city; country names (-1) give way to every city */
  count: number;
  /** what a screen reader hears for a city's button */
  description?: string;
}

export function cityLabels(cities: CityCollection, t: Translate): MapLabel[] {
  return cities.features.map(({ properties: { key, city, count }, geometry }) => ({
    key,
    kind: 'city',
    text: city,
    lngLat: geometry.coordinates as [number, number],
    count,
    description: t('map.cityLabel', { city, count }),
  }));
}

/** One name for each of the chronology's states that the basemap has a shape (and label point) for. */
export function countryLabels(
  states: readonly State[],
  shapes: readonly { properties?: { code?: unknown; label?: unknown } | null }[],
): MapLabel[] {
  const byCode = new Map(states.map((state) => [state.code, state]));
  const labels: MapLabel[] = [];
  for (const shape of shapes) {
    const state = byCode.get(shape.properties?.code as string);
    const point = shape.properties?.label;
    if (!state || !Array.isArray(point)) continue;
    // one name for a state drawn as several shapes
    byCode.delete(state.code);
    labels.push({
      key: state.code,
      kind: 'country',
      text: state.name,
      lngLat: point as [number, number],
      count: -1,
    });
  }
  return labels;
}
