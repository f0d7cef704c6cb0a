import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMPACT_LANES,
  COMPACT_LANES_HEIGHT,
  fitLanes,
  laneGeometry,
  lanesFor,
  lanesHeight,
  MIN_ROW_HEIGHT,
  REGULAR_LANES,
  rowTop,
} from './lanes.ts';

const lanesOf = (...rows: number[]) =>
  rows.map((count, i) => ({ key: `lane${i}`, label: `Lane ${i}`, rows: count }));
const ten = lanesOf(2, 2, 1, 1, 2, 1, 1, 1, 1, 2);

describe('fitLanes', () => {
  it('keeps the lanes as they are when they fit', () => {
    const natural = laneGeometry(ten);
    expect(fitLanes(ten, lanesHeight(natural) + 10)).toEqual(natural);
  });

  it('makes rows thinner before giving up the name strips', () => {
    const natural = lanesHeight(laneGeometry(ten));
    const lanes = fitLanes(ten, natural - 20);
    expect(lanes[0]!.labelHeight).toBe(REGULAR_LANES.labelHeight);
    expect(lanes[0]!.rowHeight).toBeLessThan(REGULAR_LANES.rowHeight);
    expect(lanes[0]!.rowHeight).toBeGreaterThanOrEqual(MIN_ROW_HEIGHT);
    expect(lanes.map((lane) => lane.rows)).toEqual(ten.map((lane) => lane.rows));
  });

  it('puts the lane names inside the bands when thin rows are not enough', () => {
    const lanes = fitLanes(ten, 170);
    expect(lanes.every((lane) => lane.labelHeight === 0)).toBe(true);
    expect(lanes.map((lane) => lane.rows)).toEqual(ten.map((lane) => lane.rows));
    expect(lanes[0]!.rowHeight).toBeGreaterThanOrEqual(MIN_ROW_HEIGHT);
    expect(lanesHeight(lanes)).toBeLessThanOrEqual(170);
  });

  it('keeps one row per lane when even that is not enough', () => {
    const lanes = fitLanes(ten, 80);
    expect(lanes.every((lane) => lane.rows === 1 && lane.labelHeight === 0)).toBe(true);
    expect(lanesHeight(lanes)).toBeLessThanOrEqual(80);
  });

  it('never makes lanes taller than the room it is given', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 12, max: 600 }),
        (rows, available) => {
          const lanes = fitLanes(lanesOf(...rows), available);
          expect(lanesHeight(lanes)).toBeLessThanOrEqual(available);
          // every row still lies inside its lane
          for (const lane of lanes) {
            expect(rowTop(lane, lane.rows - 1) + lane.rowHeight).toBeLessThanOrEqual(
              lane.y + lane.height,
            );
          }
        },
      ),
      { seed: 13, numRuns: 300 },
    );
  });
});

describe('lanesFor', () => {
  it('gives ten compact lanes and the 34 px axis at most 250 px', () => {
    const deep = lanesOf(4, 2, 2, 1, 3, 1, 2, 1, 1, 2);
    expect(lanesHeight(lanesFor(deep, { compact: true })) + 34).toBeLessThanOrEqual(250);
    expect(lanesHeight(lanesFor(deep, { compact: true }))).toBeLessThanOrEqual(
      COMPACT_LANES_HEIGHT,
    );
  });

  it('is as tall as its lanes need without fit, whatever room there is', () => {
    expect(lanesFor(ten, { available: 40 })).toEqual(laneGeometry(ten));
  });

  it('fills a container with regular lanes when they fit, compact ones when they do not', () => {
    const natural = lanesHeight(laneGeometry(ten));
    expect(lanesFor(ten, { fit: true, available: natural })[0]!.rowHeight).toBe(
      REGULAR_LANES.rowHeight,
    );
    const tight = lanesFor(ten, { fit: true, available: natural - 40 });
    expect(tight[0]!.padding).toBe(COMPACT_LANES.padding);
    expect(lanesHeight(tight)).toBeLessThanOrEqual(natural - 40);
  });

  it('gives a one-lane chronology one lane’s height, not ten', () => {
    const one = lanesFor(lanesOf(1), { fit: true, available: 400 });
    expect(lanesHeight(one)).toBeLessThan(40);
  });
});
