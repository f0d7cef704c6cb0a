import { zoomIdentity } from 'd3';
import { describe, expect, it } from 'vitest';
import { zoomPath } from './animate-zoom.ts';

describe('the animated zoom path', () => {
  const width = 1000;
  const from = zoomIdentity;
  const to = zoomIdentity.translate(-4000, 0).scale(10);

  it('starts where the view is and ends exactly at the target', () => {
    const path = zoomPath(from, to, width);
    expect(path(0).k).toBeCloseTo(1);
    expect(path(0).x).toBeCloseTo(0);
    expect(path(1)).toBe(to);
  });

  it('zooms in steadily without overshooting the target scale', () => {
    const path = zoomPath(from, to, width);
    const scales = [0.25, 0.5, 0.75].map((fraction) => path(fraction).k);
    for (const k of scales) {
      expect(k).toBeGreaterThanOrEqual(1 - 1e-9);
      expect(k).toBeLessThanOrEqual(10 + 1e-9);
    }
  });
});
