/**
 * The map's style, built here rather than fetched: our own country shapes, no tiles, no glyphs
 * (labels are HTML), so the map asks no other host for anything.
 */
import type {
  DataDrivenPropertyValueSpecification,
  Map as MapLibreMap,
  StyleSpecification,
} from 'maplibre-gl';
import type { Theme } from '../theme.ts';

/** East and South-East Asia, as first shown: [[west, south], [east, north]] */
export const REGION_BOUNDS: [[number, number], [number, number]] = [
  [92, -11],
  [142, 42],
];

/** Fill by the share of the busiest state's count (feature-state `shade`, 0–1; 0 = none). */
export function countFill(theme: Theme): DataDrivenPropertyValueSpecification<string> {
  return [
    'case',
    ['>', ['coalesce', ['feature-state', 'shade'], 0], 0],
    [
      'interpolate',
      ['linear'],
      ['feature-state', 'shade'],
      0,
      theme.mapCountLow,
      1,
      theme.mapCountHigh,
    ],
    theme.mapLand,
  ];
}

/** Fill for the states that took part in the selected event (`shade` 1). */
export function participantFill(theme: Theme): DataDrivenPropertyValueSpecification<string> {
  return [
    'case',
    ['==', ['coalesce', ['feature-state', 'shade'], 0], 1],
    theme.mapParticipant,
    theme.mapLand,
  ];
}

/** A paint property that takes its value from the theme: [layer, property, value]. */
export type ThemedPaint = [
  layer: string,
  property: Parameters<MapLibreMap['setPaintProperty']>[1],
  value: Parameters<MapLibreMap['setPaintProperty']>[2],
];

/**
 * The paint properties of the sea, borders and cities that come from the theme (the states' fill
 * is countFill or participantFill), so another scheme restyles the map in place.
 */
export function themedPaint(theme: Theme): ThemedPaint[] {
  return [
    ['sea', 'background-color', theme.mapSea],
    ['borders', 'line-color', theme.mapBorder],
    ['cities', 'circle-color', ['case', ['>', ['get', 'count'], 0], theme.mapCity, theme.mapHalo]],
    [
      'cities',
      'circle-stroke-color',
      ['case', ['==', ['get', 'selected'], 1], theme.ink, theme.mapHalo],
    ],
  ];
}

export function mapStyle(basemapUrl: string, theme: Theme): StyleSpecification {
  const paint = (layer: string, property: string) =>
    themedPaint(theme).find(([l, p]) => l === layer && p === property)![2] as never;
  return {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: basemapUrl, promoteId: 'code' },
      cities: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    },
    layers: [
      {
        id: 'sea',
        type: 'background',
        paint: { 'background-color': paint('sea', 'background-color') },
      },
      {
        id: 'countries',
        type: 'fill',
        source: 'countries',
        paint: { 'fill-color': countFill(theme), 'fill-opacity': 1 },
      },
      {
        id: 'borders',
        type: 'line',
        source: 'countries',
        paint: { 'line-color': paint('borders', 'line-color'), 'line-width': 0.6 },
      },
      {
        id: 'cities',
        type: 'circle',
        source: 'cities',
        paint: {
          // area follows the count: radius grows with its square root
          'circle-radius': ['+', 3, ['*', 2.2, ['sqrt', ['get', 'count']]]],
          'circle-color': paint('cities', 'circle-color'),
          'circle-opacity': 0.85,
          'circle-stroke-color': paint('cities', 'circle-stroke-color'),
          'circle-stroke-width': ['case', ['==', ['get', 'selected'], 1], 3, 1.5],
        },
      },
    ],
  };
}

/**
 * Turns counts per state into shades from 0 (none) through 0.15 (the least active state that took
 * part at all) to 1 (the busiest), so that differences between active states stay visible.
 */
export function shadeScale(counts: ReadonlyMap<string, number>): (count: number) => number {
  const active = [...counts.values()].filter((count) => count > 0);
  if (active.length === 0) return () => 0;
  const least = Math.min(...active);
  const most = Math.max(...active);
  return (count) =>
    count <= 0 ? 0 : most === least ? 1 : 0.15 + (0.85 * (count - least)) / (most - least);
}

/**
 * Each state's shade: 1 for the selected event's participants and 0 for the others, or, with no
 * event selected, how often it took part in the visible range (see `shadeScale`).
 */
export function stateShades(
  codes: readonly string[],
  participants: ReadonlySet<string> | undefined,
  perState: ReadonlyMap<string, number>,
): [code: string, shade: number][] {
  const scale = shadeScale(perState);
  return codes.map((code) => [
    code,
    participants ? Number(participants.has(code)) : scale(perState.get(code) ?? 0),
  ]);
}
