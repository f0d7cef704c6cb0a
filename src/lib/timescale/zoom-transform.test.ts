import { scaleUtc, zoomIdentity as d3Identity } from 'd3';
import { describe, expect, it } from 'vitest';
import { zoomIdentity } from './zoom-transform.ts';

describe('our zoom transform', () => {
  it('moves and scales as d3-zoom’s does, so either can stand for the other', () => {
    const ours = zoomIdentity.translate(-120, 0).scale(4).translate(30, 5);
    const theirs = d3Identity.translate(-120, 0).scale(4).translate(30, 5);
    expect([ours.k, ours.x, ours.y]).toEqual([theirs.k, theirs.x, theirs.y]);
    expect(ours.apply([10, 20])).toEqual(theirs.apply([10, 20]));
    expect(ours.invertX(250)).toBe(theirs.invertX(250));
    expect(String(ours)).toBe(String(theirs));
  });

  it('rescales a time scale to the dates a zoomed view shows', () => {
    const base = scaleUtc()
      .domain([Date.UTC(2003, 0, 1), Date.UTC(2024, 0, 1)])
      .range([0, 1000]);
    const view = zoomIdentity.translate(-500, 0).scale(2);
    const [from, to] = view.rescaleX(base).domain();
    expect([from, to]).toEqual(d3Identity.translate(-500, 0).scale(2).rescaleX(base).domain());
    expect(from!.getUTCFullYear()).toBe(2008);
    // a transform that changes nothing is the same object, as d3's
    expect(view.scale(1)).toBe(view);
  });
});
