import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { simplifyRing } from './simplify-ring.ts';

describe('leaving out the points of a shape the map cannot show apart', () => {
  it('drops a point that lies almost on the line between its neighbours', () => {
    const ring: Position[] = [
      [0, 0],
      [5, 0.001],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ];
    expect(simplifyRing(ring, 0.01)).toEqual([
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ]);
  });

  it('keeps a point that stands out further than the tolerance', () => {
    const ring: Position[] = [
      [0, 0],
      [5, 1],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ];
    expect(simplifyRing(ring, 0.01)).toEqual(ring);
  });

  it('gives up a ring smaller than the tolerance: an island too small to see', () => {
    const islet: Position[] = [
      [0, 0],
      [0.001, 0],
      [0.001, 0.001],
      [0, 0.001],
      [0, 0],
    ];
    expect(simplifyRing(islet, 0.01)).toBeUndefined();
  });
});
