import { describe, expect, it } from 'vitest';
import { extentOf } from './domain.ts';

describe('the span a timeline can show', () => {
  it('follows the events, with a margin on each side, however long ago they were', () => {
    const start = new Date(0);
    start.setUTCFullYear(-500, 0, 1);
    const end = new Date(0);
    end.setUTCFullYear(-400, 0, 1);
    const [from, to] = extentOf([{ startMs: +start, endMs: +end }])!;
    const span = +end - +start;
    expect(+start - from).toBeCloseTo(span * 0.02, -3);
    expect(to - +end).toBeCloseTo(span * 0.02, -3);
  });

  it('never reaches beyond the instants a Date can hold', () => {
    const [from, to] = extentOf([{ startMs: -8.6e15, endMs: 8.6e15 }])!;
    expect(Number.isNaN(new Date(from).getTime())).toBe(false);
    expect(Number.isNaN(new Date(to).getTime())).toBe(false);
  });
});
