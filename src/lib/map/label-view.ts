/**
 * What the map's names need from the map under them: where a place falls, how wide the map is,
 * and when it moves. MapLibre's map answers (`liveLabelView`) and so does the picture drawn before
 * it (`pictureLabelView`), so both show the same names, placed the same way (LabelLayer.svelte).
 * Type-only use of MapLibre: the map is made in MapView.svelte, the one file that loads it.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { nearestCopy } from './bounds.ts';
import type { PictureView } from './picture-view.ts';

export interface LabelView {
  /** a longitude and latitude in pixels of the map */
  project(lon: number, lat: number): { x: number; y: number };
  /** the width the names are placed in */
  width(): number;
  /** calls `listener` on every frame the map moves; returns how to stop */
  onMove(listener: () => void): () => void;
  /** calls `listener` when the map comes to rest or is resized; returns how to stop */
  onRest(listener: () => void): () => void;
}

export function liveLabelView(map: MapLibreMap): LabelView {
  return {
    // on the copy of the world in view, when the map shows it twice (across the antimeridian)
    project: (lon, lat) => map.project([nearestCopy(lon, map.getCenter().lng), lat]),
    // the width the map draws at (its canvas's own): reading the element's lays the page out again
    width: () => map.getCanvas().width / map.getPixelRatio(),
    onMove(listener) {
      map.on('move', listener);
      return () => map.off('move', listener);
    },
    onRest(listener) {
      map.on('moveend', listener);
      map.on('resize', listener);
      return () => {
        map.off('moveend', listener);
        map.off('resize', listener);
      };
    },
  };
}

/** The picture does not move; a new size makes a new view, and the names are placed again. */
export function pictureLabelView(view: PictureView): LabelView {
  return {
    project: (lon, lat) => view.project(lon, lat),
    width: () => view.width,
    onMove: () => () => {},
    onRest: () => () => {},
  };
}
