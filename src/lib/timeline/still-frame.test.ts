import { describe, expect, it } from 'vitest';
import { makeEvent, seriesOf } from '../../../tests/unit/made-events.ts';
import { buildIndex } from '../chronology/time-index.ts';
import { AXIS_HEIGHT } from './draw.ts';
import { lanesHeight } from './lanes.ts';
import { stillFrame } from './still-frame.ts';
import { ENGLISH_FORMAT as format } from '../i18n/intl/locale-format.ts';

const domain: [number, number] = [Date.UTC(2003, 0, 1), Date.UTC(2024, 0, 1)];
const events = [
  makeEvent('one', '2010-05-05', { series: 'a' }),
  makeEvent('two', '2010-05-05', { series: 'a' }),
  makeEvent('three', '2015-01-01', { series: 'b' }),
];
const series = [seriesOf('a'), seriesOf('b')];
const fullIndex = buildIndex(events, ['a', 'b']);

function still(span: [number, number], width = 680, index = fullIndex) {
  return stillFrame({ index, fullIndex, series, eras: [], domain, span, width, format });
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
    expect(frame.colors).toEqual([series[0]!.color, series[1]!.color]);
    expect(height).toBe(lanesHeight(frame.lanes) + AXIS_HEIGHT);
  });

  it('gives a lane the rows it needs for the whole chronology, as on screen', () => {
    const oneOfTwo = buildIndex([events[0]!, events[2]!], ['a', 'b']);
    expect(still(domain, 680, oneOfTwo).frame.lanes).toEqual(still(domain).frame.lanes);
    expect(still(domain).frame.lanes[0]!.rows).toBe(2);
  });

  it('leaves out the lanes a filter emptied, keeping each lane’s colour and rows', () => {
    const filtered = buildIndex(events.slice(2), ['a', 'b']);
    const { frame } = still(domain, 680, filtered);
    expect(frame.lanes.map((lane) => [lane.key, lane.y, lane.rows])).toEqual([['b', 0, 1]]);
    expect(frame.colors).toEqual([series[1]!.color]);
    expect(frame.index.lanes.map((lane) => lane.key)).toEqual(['b']);
  });

  it('keeps every lane when the filter matches nothing', () => {
    const { frame } = still(domain, 680, buildIndex([], ['a', 'b']));
    expect(frame.lanes.map((lane) => lane.key)).toEqual(['a', 'b']);
  });

  it('emphasises nothing: on paper there is no pointer, focus or selection', () => {
    expect(still(domain).frame.emphasis).toEqual({});
  });

  it('fits its lanes into the room a slide’s frame leaves them', () => {
    const regular = still(domain).height;
    const input = {
      index: fullIndex,
      fullIndex,
      series,
      eras: [],
      domain,
      span: domain,
      width: 680,
      format,
    };
    const { height } = stillFrame({ ...input, lanesRoom: regular - AXIS_HEIGHT - 10 });
    expect(height).toBeLessThanOrEqual(regular - 10);
  });

  it('draws each lane in the colour the scheme shown makes of its series’ colour', () => {
    const input = {
      index: fullIndex,
      fullIndex,
      series,
      eras: [],
      domain,
      span: domain,
      width: 680,
      format,
    };
    const { frame } = stillFrame({ ...input, colorFor: (color) => `${color}-lifted` });
    expect(frame.colors).toEqual(series.map((item) => `${item.color}-lifted`));
  });
});
