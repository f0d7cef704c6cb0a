/**
 * Where the map's picture puts the world: a box of longitudes and latitudes fitted into a frame of
 * `width` × `height` pixels and centred, as MapLibre's `fitBounds` does, so the live map starts on
 * the view the picture showed.
 */
import type { LonLatBounds } from './bounds.ts';
import { mercator } from './mercator.ts';

export interface PictureView {
  width: number;
  height: number;
  /** pixels per world square (the square is 1 wide) */
  scale: number;
  /** where the square's north-west corner falls, in pixels of the frame */
  left: number;
  top: number;
  /** a longitude and latitude in pixels of the frame */
  project(lon: number, lat: number): { x: number; y: number };
}

export function fitPicture(bounds: LonLatBounds, width: number, height: number): PictureView {
  const [[west, south], [east, north]] = bounds;
  const [x0, y0] = mercator(west, north);
  const [x1, y1] = mercator(east, south);
  const scale = Math.min(width / (x1 - x0), height / (y1 - y0));
  const left = width / 2 - ((x0 + x1) / 2) * scale;
  const top = height / 2 - ((y0 + y1) / 2) * scale;
  return {
    width,
    height,
    scale,
    left,
    top,
    project(lon, lat) {
      const [x, y] = mercator(lon, lat);
      return { x: left + x * scale, y: top + y * scale };
    },
  };
}
