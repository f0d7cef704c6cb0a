import { zoomIdentity } from 'd3';
import { describe, expect, it } from 'vitest';
import {
  baseScale,
  constrain,
  DAY_MS,
  isInView,
  scaleExtent,
  transformCentring,
  transformShowing,
  visibleScale,
  zoomAround,
} from './scale.ts';

const domain: [number, number] = [Date.UTC(2003, 0, 1), Date.UTC(2024, 0, 1)];
const width = 1000;
const base = baseScale(domain, width);
const visibleDays = (t: ReturnType<typeof zoomIdentity.scale>) => {
  const [a, b] = visibleScale(base, t).domain();
  return (+b! - +a!) / DAY_MS;
};

describe('time scales', () => {
  it('shows the whole domain at scale 1', () => {
    expect(visibleScale(base, zoomIdentity).domain().map(Number)).toEqual(domain);
  });

  it('derives the visible scale without changing the base scale', () => {
    visibleScale(base, zoomIdentity.translate(-500, 0).scale(4));
    expect(base.domain().map(Number)).toEqual(domain);
    expect(base.range()).toEqual([0, width]);
  });

  it('zooms from two decades down to a single day and no further', () => {
    const [, maxK] = scaleExtent(domain);
    const deepest = zoomAround(zoomIdentity, 1e9, 500, domain, width);
    expect(deepest.k).toBe(maxK);
    expect(visibleDays(deepest)).toBeCloseTo(2, 5);
    expect(zoomAround(zoomIdentity, 1e-9, 500, domain, width).k).toBe(1);
  });

  it('keeps the instant under the pointer in place while zooming', () => {
    const before = visibleScale(base, zoomIdentity);
    const instant = +before.invert(250);
    const zoomed = zoomAround(zoomIdentity, 8, 250, domain, width);
    expect(visibleScale(base, zoomed)(instant)).toBeCloseTo(250, 6);
  });

  it('never pans beyond either end of the domain', () => {
    const k = 4;
    expect(constrain(zoomIdentity.translate(200, 0).scale(k), width).x).toBe(0);
    expect(constrain(zoomIdentity.translate(-9000, 0).scale(k), width).x).toBe(width - width * k);
  });

  it('frames a range with a margin and centres an instant', () => {
    const from = Date.UTC(2018, 7, 14);
    const to = Date.UTC(2018, 7, 16);
    const framed = visibleScale(base, transformShowing(base, domain, from, to, 0.1));
    expect(framed(from)).toBeCloseTo(width * (0.1 / 1.2), 3);
    const centred = transformCentring(base, zoomIdentity.scale(50), Date.UTC(2010, 0, 1));
    expect(visibleScale(base, centred)(Date.UTC(2010, 0, 1))).toBeCloseTo(width / 2, 6);
    expect(isInView(visibleScale(base, centred), Date.UTC(2010, 0, 1), Date.UTC(2010, 0, 2))).toBe(
      true,
    );
    expect(isInView(visibleScale(base, centred), Date.UTC(2003, 0, 1), Date.UTC(2003, 0, 2))).toBe(
      false,
    );
  });
});
