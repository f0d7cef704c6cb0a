/**
 * Stands in for d3-interpolate, of which d3-zoom and the timeline's animated moves need only
 * `interpolateZoom` (van Wijk and Nuij's smooth pan and zoom). The real module is one file whose
 * colour interpolators run on load and keep all of d3-color (4 KB gzip) in the first paint's
 * script. Wired in as an alias in vite.config.ts. The algorithm is d3-interpolate's own, v3.0.2
 * (Copyright 2010-2026 Mike Bostock, ISC licence), typed.
 */
const EPSILON2 = 1e-12;
const RHO = Math.SQRT2;
const RHO2 = 2;
const RHO4 = 4;

const cosh = (x: number) => ((x = Math.exp(x)) + 1 / x) / 2;
const sinh = (x: number) => ((x = Math.exp(x)) - 1 / x) / 2;
const tanh = (x: number) => ((x = Math.exp(2 * x)) - 1) / (x + 1);

/** A view: [centre x, centre y, width]. */
export type ZoomView = [number, number, number];

export interface ZoomInterpolator {
  (t: number): ZoomView;
  /** the recommended length of the move in milliseconds */
  duration: number;
}

export function interpolateZoom(p0: ZoomView, p1: ZoomView): ZoomInterpolator {
  const [ux0, uy0, w0] = p0;
  const [ux1, uy1, w1] = p1;
  const dx = ux1 - ux0;
  const dy = uy1 - uy0;
  const d2 = dx * dx + dy * dy;
  let interpolate: ZoomInterpolator;
  let S: number;
  if (d2 < EPSILON2) {
    // the same centre: only the width changes
    S = Math.log(w1 / w0) / RHO;
    interpolate = ((t: number) => [
      ux0 + t * dx,
      uy0 + t * dy,
      w0 * Math.exp(RHO * t * S),
    ]) as ZoomInterpolator;
  } else {
    const d1 = Math.sqrt(d2);
    const b0 = (w1 * w1 - w0 * w0 + RHO4 * d2) / (2 * w0 * RHO2 * d1);
    const b1 = (w1 * w1 - w0 * w0 - RHO4 * d2) / (2 * w1 * RHO2 * d1);
    const r0 = Math.log(Math.sqrt(b0 * b0 + 1) - b0);
    const r1 = Math.log(Math.sqrt(b1 * b1 + 1) - b1);
    S = (r1 - r0) / RHO;
    interpolate = ((t: number) => {
      const s = t * S;
      const coshr0 = cosh(r0);
      const u = (w0 / (RHO2 * d1)) * (coshr0 * tanh(RHO * s + r0) - sinh(r0));
      return [ux0 + u * dx, uy0 + u * dy, (w0 * coshr0) / cosh(RHO * s + r0)];
    }) as ZoomInterpolator;
  }
  interpolate.duration = (Math.abs(S) * 1000 * RHO) / Math.SQRT2;
  return interpolate;
}
