/**
 * The map's picture: the regional basemap's countries as SVG paths in Web Mercator, simplified to
 * what a map panel shows (about a pixel at the largest it is drawn) and written as whole numbers
 * of a square `WORLD` units wide. The app draws it at once, shaded by CSS colours from the theme,
 * and loads MapLibre only when the reader reaches for the map (src/lib/map/MapPicture.svelte).
 */
import type { Feature, Geometry, Position } from 'geojson';
import { mercator } from '../src/lib/map/mercator.ts';
import type { MapPicture, PictureCountry } from '../src/lib/map/picture-data.ts';
import { simplifyRing } from './simplify-ring.ts';

/** The square's width: at 22.8 units a degree, a unit is a pixel on the widest map panel. */
export const WORLD = 8192;
/** points nearer than this (in units) to the line through their neighbours are left out */
const TOLERANCE = 0.7;
/** an island smaller than this many square units (a few pixels) is left out */
const MIN_AREA = 3;

function area(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    sum += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  return Math.abs(sum / 2);
}

/** A ring in units of the square, simplified and rounded, or undefined when too small to see. */
function pictureRing(ring: readonly Position[]): Position[] | undefined {
  const projected = ring.map(([lon, lat]) => mercator(lon!, lat!).map((v) => v * WORLD));
  const simplified = simplifyRing(projected, TOLERANCE);
  if (!simplified) return undefined;
  const rounded = simplified
    .map(([x, y]) => [Math.round(x!), Math.round(y!)])
    .filter(([x, y], i, all) => i === 0 || x !== all[i - 1]![0] || y !== all[i - 1]![1]);
  return rounded.length >= 4 && area(rounded) >= MIN_AREA ? rounded : undefined;
}

/** `-3` needs no space before it: the sign parts it from the number before */
function joinNumbers(numbers: readonly number[]): string {
  return numbers.map((n, i) => (i === 0 || n < 0 ? String(n) : ` ${n}`)).join('');
}

/** A ring as an absolute move and relative lines, closed. */
export function ringPath(ring: readonly Position[]): string {
  const [x0, y0] = ring[0] as [number, number];
  const steps: number[] = [];
  // the last point repeats the first: `z` draws that side
  for (let i = 1; i < ring.length - 1; i++)
    steps.push(ring[i]![0]! - ring[i - 1]![0]!, ring[i]![1]! - ring[i - 1]![1]!);
  return `M${joinNumbers([x0, y0])}l${joinNumbers(steps)}z`;
}

function polygonsOf(geometry: Geometry): Position[][][] {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

export function mapPicture(
  features: readonly Feature<Geometry, { code: string; label: [number, number] }>[],
): MapPicture {
  const countries = features.flatMap(({ geometry, properties }): PictureCountry[] => {
    const polygons = polygonsOf(geometry);
    let rings = polygons.flatMap((polygon) =>
      polygon.map(pictureRing).filter((ring) => ring !== undefined),
    );
    // a country of islands too small to keep (Singapore) keeps its largest, however small
    if (rings.length === 0) {
      const outers = polygons.map((polygon) =>
        polygon[0]!.map(([lon, lat]) => mercator(lon!, lat!).map((v) => Math.round(v * WORLD))),
      );
      const largest = outers.sort((a, b) => area(b) - area(a))[0];
      if (!largest || largest.length < 4) return [];
      rings = [largest];
    }
    return [{ code: properties.code, label: properties.label, d: rings.map(ringPath).join('') }];
  });
  return { world: WORLD, countries };
}
