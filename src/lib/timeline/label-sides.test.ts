import { describe, expect, it } from 'vitest';
import { LABEL_PAD, placeLabels } from './label-sides.ts';

const marks = (...x0s: number[]) => x0s.map((x0) => ({ x0, x1: x0 + 4 }));

describe('placeLabels', () => {
  it('puts a label to the right of its mark when the whole title fits there', () => {
    expect(placeLabels(marks(100, 400), 1000, () => 200)[0]).toEqual({
      side: 'right',
      room: 400 - 104 - LABEL_PAD * 2,
    });
  });

  it('puts a label to the left when it fits only there', () => {
    // the mark at 300 has 46 px before the next one but 292 px after the start
    const [, second] = placeLabels(marks(0, 300, 350), 1000, (i) => (i === 1 ? 150 : 20));
    expect(second).toEqual({ side: 'left', room: 300 - (4 + LABEL_PAD + 20 + LABEL_PAD) - 8 });
  });

  it('keeps a left label clear of the previous mark’s own label', () => {
    const [first, second] = placeLabels(marks(0, 200, 230), 1000, () => 120);
    expect(first!.side).toBe('right');
    // the first label ends at 4 + 4 + 120 + 4 = 132: the second has 200 - 132 - 8 px on the left
    expect(second).toEqual({ side: 'left', room: 60 });
  });

  it('shortens on the side with more room when the title fits on neither', () => {
    const [only] = placeLabels(marks(300), 500, () => 1000);
    expect(only).toEqual({ side: 'left', room: 300 - LABEL_PAD * 2 });
  });

  it('gives no label, and measures nothing, where there is no room on either side', () => {
    const measured: number[] = [];
    const placed = placeLabels(marks(10, 30, 50), 60, (i) => (measured.push(i), 100));
    expect(placed).toEqual([undefined, undefined, undefined]);
    expect(measured).toEqual([]);
  });
});
