import { zoomIdentity } from 'd3';
import { describe, expect, it } from 'vitest';
import { utcDay } from '../dates/partial-date.ts';
import { DAY_MS } from '../dates/time-units.ts';
import {
  baseScale,
  constrain,
  scaleExtent,
  transformCentring,
  transformShowing,
  zoomAround,
} from './scale.ts';

const domain: [number, number] = [Date.UTC(2003, 0, 1), Date.UTC(2024, 0, 1)];
const width = 1000;
const base = baseScale(domain, width);
const visibleDays = (t: ReturnType<typeof zoomIdentity.scale>) => {
  const [a, b] = t.rescaleX(base).domain();
  return (+b! - +a!) / DAY_MS;
};

describe('time scales', () => {
  it('shows the whole domain at scale 1', () => {
    expect(zoomIdentity.rescaleX(base).domain().map(Number)).toEqual(domain);
  });

  it('derives the visible scale without changing the base scale', () => {
    zoomIdentity.translate(-500, 0).scale(4).rescaleX(base);
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
    const before = zoomIdentity.rescaleX(base);
    const instant = +before.invert(250);
    const zoomed = zoomAround(zoomIdentity, 8, 250, domain, width);
    expect(zoomed.rescaleX(base)(instant)).toBeCloseTo(250, 6);
  });

  it('never pans beyond either end of the domain', () => {
    const k = 4;
    expect(constrain(zoomIdentity.translate(200, 0).scale(k), width).x).toBe(0);
    expect(constrain(zoomIdentity.translate(-9000, 0).scale(k), width).x).toBe(width - width * k);
  });

  it('frames a range with a margin and centres an instant', () => {
    const from = Date.UTC(2018, 7, 14);
    const to = Date.UTC(2018, 7, 16);
    const framed = transformShowing(base, domain, from, to, 0.1).rescaleX(base);
    expect(framed(from)).toBeCloseTo(width * (0.1 / 1.2), 3);
    const centred = transformCentring(base, zoomIdentity.scale(50), Date.UTC(2010, 0, 1));
    expect(centred.rescaleX(base)(Date.UTC(2010, 0, 1))).toBeCloseTo(width / 2, 6);
    // a fiftieth of 21 years: about five months around the instant, so not the domain's start
    const [shownFrom, shownTo] = centred.rescaleX(base).domain().map(Number) as [number, number];
    expect(shownFrom).toBeGreaterThan(Date.UTC(2009, 8, 1));
    expect(shownTo).toBeLessThan(Date.UTC(2010, 4, 1));
  });
});

describe('time scales over five millennia, most of them BCE', () => {
  const millennia: [number, number] = [utcDay(-3000, 0, 1), utcDay(2000, 0, 1)];
  const wide = baseScale(millennia, width);
  const shownDays = (t: ReturnType<typeof zoomIdentity.scale>) => {
    const [a, b] = t.rescaleX(wide).domain();
    return (+b! - +a!) / DAY_MS;
  };

  it('zooms from the whole span down to one day filling half the width', () => {
    expect(shownDays(zoomIdentity)).toBeCloseTo((millennia[1] - millennia[0]) / DAY_MS, 6);
    const deepest = zoomAround(zoomIdentity, 1e12, 500, millennia, width);
    expect(deepest.k).toBe(scaleExtent(millennia)[1]);
    expect(shownDays(deepest)).toBeCloseTo(2, 5);
  });

  it('keeps the view inside the domain at both ends, even zoomed in to a day', () => {
    const k = scaleExtent(millennia)[1];
    const atStart = constrain(zoomIdentity.translate(500, 0).scale(k), width).rescaleX(wide);
    expect(+atStart.domain()[0]!).toBe(millennia[0]);
    const atEnd = constrain(zoomIdentity.translate(-1e12, 0).scale(k), width).rescaleX(wide);
    expect(+atEnd.domain()[1]!).toBeCloseTo(millennia[1], -1);
  });

  it('frames days of 44 BCE, one day at most half the width, and centres an instant of 45', () => {
    const from = utcDay(-44, 2, 14);
    const twoDays = transformShowing(wide, millennia, from, from + 2 * DAY_MS, 0.1);
    expect(twoDays.rescaleX(wide)(from)).toBeCloseTo(width * (0.1 / 1.2), 3);
    const oneDay = transformShowing(wide, millennia, from, from + DAY_MS, 0.1).rescaleX(wide);
    expect(oneDay(from)).toBeCloseTo(width / 4, 3);
    expect(oneDay(from + DAY_MS)).toBeCloseTo((width * 3) / 4, 3);
    const instant = utcDay(45, 2, 12);
    const centred = transformCentring(wide, zoomIdentity.scale(1e4), instant);
    expect(centred.rescaleX(wide)(instant)).toBeCloseTo(width / 2, 6);
  });

  it('frames the first day of the domain against its start rather than beyond it', () => {
    const shown = transformShowing(wide, millennia, millennia[0], millennia[0] + DAY_MS);
    expect(+shown.rescaleX(wide).domain()[0]!).toBe(millennia[0]);
  });
});
