/**
 * The map's style, built here rather than fetched: our own country shapes, no tiles, no glyphs
 * (labels are HTML), so the map asks no other host for anything.
 */
import type { DataDrivenPropertyValueSpecification, StyleSpecification } from 'maplibre-gl';

/** East and South-East Asia, as first shown: [[west, south], [east, north]] */
export const REGION_BOUNDS: [[number, number], [number, number]] = [
  [92, -11],
  [142, 42],
];

export const SEA = '#dce8ee';
export const LAND = '#f4f2ec';
export const BORDER = '#9aa3ab';
export const CITY = '#0b4f6c';
export const PARTICIPANT = '#d9822b';
export const COUNT_LOW = '#d7e6ee';
export const COUNT_HIGH = '#2a6f8f';

/** Fill by the share of the busiest state's count (feature-state `shade`, 0–1; 0 = none). */
export const COUNT_FILL: DataDrivenPropertyValueSpecification<string> = [
  'case',
  ['>', ['coalesce', ['feature-state', 'shade'], 0], 0],
  ['interpolate', ['linear'], ['feature-state', 'shade'], 0, COUNT_LOW, 1, COUNT_HIGH],
  LAND,
];

/** Fill for the states that took part in the selected event (`shade` 1). */
export const PARTICIPANT_FILL: DataDrivenPropertyValueSpecification<string> = [
  'case',
  ['==', ['coalesce', ['feature-state', 'shade'], 0], 1],
  PARTICIPANT,
  LAND,
];

export function mapStyle(basemapUrl: string): StyleSpecification {
  return {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: basemapUrl, promoteId: 'code' },
      cities: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': SEA } },
      {
        id: 'countries',
        type: 'fill',
        source: 'countries',
        paint: { 'fill-color': COUNT_FILL, 'fill-opacity': 1 },
      },
      {
        id: 'borders',
        type: 'line',
        source: 'countries',
        paint: { 'line-color': BORDER, 'line-width': 0.6 },
      },
      {
        id: 'cities',
        type: 'circle',
        source: 'cities',
        paint: {
          // area follows the count: radius grows with its square root
          'circle-radius': ['+', 3, ['*', 2.2, ['sqrt', ['get', 'count']]]],
          'circle-color': ['case', ['>', ['get', 'count'], 0], CITY, '#ffffff'],
          'circle-opacity': 0.85,
          'circle-stroke-color': ['case', ['==', ['get', 'selected'], 1], '#1b1f24', CITY],
          'circle-stroke-width': ['case', ['==', ['get', 'selected'], 1], 3, 1],
        },
      },
    ],
  };
}

/** Turns counts per state into shades from 0 (none) to 1 (the busiest state). */
export function shadeScale(counts: ReadonlyMap<string, number>): (count: number) => number {
  const most = Math.max(0, ...counts.values());
  return (count) => (most === 0 || count <= 0 ? 0 : Math.max(0.08, count / most));
}
