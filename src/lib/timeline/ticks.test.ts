import { zoomIdentity } from 'd3';
import { describe, expect, it } from 'vitest';
import { baseScale, scaleExtent, zoomAround } from './scale.ts';
import { axisTicks, LABEL_GAP, type AxisTick } from './ticks.ts';

// 6.5 px per character, about what 11 px system-ui measures
const measure = (text: string) => text.length * 6.5;
const domain: [number, number] = [Date.UTC(2003, 0, 1), Date.UTC(2024, 0, 1)];

function axisAt(k: number, width = 1200, around = 600) {
  const base = baseScale(domain, width);
  const transform = zoomAround(zoomIdentity, k, around, domain, width);
  return axisTicks(transform.rescaleX(base), measure);
}

function expectNoOverlap(ticks: AxisTick[]) {
  for (let i = 1; i < ticks.length; i++) {
    const previous = ticks[i - 1]!;
    expect(previous.x + measure(previous.label) + LABEL_GAP).toBeLessThanOrEqual(ticks[i]!.x);
  }
}

describe('axisTicks', () => {
  it('labels years across two decades', () => {
    const axis = axisAt(1);
    expect(axis.level).toBe('year');
    expect(axis.minor[0]!.label).toBe('2003');
    expect(axis.major).toEqual([]);
  });

  it('labels every fifth year on a phone, where yearly labels would collide', () => {
    expect(axisAt(1, 340, 170).level).toBe('5 years');
  });

  it('moves to months, then days, as it zooms in, naming the larger unit above', () => {
    const months = axisAt(8);
    expect(months.level).toMatch(/month/);
    expect(months.major.length).toBeGreaterThan(0);
    expect(months.major[0]!.label).toMatch(/^\d{4}$/);
    const days = axisAt(100);
    expect(days.level).toMatch(/day/);
    expect(days.major[0]!.label).toMatch(/^[A-Z][a-z]+ \d{4}$/);
  });

  it('reaches hours at the deepest zoom', () => {
    expect(axisAt(scaleExtent(domain)[1]).level).toMatch(/hours/);
  });

  it.each([1, 1.7, 3, 8, 20, 55, 140, 400, 1100, 3000, 3800])(
    'never lets labels overlap at zoom %d',
    (k) => {
      const axis = axisAt(k);
      expect(axis.minor.length).toBeGreaterThan(1);
      expectNoOverlap(axis.minor);
      expectNoOverlap(axis.major);
    },
  );
});
