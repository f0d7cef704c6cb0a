import { describe, expect, it } from 'vitest';
import { mercator } from './mercator.ts';
import { fitPicture } from './picture-view.ts';
import { REGION_BOUNDS } from './style.ts';

describe('Web Mercator', () => {
  it('puts the equator and the prime meridian at the middle of the square', () => {
    expect(mercator(0, 0)).toEqual([0.5, 0.5]);
    expect(mercator(-180, 85.051129)[0]).toBe(0);
    expect(mercator(-180, 85.051129)[1]).toBeCloseTo(0, 6);
    expect(mercator(180, -85.051129)[1]).toBeCloseTo(1, 6);
  });

  it('stretches the north: ten degrees of latitude are taller at 40° than at the equator', () => {
    const height = (from: number, to: number) => mercator(0, from)[1] - mercator(0, to)[1];
    expect(height(40, 50)).toBeGreaterThan(1.3 * height(0, 10));
  });
});

describe('the picture’s view', () => {
  const [[west, south], [east, north]] = REGION_BOUNDS;

  it('fits the region into a wide frame by its height, centred across', () => {
    const view = fitPicture(REGION_BOUNDS, 900, 300);
    expect(view.project(west, north).y).toBeCloseTo(0, 6);
    expect(view.project(east, south).y).toBeCloseTo(300, 6);
    const left = view.project(west, north).x;
    const right = view.project(east, south).x;
    expect(left).toBeGreaterThan(100);
    expect(left + right).toBeCloseTo(900, 6);
  });

  it('fits it into a tall phone frame by its width, centred down', () => {
    const view = fitPicture(REGION_BOUNDS, 360, 900);
    expect(view.project(west, 0).x).toBeCloseTo(0, 6);
    expect(view.project(east, 0).x).toBeCloseTo(360, 6);
    expect(view.project(0, north).y + view.project(0, south).y).toBeCloseTo(900, 6);
  });

  it('agrees with its own square: a point is the corner plus its place times the scale', () => {
    const view = fitPicture(REGION_BOUNDS, 640, 480);
    const [x, y] = mercator(105.85, 21.03);
    expect(view.project(105.85, 21.03)).toEqual({
      x: view.left + x * view.scale,
      y: view.top + y * view.scale,
    });
  });
});
