/**
 * Cuts a polygon's rings to a longitude–latitude box (Sutherland–Hodgman, one edge of the box at a
 * time), so the regional basemap holds only the land the map can be panned over. A ring that
 * leaves the box is closed along its edge: the map's pan limits keep that edge out of sight.
 */
import type { Position } from 'geojson';

export type Box = [[west: number, south: number], [east: number, north: number]];

type Edge = { inside: (point: Position) => boolean; cross: (a: Position, b: Position) => Position };

function edgesOf([[west, south], [east, north]]: Box): Edge[] {
  const atLon = (lon: number) => (a: Position, b: Position) => {
    const t = (lon - a[0]!) / (b[0]! - a[0]!);
    return [lon, a[1]! + t * (b[1]! - a[1]!)];
  };
  const atLat = (lat: number) => (a: Position, b: Position) => {
    const t = (lat - a[1]!) / (b[1]! - a[1]!);
    return [a[0]! + t * (b[0]! - a[0]!), lat];
  };
  return [
    { inside: (p) => p[0]! >= west, cross: atLon(west) },
    { inside: (p) => p[0]! <= east, cross: atLon(east) },
    { inside: (p) => p[1]! >= south, cross: atLat(south) },
    { inside: (p) => p[1]! <= north, cross: atLat(north) },
  ];
}

/** One closed ring (first point repeated last) cut to the box; undefined when nothing is left. */
export function clipRing(ring: readonly Position[], box: Box): Position[] | undefined {
  // open ring: the closing point is added back at the end
  let points = ring.slice(0, -1);
  for (const edge of edgesOf(box)) {
    if (points.length === 0) break;
    const kept: Position[] = [];
    for (let i = 0; i < points.length; i++) {
      const current = points[i]!;
      const previous = points[(i + points.length - 1) % points.length]!;
      if (edge.inside(current)) {
        if (!edge.inside(previous)) kept.push(edge.cross(previous, current));
        kept.push(current);
      } else if (edge.inside(previous)) {
        kept.push(edge.cross(previous, current));
      }
    }
    points = kept;
  }
  if (points.length < 3) return undefined;
  return [...points, points[0]!];
}

/** A polygon's rings cut to the box: its outer ring first, as GeoJSON has it; undefined when the
 * outer ring is wholly outside (its holes then are too). */
export function clipPolygon(rings: readonly Position[][], box: Box): Position[][] | undefined {
  const [outer, ...holes] = rings;
  const clippedOuter = outer && clipRing(outer, box);
  if (!clippedOuter) return undefined;
  return [
    clippedOuter,
    ...holes.map((hole) => clipRing(hole, box)).filter((hole) => hole !== undefined),
  ];
}
