/**
 * d3-zoom on the timeline's canvas, kept in step with the viewport without a feedback loop: the
 * reader's gestures write the transform into the viewport; a transform set elsewhere (a link, a
 * button, the keyboard) is pushed to d3-zoom only when d3 does not already hold it.
 */
import { select, zoom, zoomTransform, type ZoomBehavior, type ZoomTransform } from 'd3';
import { animateZoom } from './animate-zoom.ts';
import { constrain } from '../timescale/scale.ts';

/** What the controller needs of the viewport. */
export interface ZoomTarget {
  readonly width: number;
  readonly transform: ZoomTransform;
  setTransform(transform: ZoomTransform): void;
}

export class ZoomController {
  readonly #element: HTMLCanvasElement;
  readonly #target: ZoomTarget;
  readonly #behavior: ZoomBehavior<HTMLCanvasElement, unknown>;
  readonly #reducedMotion: boolean;
  #stopAnimation = () => {};

  constructor(element: HTMLCanvasElement, target: ZoomTarget, reducedMotion = false) {
    this.#element = element;
    this.#target = target;
    this.#reducedMotion = reducedMotion;
    this.#behavior = zoom<HTMLCanvasElement, unknown>()
      .filter((event: Event) => {
        // a sideways swipe pans (below); everything else zooms, but not a right-click or ctrl-drag
        if (event instanceof WheelEvent) return Math.abs(event.deltaX) <= Math.abs(event.deltaY);
        const mouse = event as MouseEvent;
        return !mouse.ctrlKey && !mouse.button;
      })
      .constrain((transform) => constrain(transform, target.width))
      // the room d3-zoom works in, from the viewport rather than read off the canvas: d3's own
      // reads the canvas's size, laying the page out in the middle of every move it starts
      .extent(() => [
        [0, 0],
        [Math.max(1, target.width), 1],
      ])
      // a gesture of the reader's own stops an animated move
      .on('start', (event: { sourceEvent?: Event }) => {
        if (event.sourceEvent) this.#stopAnimation();
      })
      .on('zoom', (event: { transform: ZoomTransform }) => target.setTransform(event.transform));
    select(element).call(this.#behavior).on('dblclick.zoom', null);
    element.addEventListener('wheel', this.#onWheel, { passive: false });
  }

  /** A sideways swipe on a trackpad pans instead of zooming. */
  readonly #onWheel = (event: WheelEvent) => {
    if (Math.abs(event.deltaX) <= Math.abs(event.deltaY)) return;
    event.preventDefault();
    const element = this.#element;
    this.#behavior.translateBy(select(element), -event.deltaX / zoomTransform(element).k, 0);
  };

  setScaleExtent(extent: [number, number]) {
    this.#behavior.scaleExtent(extent);
  }

  /** Gives d3-zoom the viewport's transform, unless it holds that one already. */
  sync(wanted: ZoomTransform) {
    const held = zoomTransform(this.#element);
    if (held.k !== wanted.k || held.x !== wanted.x) this.#apply(wanted);
  }

  /** Moves to a transform, animated unless the reader prefers reduced motion. */
  moveTo(transform: ZoomTransform) {
    const width = this.#target.width;
    const target = constrain(transform, width);
    this.#stopAnimation();
    if (this.#reducedMotion) this.#apply(target);
    else
      this.#stopAnimation = animateZoom(zoomTransform(this.#element), target, width, (next) =>
        this.#apply(next),
      );
  }

  destroy() {
    this.#stopAnimation();
    this.#element.removeEventListener('wheel', this.#onWheel);
    select(this.#element).on('.zoom', null);
  }

  #apply(transform: ZoomTransform) {
    select(this.#element).call(this.#behavior.transform, transform);
  }
}
