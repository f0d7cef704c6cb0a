import { describe, expect, it } from 'vitest';
import { makeEvent, seriesOf } from '../../../tests/unit/made-events.ts';
import { buildIndex } from '../chronology/time-index.ts';
import { AXIS_HEIGHT } from './draw.ts';
import { lanesHeight } from './lanes.ts';
import { seriesColor } from './palette.ts';
import { stillFrame } from './still-frame.ts';

const domain: [number, number] = [Date.UTC(2003, 0, 1), Date.UTC(2024, 0, 1)];
const events = [
  makeEvent('one', '2010-05-05', { series: 'a' }),
  makeEvent('two', '2010-05-05', { series: 'a' }),
  makeEvent('three', '2015-01-01', { series: 'b' }),
];
const series = [seriesOf('a'), seriesOf('b')];
const fullIndex = buildIndex(events, ['a', 'b']);

function still(span: [number, number], width = 680, index = fullIndex) {
  return stillFrame({ index, fullIndex, series, eras: [], domain, span, width });
}

describe('stillFrame', () => {
  it('shows the asked span across the whole width', () => {
    const span: [number, number] = [Date.UTC(2009, 0, 1), Date.UTC(2012, 0, 1)];
    const { frame } = still(span, 680);
    expect(frame.scale(span[0])).toBeCloseTo(0, 6);
    expect(frame.scale(span[1])).toBeCloseTo(680, 6);
  });

  it('shows the whole domain when asked for it', () => {
    const { frame } = still(domain, 500);
    expect(frame.transform.k).toBe(1);
    expect(frame.scale(domain[1])).toBeCloseTo(500, 6);
  });

  it('draws one lane per series, in order, in the series colours, with the axis below', () => {
    const { frame, height } = still(domain);
    expect(frame.lanes.map((lane) => lane.key)).toEqual(['a', 'b']);
    expect(frame.colors).toEqual([seriesColor('a', 0), seriesColor('b', 1)]);
    expect(height).toBe(lanesHeight(frame.lanes) + AXIS_HEIGHT);
  });

  it('keeps the rows of the whole chronology when only some events are drawn', () => {
    const filtered = buildIndex(events.slice(2), ['a', 'b']);
    expect(still(domain, 680, filtered).frame.lanes).toEqual(still(domain).frame.lanes);
    expect(still(domain).frame.lanes[0]!.rows).toBe(2);
  });

  it('emphasises nothing: on paper there is no pointer, focus or selection', () => {
    expect(still(domain).frame.emphasis).toEqual({});
  });
});
