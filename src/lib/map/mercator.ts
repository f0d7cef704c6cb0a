/**
 * Web Mercator as MapLibre draws it: a longitude and latitude to a point of the world square, from
 * [0, 0] at its north-west corner to [1, 1] at its south-east. The map's picture (drawn before
 * MapLibre is loaded) uses it so that MapLibre, once started, shows the same view.
 */

/** how far north and south the square reaches, as MapLibre's */
const MAX_LATITUDE = 85.051129;

export function mercator(lon: number, lat: number): [x: number, y: number] {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  const sin = Math.sin((clamped * Math.PI) / 180);
  return [(lon + 180) / 360, 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)];
}
