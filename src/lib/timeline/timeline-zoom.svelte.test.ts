import { describe, expect, it } from 'vitest';
import { Viewport } from '../state/viewport.svelte.ts';
import { TimelineZoom } from './timeline-zoom.svelte.ts';

const DOMAIN: [number, number] = [Date.UTC(2003, 0, 1), Date.UTC(2024, 0, 1)];
const YEAR_2010: [number, number] = [Date.UTC(2010, 0, 1), Date.UTC(2011, 0, 1)];

/** A zoom made as a component makes it, before its canvas exists. */
function zoomWithoutCanvas() {
  const viewport = new Viewport(() => DOMAIN);
  viewport.setWidth(800);
  let zoom!: TimelineZoom;
  const stop = $effect.root(() => {
    zoom = new TimelineZoom(viewport, () => undefined);
  });
  return { viewport, zoom, stop };
}

describe('TimelineZoom before the canvas is there', () => {
  it('zooms in around the middle of the timeline, straight into the viewport', () => {
    const { viewport, zoom, stop } = zoomWithoutCanvas();
    const middle = (viewport.visibleRange[0] + viewport.visibleRange[1]) / 2;
    zoom.zoomBy(2);
    const [from, to] = viewport.visibleRange;
    expect(to - from).toBeCloseTo((DOMAIN[1] - DOMAIN[0]) / 2, -5);
    expect((from + to) / 2).toBeCloseTo(middle, -5);
    stop();
  });

  it('centres an event once zoomed in', () => {
    const { viewport, zoom, stop } = zoomWithoutCanvas();
    zoom.zoomBy(8);
    zoom.centreOn({ startMs: YEAR_2010[0], endMs: YEAR_2010[1] });
    const [from, to] = viewport.visibleRange;
    expect((from + to) / 2).toBeCloseTo((YEAR_2010[0] + YEAR_2010[1]) / 2, -5);
    stop();
  });
});
