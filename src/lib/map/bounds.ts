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

/**
 * The land the detailed basemap holds: its region with a margin, so that the edge it is cut along
 * lies beyond where the map may be panned (`panLimits` keeps inside it).
 */
export const BASEMAP_EXTENT: LonLatBounds = [
  [58, -27],
  [172, 60],
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

/** Whether a box goes east across the antimeridian: its east edge is then beyond 180°. */
export function crossesAntimeridian(box: LonLatBounds): boolean {
  return box[1][0] > 180;
}

/**
 * The shortest stretch of longitudes holding them all, as [west, east]: the way round the globe
 * that leaves out the widest empty gap. San Francisco and Sydney are 86° apart across the Pacific
 * and 274° apart across Africa, so their stretch runs from Sydney (151°) east to 238° (that is,
 * −122°). East is beyond 180 only when the stretch crosses the antimeridian, as MapLibre's
 * fitBounds expects (LngLatBounds.adjustAntiMeridian).
 */
function shortestStretch(longitudes: readonly number[]): [number, number] {
  const sorted = [...longitudes].sort((a, b) => a - b);
  const first = sorted[0]!;
  const last = sorted.at(-1)!;
  // the gap across the antimeridian, left out by a box that does not cross it
  let widest = first + 360 - last;
  let stretch: [number, number] = [first, last];
  for (let i = 1; i < sorted.length; i++) {
    const gap = sorted[i]! - sorted[i - 1]!;
    if (gap > widest) {
      widest = gap;
      stretch = [sorted[i]!, sorted[i - 1]! + 360];
    }
  }
  return stretch;
}

/** The smallest box holding every place, grown by a margin; undefined for no places. */
export function boundsOfPlaces(
  places: readonly Pick<Place, 'lat' | 'lon'>[],
): LonLatBounds | undefined {
  if (places.length === 0) return undefined;
  let south = Infinity;
  let north = -Infinity;
  for (const place of places) {
    // the map's projection cannot reach the poles
    const lat = Math.max(-80, Math.min(80, place.lat));
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  const [west, east] = shortestStretch(places.map((place) => place.lon));
  // a single city, or a few close together, still shows its surroundings
  const margin = (span: number) => Math.max(3, span * 0.15);
  const lonMargin = margin(east - west);
  const latMargin = margin(north - south);
  const crossing = east > 180;
  return [
    [Math.max(-180, west - lonMargin), Math.max(-85, south - latMargin)],
    [
      crossing ? Math.min(west + 360, east + lonMargin) : Math.min(180, east + lonMargin),
      Math.min(85, north + latMargin),
    ],
  ];
}

/**
 * The longitude of a place's copy nearest the map's centre: where MapLibre draws a marker when
 * the map shows the world more than once (across the antimeridian), and where its label goes.
 */
export function nearestCopy(lon: number, centerLon: number): number {
  return lon + 360 * Math.round((centerLon - lon) / 360);
}

/**
 * How far the reader may pan beyond the bounds: never out of `within` (the land the shapes hold),
 * when given.
 */
export function panLimits(bounds: LonLatBounds, within?: LonLatBounds): LonLatBounds {
  const east = crossesAntimeridian(bounds)
    ? Math.min(bounds[0][0] + 360, bounds[1][0] + 25)
    : Math.min(180, bounds[1][0] + 25);
  const [[west, south], [eastmost, north]] = within ?? [
    [-Infinity, -Infinity],
    [Infinity, Infinity],
  ];
  return [
    [Math.max(-180, west, bounds[0][0] - 25), Math.max(-85, south, bounds[0][1] - 15)],
    [Math.min(east, eastmost), Math.min(85, north, bounds[1][1] + 15)],
  ];
}
