/**
 * Where the map looks and which shapes it loads for the chronology shown: ours looks at our region
 * and its detailed shapes; an imported one at its own places, with the whole world's shapes when
 * they lie outside the region (the reader may pan only where there are shapes).
 */
import type { Place } from '../chronology/model.ts';
import {
  BASEMAP_REGION,
  boundsOfPlaces,
  isInside,
  WORLD_BOUNDS,
  type LonLatBounds,
} from './bounds.ts';
import { REGION_BOUNDS } from './style.ts';

export interface MapFrame {
  bounds: LonLatBounds;
  worldwide: boolean;
  /** the basemap's file, from the site's root */
  basemap: 'data/basemap.json' | 'data/basemap-world.json';
}

const OURS: MapFrame = { bounds: REGION_BOUNDS, worldwide: false, basemap: 'data/basemap.json' };

export function mapFrame(
  imported: boolean,
  places: readonly Pick<Place, 'lat' | 'lon'>[],
): MapFrame {
  if (!imported) return OURS;
  const bounds = boundsOfPlaces(places) ?? WORLD_BOUNDS;
  const worldwide = !isInside(bounds, BASEMAP_REGION);
  return {
    bounds,
    worldwide,
    basemap: worldwide ? 'data/basemap-world.json' : 'data/basemap.json',
  };
}
