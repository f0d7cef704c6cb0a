/**
 * The timeline's zoom moves, wherever they come from (the bar's buttons, keys, clicks, a selection
 * made elsewhere): through d3-zoom on the canvas once there is one, animated unless the reader
 * prefers reduced motion; straight into the viewport before that. d3-zoom (with d3-selection and
 * d3-drag, about 8 KB gzip) is a chunk of its own, fetched once the canvas has been drawn: the
 * first paint does not wait for it.
 */
import type { ZoomTransform } from 'd3';
import { afterNextPaint } from '../state/after-next-frame.ts';
import type { Viewport } from '../state/viewport.svelte.ts';
import { transformCentring, zoomAround } from '../timescale/scale.ts';
import type { ZoomController } from './zoom-controller.ts';

export class TimelineZoom {
  #controller: ZoomController | undefined = $state();
  readonly #viewport: Viewport;

  /** Made while a component is set up: d3-zoom stays on the canvas for as long as the canvas is there. */
  constructor(viewport: Viewport, canvas: () => HTMLCanvasElement | undefined) {
    this.#viewport = viewport;
    // d3-zoom owns the gestures on the canvas and writes every gesture into the viewport.
    $effect(() => {
      const element = canvas();
      if (!element) return;
      const reducedMotion = !!globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      let created: ZoomController | undefined;
      let removed = false;
      void afterNextPaint(() => import('./zoom-controller.ts')).then(({ ZoomController }) => {
        if (removed) return;
        created = new ZoomController(element, viewport, reducedMotion);
        this.#controller = created;
      });
      return () => {
        removed = true;
        created?.destroy();
        if (this.#controller === created) this.#controller = undefined;
      };
    });
    $effect(() => this.#controller?.setScaleExtent(viewport.scaleExtent));
    // The viewport's transform, set by a link, a button or a key, reaches d3-zoom.
    $effect(() => this.#controller?.sync(viewport.transform));
  }

  /** whether the reader's gestures on the canvas are followed yet */
  get attached(): boolean {
    return this.#controller !== undefined;
  }

  moveTo(to: ZoomTransform) {
    if (this.#controller) this.#controller.moveTo(to);
    else this.#viewport.setTransform(to);
  }

  /** Zooms by a factor around a point of the canvas (its middle unless given). */
  zoomBy(factor: number, x = this.#viewport.width / 2) {
    const { transform, domain, width } = this.#viewport;
    this.moveTo(zoomAround(transform, factor, x, domain, width));
  }

  /** Brings the middle of an event to the middle of the canvas. */
  centreOn(event: { startMs: number; endMs: number }) {
    const { base, transform } = this.#viewport;
    this.moveTo(transformCentring(base, transform, (event.startMs + event.endMs) / 2));
  }
}
