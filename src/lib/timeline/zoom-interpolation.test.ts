import { describe, expect, it } from 'vitest';
import { interpolateZoom } from './zoom-interpolation.ts';

describe('interpolateZoom', () => {
  it('starts at the first view and ends at the second', () => {
    const move = interpolateZoom([100, 0, 500], [900, 0, 50]);
    move(0).forEach((value, i) => expect(value).toBeCloseTo([100, 0, 500][i]!, 6));
    move(1).forEach((value, i) => expect(value).toBeCloseTo([900, 0, 50][i]!, 6));
  });

  it('zooms out on the way when the two views are far apart', () => {
    const move = interpolateZoom([0, 0, 100], [10_000, 0, 100]);
    expect(move(0.5)[2]).toBeGreaterThan(100);
    expect(move(0.5)[0]).toBeCloseTo(5000, 3);
  });

  it('changes only the width, geometrically, when the centre stays', () => {
    const move = interpolateZoom([50, 0, 400], [50, 0, 100]);
    expect(move(0.5)).toEqual([50, 0, expect.closeTo(200, 6)]);
    expect(move.duration).toBeGreaterThan(0);
  });
});
