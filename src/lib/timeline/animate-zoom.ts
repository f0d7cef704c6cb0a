/**
 * A smooth move between two zoom transforms of the timeline, zooming out and in as it pans (van
 * Wijk and Nuij's path, via d3's interpolateZoom), in about a third of a second.
 */
import type { ZoomTransform } from 'd3';
import { zoomIdentity } from '../timescale/zoom-transform.ts';
import { interpolateZoom } from './zoom-interpolation.ts';

const DURATION_MS = 350;

const easeCubicInOut = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

/** The transform `fraction` (0–1) of the way from `from` to `to`, on a timeline `width` wide. */
export function zoomPath(
  from: ZoomTransform,
  to: ZoomTransform,
  width: number,
): (fraction: number) => ZoomTransform {
  const view = (t: ZoomTransform): [number, number, number] => [
    (width / 2 - t.x) / t.k,
    0,
    width / t.k,
  ];
  const interpolate = interpolateZoom(view(from), view(to));
  return (fraction) => {
    if (fraction >= 1) return to;
    const [centre, , span] = interpolate(easeCubicInOut(fraction));
    const k = width / span;
    return zoomIdentity.translate(width / 2 - centre * k, 0).scale(k);
  };
}

/** Runs the move frame by frame; the returned function stops it (a new gesture wins). */
export function animateZoom(
  from: ZoomTransform,
  to: ZoomTransform,
  width: number,
  apply: (transform: ZoomTransform) => void,
): () => void {
  const path = zoomPath(from, to, width);
  const started = performance.now();
  let frame = requestAnimationFrame(function step(now) {
    const fraction = Math.min(1, (now - started) / DURATION_MS);
    apply(path(fraction));
    if (fraction < 1) frame = requestAnimationFrame(step);
  });
  return () => cancelAnimationFrame(frame);
}
