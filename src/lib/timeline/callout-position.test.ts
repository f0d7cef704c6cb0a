import { zoomIdentity } from 'd3';
import { describe, expect, it } from 'vitest';
import { generatedEvents, makeEvent } from '../../../tests/unit/made-events.ts';
import { buildIndex } from '../chronology/time-index.ts';
import { baseScale } from '../timescale/scale.ts';
import { calloutPosition, markAnchor } from './callout-position.ts';
import { laneGeometry, rowTop } from './lanes.ts';
import { layoutFrame } from './layout.ts';

const area = { width: 320, height: 200 };
const size = { width: 200, height: 36 };

describe('calloutPosition', () => {
  it('starts at the mark and sits above its row when there is room', () => {
    const anchor = { x0: 50, x1: 54, top: 100, bottom: 112 };
    expect(calloutPosition(anchor, size, area)).toEqual({ left: 50, top: 60 });
  });

  it('goes below a row at the top of the timeline', () => {
    const anchor = { x0: 50, x1: 54, top: 10, bottom: 22 };
    expect(calloutPosition(anchor, size, area).top).toBe(26);
  });

  it('ends at a mark near the right edge, toward the inside', () => {
    const anchor = { x0: 314, x1: 318, top: 100, bottom: 112 };
    const { left } = calloutPosition(anchor, size, area);
    expect(left).toBe(118);
    expect(left + size.width).toBeLessThanOrEqual(area.width);
  });

  it('stays inside the timeline whatever its size', () => {
    const anchor = { x0: 2, x1: 6, top: 20, bottom: 32 };
    const big = { width: 400, height: 300 };
    expect(calloutPosition(anchor, big, area)).toEqual({ left: 0, top: 0 });
  });
});

const domain: [number, number] = [Date.UTC(2003, 0, 1), Date.UTC(2024, 0, 1)];
const base = baseScale(domain, 1000);
const lanes = laneGeometry([{ key: 'a', label: 'A', rows: 2 }]);

describe('markAnchor', () => {
  it('is the box of the event’s own mark', () => {
    const event = makeEvent('x', '2010-05-05');
    const { items } = layoutFrame(buildIndex([event], ['a']), lanes, base, zoomIdentity, 1000);
    const anchor = markAnchor(items, lanes, event)!;
    expect(anchor.x0).toBe(items[0]!.x0);
    expect(anchor.top).toBe(rowTop(lanes[0]!, 0));
    expect(anchor.bottom - anchor.top).toBe(lanes[0]!.rowHeight);
  });

  it('is the cluster an event is counted in when the lane is crowded', () => {
    const events = generatedEvents(3000, 1).map((event) => ({
      ...event,
      series: { key: 'a', label: 'A', description: '', color: '#123456', rank: 0 },
    }));
    const { items } = layoutFrame(buildIndex(events, ['a']), lanes, base, zoomIdentity, 1000);
    const event = events[1500]!;
    const anchor = markAnchor(items, lanes, event)!;
    expect(anchor.x0).toBeLessThanOrEqual(base(event.startMs));
    expect(anchor.x1).toBeGreaterThanOrEqual(base(event.startMs));
  });

  it('is undefined for an event out of view', () => {
    const event = makeEvent('x', '2010-05-05');
    expect(markAnchor([], lanes, event)).toBeUndefined();
  });
});
