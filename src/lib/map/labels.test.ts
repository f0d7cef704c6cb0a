import { describe, expect, it } from 'vitest';
import { LABEL_OFFSET, placeLabels } from './labels.ts';

const label = (key: string, count: number, x: number, y: number) => ({
  key,
  count,
  point: { x, y },
  width: 60,
  height: 16,
});

const shown = (candidates: Parameters<typeof placeLabels>[0]) =>
  new Set(placeLabels(candidates).keys());

describe('placeLabels', () => {
  it('keeps labels that do not touch', () => {
    expect(shown([label('a', 1, 0, 0), label('b', 1, 0, 40)])).toEqual(new Set(['a', 'b']));
  });

  it('lets two names sit one above the other when their boxes only touch', () => {
    const tall = (key: string, y: number) => ({ ...label(key, 1, 0, y), height: 24 });
    expect(shown([tall('hanoi', 100), tall('vientiane', 124)])).toEqual(
      new Set(['hanoi', 'vientiane']),
    );
    expect(shown([tall('hanoi', 100), tall('vientiane', 123)])).toEqual(new Set(['hanoi']));
  });

  it('keeps room beside a name, so two names on one line never run together', () => {
    // the first name ends at 0 + LABEL_OFFSET + 60; the second starts LABEL_OFFSET after its point
    expect(shown([label('a', 2, 0, 0), label('b', 1, 60 + 3, 0)])).toEqual(new Set(['a']));
    expect(shown([label('a', 2, 0, 0), label('b', 1, 60 + 4, 0)])).toEqual(new Set(['a', 'b']));
  });

  it('gives way to city names with country names', () => {
    const country = { ...label('VNM', -1, 60, 100), anchor: 'center' as const };
    expect(shown([country, label('hanoi', 0, 20, 100)])).toEqual(new Set(['hanoi']));
    expect(shown([country, label('hanoi', 0, 20, 200)])).toEqual(new Set(['hanoi', 'VNM']));
  });

  it('drops the quieter of two colliding labels', () => {
    expect(shown([label('bali', 2, 100, 100), label('nusa-dua', 1, 102, 104)])).toEqual(
      new Set(['bali']),
    );
  });

  it('puts a name before its circle where the map’s right edge would cut it off', () => {
    const width = 500;
    const sides = placeLabels([label('middle', 1, 200, 50), label('sydney', 1, 470, 150)], width);
    expect(sides).toEqual(
      new Map([
        ['middle', 'after'],
        ['sydney', 'before'],
      ]),
    );
    // …and it takes the space there, so a name to the left of it gives way
    const crowded = [
      label('sydney', 2, 470, 150),
      label('newcastle', 1, 470 - LABEL_OFFSET - 60 - 40, 150),
    ];
    expect([...placeLabels(crowded, width).keys()]).toEqual(['sydney']);
  });

  it('keeps a name after its circle when there is no room before it either', () => {
    expect(placeLabels([label('narrow', 1, 30, 10)], 60).get('narrow')).toBe('after');
  });
});
