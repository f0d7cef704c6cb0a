/**
 * Where the map looks: our chronology's region, or, for an imported one, the box around its places
 * (whatever part of the world that is), with room around them and never less than a few degrees.
 */
import type { Place } from '../chronology/model.ts';

export type LonLatBounds = [[number, number], [number, number]];

/** The box the detailed basemap covers (scripts/compile-basemap.ts), with room to pan. */
export const BASEMAP_REGION: LonLatBounds = [
  [60, -25],
  [170, 58],
];

/** Whether the box lies wholly inside the region. */
export function isInside(box: LonLatBounds, region: LonLatBounds): boolean {
  return (
    box[0][0] >= region[0][0] &&
    box[0][1] >= region[0][1] &&
    box[1][0] <= region[1][0] &&
    box[1][1] <= region[1][1]
  );
}

export const WORLD_BOUNDS: LonLatBounds = [
  [-180, -75],
  [180, 82],
];

/** The smallest box holding every place, grown by a margin; undefined for no places. */
export function boundsOfPlaces(
  places: readonly Pick<Place, 'lat' | 'lon'>[],
): LonLatBounds | undefined {
  if (places.length === 0) return undefined;
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const place of places) {
    const lon = place.lon;
    // the map's projection cannot reach the poles
    const lat = Math.max(-80, Math.min(80, place.lat));
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  // a single city, or a few close together, still shows its surroundings
  const margin = (span: number) => Math.max(3, span * 0.15);
  const lonMargin = margin(east - west);
  const latMargin = margin(north - south);
  return [
    [Math.max(-180, west - lonMargin), Math.max(-85, south - latMargin)],
    [Math.min(180, east + lonMargin), Math.min(85, north + latMargin)],
  ];
}

/** How far the reader may pan beyond the bounds. */
export function panLimits(bounds: LonLatBounds): LonLatBounds {
  return [
    [Math.max(-180, bounds[0][0] - 25), Math.max(-85, bounds[0][1] - 15)],
    [Math.min(180, bounds[1][0] + 25), Math.min(85, bounds[1][1] + 15)],
  ];
}
