import { describe, expect, it } from 'vitest';
import { WORLD_BOUNDS } from './bounds.ts';
import { mapFrame } from './map-frame.ts';
import { REGION_BOUNDS } from './style.ts';

const hanoi = { lat: 21.03, lon: 105.85 };
const manila = { lat: 14.6, lon: 120.98 };
const lima = { lat: -12.05, lon: -77.04 };

describe('where the map looks', () => {
  it('looks at our region with its detailed shapes for our chronology, whatever its places', () => {
    expect(mapFrame(false, [lima])).toEqual({
      bounds: REGION_BOUNDS,
      worldwide: false,
      basemap: 'data/basemap.json',
    });
  });

  it('looks at an imported chronology’s places, with the region’s shapes when they are inside it', () => {
    const frame = mapFrame(true, [hanoi, manila]);
    expect(frame.worldwide).toBe(false);
    expect(frame.basemap).toBe('data/basemap.json');
    const [[west, south], [east, north]] = frame.bounds;
    expect(west).toBeLessThan(hanoi.lon);
    expect(east).toBeGreaterThan(manila.lon);
    expect(south).toBeLessThan(manila.lat);
    expect(north).toBeGreaterThan(hanoi.lat);
  });

  it('takes the world’s shapes for places outside the region, and the world for no places', () => {
    expect(mapFrame(true, [hanoi, lima])).toMatchObject({
      worldwide: true,
      basemap: 'data/basemap-world.json',
    });
    expect(mapFrame(true, [])).toMatchObject({ bounds: WORLD_BOUNDS, worldwide: true });
  });
});
