/**
 * The timeline's time scales. The base scale maps the whole domain onto the canvas width once; the
 * visible scale is always derived from the zoom transform (`transform.rescaleX(base)`), so no
 * shared scale is ever mutated.
 */
import type { ZoomTransform } from 'd3';
import { zoomIdentity } from './zoom-transform.ts';

import { DAY_MS } from '../dates/time-units.ts';

/** At the deepest zoom one day spans this share of the width. */
const DEEPEST_DAY_SHARE = 0.5;

/**
 * A linear map from instants to pixels with the parts of d3's scale interface that d3-zoom's
 * `rescaleX` needs. Ours rather than d3-scale's `scaleUtc`, whose tick formatting and
 * interpolators would more than double the JavaScript the first paint waits for.
 */
export interface TimeScale {
  (instant: number | Date): number;
  domain(): Date[];
  domain(domain: readonly (number | Date)[]): TimeScale;
  range(): number[];
  range(range: readonly number[]): TimeScale;
  invert(x: number): Date;
  copy(): TimeScale;
}

export function timeScale(
  domain: readonly [number, number] = [0, 1],
  range: readonly [number, number] = [0, 1],
): TimeScale {
  let [d0, d1] = domain;
  let [r0, r1] = range;
  const scale = ((instant: number | Date) =>
    r0 + ((+instant - d0) / (d1 - d0)) * (r1 - r0)) as TimeScale;
  scale.invert = (x: number) => new Date(d0 + ((x - r0) / (r1 - r0)) * (d1 - d0));
  scale.copy = () => timeScale([d0, d1], [r0, r1]);
  scale.domain = ((values?: readonly (number | Date)[]) => {
    if (!values) return [new Date(d0), new Date(d1)];
    [d0, d1] = [+values[0]!, +values[1]!];
    return scale;
  }) as TimeScale['domain'];
  scale.range = ((values?: readonly number[]) => {
    if (!values) return [r0, r1];
    [r0, r1] = [values[0]!, values[1]!];
    return scale;
  }) as TimeScale['range'];
  return scale;
}

export function baseScale(domain: readonly [number, number], width: number): TimeScale {
  return timeScale(domain, [0, Math.max(1, width)]);
}

/** Scale factor limits: 1 shows the whole domain; the largest makes one day fill half the width. */
export function scaleExtent(domain: readonly [number, number]): [number, number] {
  const days = Math.max(1, (domain[1] - domain[0]) / DAY_MS);
  return [1, Math.max(1, days * DEEPEST_DAY_SHARE)];
}

export function clampScale(k: number, domain: readonly [number, number]): number {
  const [min, max] = scaleExtent(domain);
  return Math.min(max, Math.max(min, k));
}

/**
 * Keeps the view inside the domain: the transform that shows the same scale factor with no empty
 * space beyond either end.
 */
export function constrain(transform: ZoomTransform, width: number): ZoomTransform {
  const k = transform.k;
  const x = Math.min(0, Math.max(width - width * k, transform.x));
  return x === transform.x ? transform : zoomIdentity.translate(x, 0).scale(k);
}

/** The transform that shows [from, to) across the width, with a margin on both sides. */
export function transformShowing(
  base: TimeScale,
  domain: readonly [number, number],
  from: number,
  to: number,
  margin = 0.1,
): ZoomTransform {
  const width = base.range()[1]!;
  const x0 = base(new Date(from));
  const x1 = base(new Date(Math.max(to, from + 1)));
  const k = clampScale(width / ((x1 - x0) * (1 + 2 * margin)), domain);
  const centre = (x0 + x1) / 2;
  return constrain(zoomIdentity.translate(width / 2 - centre * k, 0).scale(k), width);
}

/** The same zoom level, moved so that the instant `t` sits at the centre. */
export function transformCentring(
  base: TimeScale,
  transform: ZoomTransform,
  t: number,
): ZoomTransform {
  const width = base.range()[1]!;
  const x = base(new Date(t)) * transform.k;
  return constrain(zoomIdentity.translate(width / 2 - x, 0).scale(transform.k), width);
}

/** Zooms by `factor` around the point `x` (pixels), as a wheel step or a button does. */
export function zoomAround(
  transform: ZoomTransform,
  factor: number,
  x: number,
  domain: readonly [number, number],
  width: number,
): ZoomTransform {
  const k = clampScale(transform.k * factor, domain);
  const worldX = transform.invertX(x);
  return constrain(zoomIdentity.translate(x - worldX * k, 0).scale(k), width);
}
