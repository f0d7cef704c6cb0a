import { describe, expect, it } from 'vitest';
import { visibleRangeLabel } from './range-label.ts';

describe('visibleRangeLabel', () => {
  it.each([
    [Date.UTC(2003, 0, 1), Date.UTC(2024, 0, 1), '2003 – 2023'],
    [Date.UTC(2010, 2, 1), Date.UTC(2010, 6, 1), 'March–June 2010'],
    [Date.UTC(2018, 7, 10), Date.UTC(2018, 7, 20), '10–19 August 2018'],
  ])('says %d to %d as %s, no more precisely than the zoom', (from, to, expected) => {
    expect(visibleRangeLabel(from, to)).toBe(expected);
  });
});
