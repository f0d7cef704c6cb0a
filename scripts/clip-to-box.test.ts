import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { clipPolygon, clipRing, type Box } from './clip-to-box.ts';

const BOX: Box = [
  [0, 0],
  [10, 10],
];
const square = (x0: number, y0: number, x1: number, y1: number): Position[] => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
  [x0, y0],
];
/** the shoelace area, to compare shapes whatever point they start from */
const area = (ring: Position[]) =>
  Math.abs(
    ring.slice(1).reduce((sum, [x, y], i) => sum + ring[i]![0]! * y! - x! * ring[i]![1]!, 0),
  ) / 2;

describe('cutting country shapes to the box the map can be panned over', () => {
  it('keeps a ring inside the box as it is', () => {
    const ring = square(2, 2, 4, 4);
    expect(clipRing(ring, BOX)).toEqual(ring);
  });

  it('cuts a ring across the edge along it, and keeps it closed', () => {
    const cut = clipRing(square(5, 5, 15, 8), BOX)!;
    expect(area(cut)).toBeCloseTo(5 * 3);
    expect(cut.at(-1)).toEqual(cut[0]);
    for (const [x, y] of cut) {
      expect(x).toBeLessThanOrEqual(10);
      expect(y).toBeLessThanOrEqual(10);
    }
  });

  it('leaves out a ring wholly outside, and a polygon with it its holes', () => {
    expect(clipRing(square(20, 20, 30, 30), BOX)).toBeUndefined();
    expect(clipPolygon([square(20, 20, 30, 30), square(22, 22, 24, 24)], BOX)).toBeUndefined();
  });

  it('keeps the holes of a polygon that is kept, and drops those outside the box', () => {
    const polygon = [square(-5, -5, 15, 15), square(2, 2, 4, 4), square(12, 12, 14, 14)];
    const cut = clipPolygon(polygon, BOX)!;
    expect(cut).toHaveLength(2);
    expect(area(cut[0]!)).toBeCloseTo(100);
    expect(cut[1]).toEqual(square(2, 2, 4, 4));
  });
});
