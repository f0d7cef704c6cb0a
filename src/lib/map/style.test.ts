import { describe, expect, it } from 'vitest';
import { shadeScale } from './style.ts';

describe('shadeScale', () => {
  it('leaves states without events unshaded and spreads the others from light to full', () => {
    const shade = shadeScale(
      new Map([
        ['VNM', 40],
        ['JPN', 4],
        ['RUS', 1],
      ]),
    );
    expect(shade(0)).toBe(0);
    expect(shade(1)).toBeCloseTo(0.15);
    expect(shade(40)).toBe(1);
    expect(shade(4)).toBeGreaterThan(shade(1));
  });

  it('shades nothing when no state took part in anything', () => {
    expect(shadeScale(new Map())(3)).toBe(0);
  });
});
