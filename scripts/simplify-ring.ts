/**
 * Drops the points of a ring that the map could not show apart at the zooms it is read at
 * (Douglas–Peucker: a point stays when it lies farther than `tolerance` degrees from the line
 * between the points kept around it). The first and last point always stay, so a ring stays
 * closed; a ring left with fewer than four points is too small to see and is returned undefined.
 */
import type { Position } from 'geojson';

function distanceToSegment(p: Position, a: Position, b: Position): number {
  const dx = b[0]! - a[0]!;
  const dy = b[1]! - a[1]!;
  const length2 = dx * dx + dy * dy;
  const t =
    length2 === 0
      ? 0
      : Math.max(0, Math.min(1, ((p[0]! - a[0]!) * dx + (p[1]! - a[1]!) * dy) / length2));
  return Math.hypot(p[0]! - (a[0]! + t * dx), p[1]! - (a[1]! + t * dy));
}

export function simplifyRing(ring: readonly Position[], tolerance: number): Position[] | undefined {
  if (ring.length < 4) return undefined;
  const keep = new Uint8Array(ring.length);
  keep[0] = 1;
  keep[ring.length - 1] = 1;
  // a closed ring's ends are the same point: split it at the point farthest from them first
  let far = 1;
  for (let i = 2; i < ring.length - 1; i++) {
    if (
      Math.hypot(ring[i]![0]! - ring[0]![0]!, ring[i]![1]! - ring[0]![1]!) >
      Math.hypot(ring[far]![0]! - ring[0]![0]!, ring[far]![1]! - ring[0]![1]!)
    )
      far = i;
  }
  keep[far] = 1;
  const stack: [number, number][] = [
    [0, far],
    [far, ring.length - 1],
  ];
  while (stack.length > 0) {
    const [from, to] = stack.pop()!;
    let farthest = -1;
    let distance = tolerance;
    for (let i = from + 1; i < to; i++) {
      const d = distanceToSegment(ring[i]!, ring[from]!, ring[to]!);
      if (d > distance) {
        distance = d;
        farthest = i;
      }
    }
    if (farthest < 0) continue;
    keep[farthest] = 1;
    stack.push([from, farthest], [farthest, to]);
  }
  const kept = ring.filter((_, i) => keep[i] === 1);
  return kept.length < 4 ? undefined : kept;
}
