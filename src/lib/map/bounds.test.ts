import { describe, expect, it } from 'vitest';
import {
  BASEMAP_EXTENT,
  BASEMAP_REGION,
  boundsOfPlaces,
  crossesAntimeridian,
  isInside,
  nearestCopy,
  panLimits,
} from './bounds.ts';
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

  it('frame San Francisco and Sydney across the Pacific, not across Africa', () => {
    const sanFrancisco = { lat: 37.77, lon: -122.42 };
    const sydney = { lat: -33.87, lon: 151.21 };
    const bounds = boundsOfPlaces([sanFrancisco, sydney])!;
    expect(crossesAntimeridian(bounds)).toBe(true);
    const [[west], [east]] = bounds;
    // both cities inside, Sydney from the west and San Francisco as 237.58° east
    expect(west).toBeLessThan(151.21);
    expect(east).toBeGreaterThan(-122.42 + 360);
    // the Pacific only: Africa (20° E) and the Atlantic (30° W, 330°) are outside
    expect(west).toBeGreaterThan(20);
    expect(east).toBeLessThan(330);
    expect(east - west).toBeLessThan(120);
  });

  it('cross the antimeridian only when that is the shorter way', () => {
    const fiji = { lat: -18.14, lon: 178.44 };
    const samoa = { lat: -13.83, lon: -171.76 };
    expect(crossesAntimeridian(boundsOfPlaces([fiji, samoa])!)).toBe(true);
    const london = { lat: 51.5, lon: -0.13 };
    const tokyo = { lat: 35.68, lon: 139.69 };
    const europeAsia = boundsOfPlaces([london, tokyo])!;
    expect(crossesAntimeridian(europeAsia)).toBe(false);
    expect(europeAsia[0][0]).toBeLessThan(-0.13);
    expect(europeAsia[1][0]).toBeGreaterThan(139.69);
    // three continents: the widest gap (the Pacific) is left out, as before
    const newYork = { lat: 40.71, lon: -74.01 };
    expect(crossesAntimeridian(boundsOfPlaces([london, tokyo, newYork])!)).toBe(false);
  });

  it('let the reader pan past the antimeridian around a box that crosses it', () => {
    const box = boundsOfPlaces([
      { lat: -18.14, lon: 178.44 },
      { lat: -13.83, lon: -171.76 },
    ])!;
    const [[west], [east]] = panLimits(box);
    expect(west).toBeLessThan(box[0][0]);
    expect(east).toBeGreaterThan(box[1][0]);
    expect(east - west).toBeLessThanOrEqual(360);
  });

  it('put a label on the copy of its place nearest the centre of the map', () => {
    // the map looks at the Pacific from 194°: San Francisco is drawn at 237.58°, not −122.42°
    expect(nearestCopy(-122.42, 194)).toBeCloseTo(237.58);
    expect(nearestCopy(151.21, 194)).toBeCloseTo(151.21);
    expect(nearestCopy(105.85, 120)).toBeCloseTo(105.85);
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

describe('where the reader may pan over the detailed basemap', () => {
  it('stays on the land the basemap holds, so the edge it is cut along is never seen', () => {
    // Honiara and Sapporo: the room around them would reach past the basemap's east and north
    const near = boundsOfPlaces([
      { lat: -9.43, lon: 159.95 },
      { lat: 43.06, lon: 141.35 },
    ])!;
    expect(isInside(near, BASEMAP_REGION)).toBe(true);
    const [[west, south], [east, north]] = panLimits(near, BASEMAP_EXTENT);
    expect(west).toBeGreaterThanOrEqual(BASEMAP_EXTENT[0][0]);
    expect(south).toBeGreaterThanOrEqual(BASEMAP_EXTENT[0][1]);
    expect(east).toBeLessThanOrEqual(BASEMAP_EXTENT[1][0]);
    expect(north).toBeLessThanOrEqual(BASEMAP_EXTENT[1][1]);
    expect(panLimits(near, BASEMAP_EXTENT)).not.toEqual(panLimits(near));
  });

  it('leaves our own region its whole room to pan', () => {
    expect(panLimits(REGION_BOUNDS, BASEMAP_EXTENT)).toEqual(panLimits(REGION_BOUNDS));
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
