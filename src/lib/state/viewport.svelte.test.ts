import { zoomIdentity } from 'd3';
import { describe, expect, it } from 'vitest';
import { Viewport } from './viewport.svelte.ts';

const DOMAIN: [number, number] = [Date.UTC(2003, 0, 1), Date.UTC(2024, 0, 1)];
const from = Date.UTC(2010, 0, 1);
const to = Date.UTC(2012, 0, 1);

describe('Viewport', () => {
  it('shows the whole domain until it knows its width', () => {
    const viewport = new Viewport(() => DOMAIN);
    expect(viewport.visibleRange).toEqual(DOMAIN);
    expect(viewport.whole).toBe(true);
  });

  it('shows a linked range once the width is known', () => {
    const viewport = new Viewport(() => DOMAIN);
    viewport.show(from, to);
    expect(viewport.visibleRange).toEqual(DOMAIN);
    viewport.setWidth(800);
    const [shownFrom, shownTo] = viewport.visibleRange;
    expect(shownFrom).toBeCloseTo(from, -5);
    expect(shownTo).toBeCloseTo(to, -5);
    expect(viewport.whole).toBe(false);
  });

  it('shows a range at once when the width is known', () => {
    const viewport = new Viewport(() => DOMAIN);
    viewport.setWidth(800);
    viewport.show(from, to);
    expect(viewport.visibleRange[0]).toBeCloseTo(from, -5);
  });

  it('forgets a pending range when asked for everything', () => {
    const viewport = new Viewport(() => DOMAIN);
    viewport.show(from, to);
    viewport.showAll();
    viewport.setWidth(800);
    expect(viewport.visibleRange).toEqual(DOMAIN);
  });

  it('keeps the same instants in view when the width changes', () => {
    const viewport = new Viewport(() => DOMAIN);
    viewport.setWidth(800);
    viewport.show(from, to);
    const before = viewport.visibleRange;
    viewport.setWidth(400);
    expect(viewport.visibleRange[0]).toBeCloseTo(before[0], -5);
    expect(viewport.visibleRange[1]).toBeCloseTo(before[1], -5);
  });

  it('derives the visible scale from the transform without changing the base scale', () => {
    const viewport = new Viewport(() => DOMAIN);
    viewport.setWidth(1000);
    const base = viewport.base;
    viewport.setTransform(zoomIdentity.translate(-1000, 0).scale(2));
    expect(viewport.base).toBe(base);
    expect(+base.invert(0)).toBe(DOMAIN[0]);
    expect(viewport.scale(+viewport.scale.invert(500))).toBeCloseTo(500, 6);
    expect(viewport.visibleRange[0]).toBeCloseTo((DOMAIN[0] + DOMAIN[1]) / 2, -5);
  });
});
