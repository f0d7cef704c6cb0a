import { zoomIdentity } from 'd3';
import { describe, expect, it } from 'vitest';
import { generatedEvents, makeEvent } from '../../../tests/unit/made-events.ts';
import { binByColumn } from './bins.ts';
import { buildIndex } from '../chronology/time-index.ts';
import { buildHitIndex } from './hit-test.ts';
import { laneGeometry, rowTop, ROW_HEIGHT } from './lanes.ts';
import { layoutFrame, type ClusterItem, type EventItem } from './layout.ts';
import { baseScale, zoomAround } from '../timescale/scale.ts';

const domain: [number, number] = [Date.UTC(2003, 0, 1), Date.UTC(2024, 0, 1)];
const width = 1000;
const base = baseScale(domain, width);

describe('binByColumn', () => {
  it('counts the starts in each column without losing any', () => {
    const events = generatedEvents(3000, 1);
    const starts = Float64Array.from(events, (event) => event.startMs);
    const bins = binByColumn(starts, base, zoomIdentity, width, 20);
    expect(bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(3000);
    for (const bin of bins) {
      expect(bin.x1 - bin.x0).toBe(20);
      expect(
        events.slice(bin.lo, bin.hi).every((e) => e.startMs >= bin.t0 && e.startMs < bin.t1),
      ).toBe(true);
    }
  });

  it('keeps columns anchored to time while panning', () => {
    const starts = Float64Array.from(generatedEvents(500, 1), (event) => event.startMs);
    const zoomed = zoomIdentity.translate(-2000, 0).scale(4);
    const panned = zoomIdentity.translate(-2013, 0).scale(4);
    const a = binByColumn(starts, base, zoomed, width, 20);
    const b = binByColumn(starts, base, panned, width, 20);
    const shared = a.find((bin) => b.some((other) => other.t0 === bin.t0));
    expect(shared).toBeDefined();
    expect(b.find((other) => other.t0 === shared!.t0)!.x0).toBeCloseTo(shared!.x0 - 13, 6);
  });
});

describe('layoutFrame', () => {
  const lanesFor = (rows: number[]) =>
    laneGeometry(rows.map((count, i) => ({ key: `lane${i}`, label: `Lane ${i}`, rows: count })));

  it('gives sparse events rows of their own where they overlap', () => {
    const events = [
      makeEvent('a', '2017-11-13', { series: 'lane0' }),
      makeEvent('b', '2017-11-13', { series: 'lane0' }),
      makeEvent('c', '2010-01-01', { series: 'lane0' }),
    ];
    const lanes = lanesFor([2]);
    const { items } = layoutFrame(buildIndex(events, ['lane0']), lanes, base, zoomIdentity, width);
    expect(items.map((item) => item.kind)).toEqual(['event', 'event', 'event']);
    const rows = Object.fromEntries(
      (items as EventItem[]).map((item) => [item.event.id, item.row]),
    );
    expect(new Set([rows.a, rows.b])).toEqual(new Set([0, 1]));
  });

  it('clusters a crowded lane with counts that add up to every visible event', () => {
    const events = generatedEvents(20_000, 2);
    const index = buildIndex(events, ['lane0', 'lane1']);
    const { items } = layoutFrame(index, lanesFor([2, 2]), base, zoomIdentity, width);
    const clustered = items.filter((item): item is ClusterItem => item.kind === 'cluster');
    expect(new Set(clustered.map((cluster) => cluster.lane))).toEqual(new Set([0, 1]));
    const total = items.reduce((sum, item) => sum + (item.kind === 'cluster' ? item.count : 1), 0);
    expect(total).toBe(20_000);
    expect(items.length).toBeLessThan(200);
  });

  it('looks only at the visible window when zoomed in', () => {
    const events = generatedEvents(20_000, 2);
    const index = buildIndex(events, ['lane0', 'lane1']);
    const deep = zoomAround(zoomIdentity, 2000, 500, domain, width);
    const { items } = layoutFrame(index, lanesFor([4, 4]), base, deep, width);
    const visible = deep.rescaleX(base).domain().map(Number) as [number, number];
    const expected = events.filter((e) => e.endMs > visible[0] && e.startMs < visible[1]).length;
    const counted = items.reduce(
      (sum, item) => sum + (item.kind === 'cluster' ? item.count : 1),
      0,
    );
    expect(counted).toBe(expected);
    expect(items.every((item) => item.x1 >= -30 && item.x0 <= width + 30)).toBe(true);
  });
});

describe('buildHitIndex', () => {
  const events = [
    makeEvent('a', '2010-01-01', { series: 'lane0' }),
    makeEvent('b', '2010-01-01', { series: 'lane0' }),
    makeEvent('c', '2015-06-01', { series: 'lane1' }),
  ];
  const lanes = laneGeometry([
    { key: 'lane0', label: 'A', rows: 2 },
    { key: 'lane1', label: 'B', rows: 1 },
  ]);
  const { items } = layoutFrame(
    buildIndex(events, ['lane0', 'lane1']),
    lanes,
    base,
    zoomIdentity,
    width,
  );
  const hits = buildHitIndex(items, lanes);
  const itemOf = (id: string) =>
    items.find((item) => item.kind === 'event' && item.event.id === id) as EventItem;

  it('finds the event under the pointer in each row', () => {
    for (const id of ['a', 'b', 'c']) {
      const item = itemOf(id);
      const lane = lanes[item.lane]!;
      const hit = hits.find((item.x0 + item.x1) / 2, rowTop(lane, item.row) + ROW_HEIGHT / 2);
      expect(hit?.kind === 'event' && hit.event.id).toBe(id);
    }
  });

  it('finds nothing in empty space or between lanes', () => {
    expect(hits.find(900, rowTop(lanes[0]!, 0) + 2)).toBeUndefined();
    expect(hits.find(10, 10_000)).toBeUndefined();
  });

  it('finds a cluster anywhere across its lane', () => {
    const dense = generatedEvents(5000, 1).map((event) => ({
      ...event,
      series: lanes[0]!.key ? event.series : event.series,
    }));
    const index = buildIndex(dense, ['lane0']);
    const layout = layoutFrame(index, lanes.slice(0, 1), base, zoomIdentity, width);
    const cluster = layout.items.find((item): item is ClusterItem => item.kind === 'cluster')!;
    const found = buildHitIndex(layout.items, lanes.slice(0, 1)).find(
      (cluster.x0 + cluster.x1) / 2,
      lanes[0]!.y + lanes[0]!.height - 4,
    );
    expect(found).toBe(cluster);
  });
});
