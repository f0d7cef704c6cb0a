/**
 * Stands in for d3-transition, which d3-zoom imports only to interrupt transitions. The timeline
 * animates its zoom itself (see `animateZoom`), so the real module, with the colour and value
 * interpolators it brings (about 10 KB gzip), would be dead weight in the first paint's script.
 * Wired in as an alias in vite.config.ts.
 */
import { selection } from 'd3-selection';

/** Nothing to interrupt: no d3 transition ever runs. */
export function interrupt(): void {}

// d3-zoom calls selection.interrupt() before applying a transform.
(selection.prototype as unknown as { interrupt: () => unknown }).interrupt = function (
  this: unknown,
) {
  return this;
};
