/**
 * What span of time the timeline shows. The zoom transform lives here; the base scale maps the
 * whole domain onto the width once, and the visible scale is always `transform.rescaleX(base)`,
 * so no scale anyone holds is ever changed.
 */
import type { ZoomTransform } from 'd3';
import { zoomIdentity } from '../timescale/zoom-transform.ts';
import { baseScale, constrain, scaleExtent, transformShowing } from '../timescale/scale.ts';

export class Viewport {
  readonly #domain: () => [number, number];
  /** the zoom: the visible scale is always transform.rescaleX(base) */
  transform = $state.raw<ZoomTransform>(zoomIdentity);
  /** width of the timeline in CSS pixels; 0 until it is laid out */
  width = $state(0);
  /** whether the timeline has drawn the shown chronology once (the map and the share bar wait) */
  drawn = $state(false);
  /** a span asked for before the width was known, shown as soon as it is */
  #pending: [number, number] | undefined;

  /** the instants the timeline can show */
  domain: [number, number] = $derived.by(() => this.#domain());
  /** the whole domain across the width */
  base = $derived(baseScale(this.domain, this.width));
  /** the instants on screen, pixel by pixel */
  scale = $derived(this.transform.rescaleX(this.base));
  /** zoom limits: 1 shows the whole domain; the largest makes one day half the width */
  scaleExtent = $derived(scaleExtent(this.domain));
  /** the instants the timeline shows, [from, to) */
  visibleRange: [number, number] = $derived.by(() =>
    this.width <= 0 ? this.domain : [+this.scale.invert(0), +this.scale.invert(this.width)],
  );
  /** whether everything is in view (a link then needs no range) */
  whole = $derived(this.transform.k === 1 && this.transform.x === 0);

  /** `domain`: the instants the timeline can show, read whenever they are needed */
  constructor(domain: () => [number, number]) {
    this.#domain = domain;
  }

  /** Shows [from, to) across the width: now, or once the timeline knows its width. */
  show(from: number, to: number) {
    if (this.width <= 0) {
      this.#pending = [from, to];
      return;
    }
    this.#pending = undefined;
    this.setTransform(transformShowing(this.base, this.domain, from, to, 0));
  }

  /** Shows the whole domain. */
  showAll() {
    this.#pending = undefined;
    this.transform = zoomIdentity;
  }

  setTransform(transform: ZoomTransform) {
    const current = this.transform;
    if (current.k !== transform.k || current.x !== transform.x) this.transform = transform;
  }

  setWidth(width: number) {
    const old = this.width;
    if (old > 0 && width > 0 && old !== width) {
      // transform.x is in pixels of the old width: scale it so the same instants stay in view
      const { x, k } = this.transform;
      this.transform = constrain(zoomIdentity.translate((x * width) / old, 0).scale(k), width);
    }
    this.width = width;
    const pending = this.#pending;
    if (pending && width > 0) this.show(...pending);
  }

  markDrawn() {
    this.drawn = true;
  }
}
