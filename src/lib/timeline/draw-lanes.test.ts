import { describe, expect, it } from 'vitest';
import { recordingContext } from '../../../tests/unit/recording-context.ts';
import { DEFAULT_THEME } from '../theme.ts';
import { drawLaneLabels } from './draw-lanes.ts';
import { COMPACT_LANES, fitLanes, laneGeometry } from './lanes.ts';

const specs = Array.from({ length: 10 }, (_, i) => ({
  key: `s${i}`,
  label: `Series ${i}`,
  rows: 1,
}));
const colors = specs.map(() => '#123456');

function namesDrawn(lanes: ReturnType<typeof laneGeometry>) {
  const { ctx, calls } = recordingContext();
  drawLaneLabels(ctx, DEFAULT_THEME, lanes, colors);
  return calls.filter((call) => call.name === 'fillText').map((call) => call.args[0]);
}

describe('drawLaneLabels', () => {
  it('names every lane on its own strip when there is room', () => {
    expect(namesDrawn(laneGeometry(specs))).toEqual(specs.map((spec) => spec.label));
  });

  it('names lanes inside their bands when the strips had to go', () => {
    const lanes = fitLanes(specs, 110, COMPACT_LANES);
    expect(lanes.every((lane) => lane.labelHeight === 0 && lane.height >= 9)).toBe(true);
    expect(namesDrawn(lanes)).toEqual(specs.map((spec) => spec.label));
  });

  it('names no lane thinner than the smallest legible name, so none spills into the next', () => {
    const lanes = fitLanes(specs, 60, COMPACT_LANES);
    expect(Math.max(...lanes.map((lane) => lane.height))).toBeLessThan(9);
    expect(namesDrawn(lanes)).toEqual([]);
  });
});
