import { describe, expect, it } from 'vitest';
import { BASEMAP_REGION, boundsOfPlaces, isInside, panLimits } from './bounds.ts';
import { REGION_BOUNDS } from './style.ts';

describe('the map bounds of an imported chronology', () => {
  it('hold every place with a margin, wherever in the world they are', () => {
    const bounds = boundsOfPlaces([
      { lat: 51.5, lon: -0.13 },
      { lat: 40.7, lon: -74 },
    ])!;
    expect(bounds[0][0]).toBeLessThan(-74);
    expect(bounds[1][0]).toBeGreaterThan(-0.13);
    expect(bounds[0][1]).toBeLessThan(40.7);
    expect(bounds[1][1]).toBeGreaterThan(51.5);
  });

  it('show the surroundings of a single city, and stay on the globe', () => {
    const [[west, south], [east, north]] = boundsOfPlaces([{ lat: 89, lon: 179 }])!;
    expect(east - west).toBeGreaterThan(2);
    expect(north - south).toBeGreaterThan(2);
    expect(east).toBeLessThanOrEqual(180);
    expect(north).toBeLessThanOrEqual(85);
  });

  it('are undefined without places, and pan limits never leave the globe', () => {
    expect(boundsOfPlaces([])).toBeUndefined();
    expect(
      panLimits([
        [-170, -80],
        [170, 80],
      ]),
    ).toEqual([
      [-180, -85],
      [180, 85],
    ]);
  });
});

describe('whether a chronology lies in the detailed basemap’s region', () => {
  it('holds our own region, and chronologies in South-East Asia', () => {
    expect(isInside(REGION_BOUNDS, BASEMAP_REGION)).toBe(true);
    expect(isInside(boundsOfPlaces([{ lat: 21.03, lon: 105.85 }])!, BASEMAP_REGION)).toBe(true);
  });

  it('leaves out the Mediterranean, and a chronology that reaches beyond the region', () => {
    expect(isInside(boundsOfPlaces([{ lat: 41.9, lon: 12.5 }])!, BASEMAP_REGION)).toBe(false);
    const reaching = boundsOfPlaces([
      { lat: 21.03, lon: 105.85 },
      { lat: 37.77, lon: -122.42 },
    ])!;
    expect(isInside(reaching, BASEMAP_REGION)).toBe(false);
  });
});
