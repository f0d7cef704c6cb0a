import { describe, expect, it } from 'vitest';
import { placeLabels } from './labels.ts';

const label = (key: string, count: number, x: number, y: number) => ({
  key,
  count,
  point: { x, y },
  width: 60,
  height: 16,
});

describe('placeLabels', () => {
  it('keeps labels that do not touch', () => {
    expect(placeLabels([label('a', 1, 0, 0), label('b', 1, 0, 40)])).toEqual(new Set(['a', 'b']));
  });

  it('gives way to city names with country names', () => {
    const country = { ...label('VNM', -1, 60, 100), anchor: 'center' as const };
    expect(placeLabels([country, label('hanoi', 0, 20, 100)])).toEqual(new Set(['hanoi']));
    expect(placeLabels([country, label('hanoi', 0, 20, 200)])).toEqual(new Set(['hanoi', 'VNM']));
  });

  it('drops the quieter of two colliding labels', () => {
    expect(placeLabels([label('bali', 2, 100, 100), label('nusa-dua', 1, 102, 104)])).toEqual(
      new Set(['bali']),
    );
  });
});
