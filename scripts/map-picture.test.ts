import { describe, expect, it } from 'vitest';
import { compileBasemap } from './compile-basemap.ts';
import { mapPicture, ringPath, WORLD } from './map-picture.ts';
import { mercator } from '../src/lib/map/mercator.ts';

/** The absolute points of a path of `M x y l dx dy … z` rings. */
function pointsOf(d: string): [number, number][][] {
  return d
    .split('z')
    .filter(Boolean)
    .map((ring) => {
      const [move, lines = ''] = ring.slice(1).split('l');
      const [x, y] = move!.match(/-?\d+/g)!.map(Number) as [number, number];
      const steps = (lines.match(/-?\d+/g) ?? []).map(Number);
      const points: [number, number][] = [[x, y]];
      for (let i = 0; i < steps.length; i += 2) {
        const [px, py] = points[points.length - 1]!;
        points.push([px + steps[i]!, py + steps[i + 1]!]);
      }
      return points;
    });
}

describe('the map’s picture', () => {
  const picture = mapPicture(compileBasemap().features);
  const byCode = new Map(picture.countries.map((country) => [country.code, country]));

  it('draws every state of our chronology, Singapore too, small as it is', () => {
    for (const code of [
      'BRN',
      'KHM',
      'IDN',
      'LAO',
      'MYS',
      'MMR',
      'PHL',
      'SGP',
      'THA',
      'VNM',
      'CHN',
    ])
      expect(byCode.get(code)?.d, code).toMatch(/^M\d+ \d+l.*z$/);
  });

  it('draws Viet Nam where Viet Nam is, in the units MapLibre’s square uses', () => {
    const points = pointsOf(byCode.get('VNM')!.d).flat();
    const xs = points.map(([x]) => x / WORLD);
    const ys = points.map(([, y]) => y / WORLD);
    const [west, north] = mercator(102, 23.5);
    const [east, south] = mercator(110, 8);
    expect(Math.min(...xs)).toBeGreaterThan(west - 0.001);
    expect(Math.max(...xs)).toBeLessThan(east + 0.001);
    expect(Math.min(...ys)).toBeGreaterThan(north - 0.001);
    expect(Math.max(...ys)).toBeLessThan(south + 0.001);
    // Hanoi's corner of the country is in it: the northern border reaches past 22.5°
    expect(Math.min(...ys)).toBeLessThan(mercator(0, 22.5)[1]);
  });

  it('keeps a country’s name point for its label', () => {
    const [lon, lat] = byCode.get('THA')!.label;
    expect(lon).toBeGreaterThan(97);
    expect(lon).toBeLessThan(106);
    expect(lat).toBeGreaterThan(6);
    expect(lat).toBeLessThan(20);
  });

  it('writes a ring as a move and relative lines, the sign parting negative numbers', () => {
    expect(
      ringPath([
        [10, 10],
        [12, 10],
        [12, 7],
        [10, 10],
      ]),
    ).toBe('M10 10l2 0 0-3z');
  });
});
