import { describe, expect, it } from 'vitest';
import {
  laneGeometry,
  lanesHeight,
  maxConcurrent,
  packRows,
  rowsForLanes,
  rowTop,
} from './lanes.ts';
import { makeEvent } from '../../../tests/unit/made-events.ts';

describe('packRows', () => {
  it('puts overlapping events on separate rows', () => {
    expect(
      packRows(
        [
          { x0: 0, x1: 10 },
          { x0: 5, x1: 15 },
          { x0: 20, x1: 30 },
        ],
        3,
      ),
    ).toEqual([0, 1, 0]);
  });

  it('keeps a gap between neighbours in one row', () => {
    expect(
      packRows(
        [
          { x0: 0, x1: 10 },
          { x0: 11, x1: 15 },
        ],
        2,
        2,
      ),
    ).toEqual([0, 1]);
  });

  it('says -1 where every row is taken', () => {
    expect(
      packRows(
        [
          { x0: 0, x1: 10 },
          { x0: 1, x1: 10 },
          { x0: 2, x1: 10 },
        ],
        2,
      ),
    ).toEqual([0, 1, -1]);
  });
});

describe('lane rows', () => {
  it('counts the events under way at the same time', () => {
    const events = [
      makeEvent('a', '2017-11-13'),
      makeEvent('b', '2017-11-13'),
      makeEvent('c', '2017-11-14'),
      makeEvent('d', '2018'),
    ];
    expect(maxConcurrent(events)).toBe(2);
    expect(rowsForLanes([{ events }, { events: [] }])).toEqual([2, 1]);
  });

  it('stacks lanes below one another with room for their rows', () => {
    const lanes = laneGeometry([
      { key: 'a', label: 'A', rows: 1 },
      { key: 'b', label: 'B', rows: 2 },
    ]);
    expect(lanes[1]!.y).toBe(lanes[0]!.height);
    expect(lanes[1]!.height).toBeGreaterThan(lanes[0]!.height);
    expect(rowTop(lanes[1]!, 1)).toBeGreaterThan(rowTop(lanes[1]!, 0));
    expect(rowTop(lanes[1]!, 1)).toBeLessThan(lanes[1]!.y + lanes[1]!.height);
    expect(lanesHeight(lanes)).toBe(lanes[0]!.height + lanes[1]!.height);
  });
});
