import { describe, expect, it } from 'vitest';
import {
  buildIndex,
  countInWindow,
  extentOfIndex,
  IndexBuilder,
  lowerBound,
  windowOf,
} from './time-index.ts';
import { generatedEvents, makeEvent } from '../../../tests/unit/made-events.ts';

describe('lowerBound', () => {
  it.each([
    [0, 0],
    [1, 0],
    [2, 1],
    [3, 1],
    [6, 4],
  ])('finds where %d would go', (value, expected) => {
    expect(lowerBound([1, 3, 3, 5], value)).toBe(expected);
  });
});

describe('buildIndex', () => {
  const events = [
    makeEvent('late', '2010-05-01', { series: 'b' }),
    makeEvent('early', '2004-01-10', { series: 'a' }),
    makeEvent('same-day-b', '2004-01-10', { series: 'b' }),
    makeEvent('long', '2009', { series: 'a' }),
  ];
  const index = buildIndex(events, ['a', 'b', 'empty']);

  it('keeps every lane in the given order, empty ones too', () => {
    expect(index.lanes.map((lane) => lane.key)).toEqual(['a', 'b', 'empty']);
    expect(index.lanes[0]!.events.map((event) => event.id)).toEqual(['early', 'long']);
  });

  it('orders keyboard navigation by time, then by lane', () => {
    expect(index.order.map((event) => event.id)).toEqual(['early', 'same-day-b', 'long', 'late']);
  });

  it('finds events that began before a window but still run in it', () => {
    const lane = index.lanes[0]!;
    const [lo, hi] = windowOf(lane, Date.UTC(2009, 5, 1), Date.UTC(2009, 6, 1));
    expect(lane.events.slice(lo, hi).map((event) => event.id)).toContain('long');
  });

  it('counts the events that overlap a window', () => {
    expect(countInWindow(index, Date.UTC(2004, 0, 10), Date.UTC(2004, 0, 11))).toBe(2);
    expect(countInWindow(index, Date.UTC(2009, 5, 1), Date.UTC(2010, 5, 1))).toBe(2);
    expect(countInWindow(index, Date.UTC(2011, 0, 1), Date.UTC(2012, 0, 1))).toBe(0);
  });

  it('counts the same as a plain scan on a large generated set', () => {
    const many = generatedEvents(5000);
    const big = buildIndex(many, []);
    const from = Date.UTC(2012, 3, 1);
    const to = Date.UTC(2013, 8, 1);
    expect(countInWindow(big, from, to)).toBe(
      many.filter((event) => event.endMs > from && event.startMs < to).length,
    );
  });
});

describe('an index built a chunk at a time, as an import arrives', () => {
  const many = generatedEvents(3000);
  const keys = ['lane0', 'lane1', 'lane2', 'lane3', 'lane4', 'lane5', 'empty'];
  const whole = buildIndex(many, keys);
  const lanesOf = (index: ReturnType<typeof buildIndex>) =>
    index.lanes.map((lane) => ({
      key: lane.key,
      ids: lane.events.map((event) => event.id),
      starts: [...lane.starts],
      maxDuration: lane.maxDuration,
      latestEnd: lane.latestEnd,
    }));

  it('is the index of all the events at once, in whatever chunks they come', () => {
    for (const size of [1, 7, 1000, 5000]) {
      const builder = new IndexBuilder(keys);
      for (let from = 0; from < many.length; from += size)
        builder.add(many.slice(from, from + size));
      const chunked = builder.finish();
      expect(chunked.order.map((event) => event.id)).toEqual(whole.order.map((event) => event.id));
      expect(lanesOf(chunked)).toEqual(lanesOf(whole));
      expect(chunked.count).toBe(many.length);
    }
  });

  it('sorts events that arrive out of order, as one batch would be', () => {
    const builder = new IndexBuilder(keys);
    builder.add(whole.order.slice(1500)).add(whole.order.slice(0, 1500));
    const late = builder.finish();
    expect(late.order.map((event) => event.id)).toEqual(whole.order.map((event) => event.id));
    expect(lanesOf(late)).toEqual(lanesOf(whole));
  });
});

describe('extentOfIndex', () => {
  it('runs from the first start to the latest end, which need not be the last event’s', () => {
    const index = buildIndex(
      [
        makeEvent('long', '2004-01-10', { series: 'a', end: '2012-12-31' }),
        makeEvent('first', '2003-05-01', { series: 'b' }),
        makeEvent('last', '2010-05-01', { series: 'a' }),
      ],
      ['a', 'b', 'empty'],
    );
    expect(extentOfIndex(index)).toEqual([Date.UTC(2003, 4, 1), Date.UTC(2013, 0, 1)]);
  });

  it('is undefined without events', () => {
    expect(extentOfIndex(buildIndex([], ['a']))).toBeUndefined();
  });
});
