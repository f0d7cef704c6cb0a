import { describe, expect, it } from 'vitest';
import { chronologyDomain, extentOf } from './domain.ts';
import { buildIndex } from '../chronology/time-index.ts';
import { makeEvent } from '../../../tests/unit/made-events.ts';
import type { Chronology } from '../chronology/model.ts';

describe('the span a timeline can show', () => {
  it('follows the events, with a margin on each side, however long ago they were', () => {
    const start = new Date(0);
    start.setUTCFullYear(-500, 0, 1);
    const end = new Date(0);
    end.setUTCFullYear(-400, 0, 1);
    const [from, to] = extentOf([{ startMs: +start, endMs: +end }])!;
    const span = +end - +start;
    expect(+start - from).toBeCloseTo(span * 0.02, -3);
    expect(to - +end).toBeCloseTo(span * 0.02, -3);
  });

  it('never reaches beyond the instants a Date can hold', () => {
    const [from, to] = extentOf([{ startMs: -8.6e15, endMs: 8.6e15 }])!;
    expect(Number.isNaN(new Date(from).getTime())).toBe(false);
    expect(Number.isNaN(new Date(to).getTime())).toBe(false);
  });
});

describe('the span of a chronology without a range of its own', () => {
  const events = [
    makeEvent('a', '2001-03-01'),
    makeEvent('b', '2005-07-01', { end: '2007-06-30' }),
  ];
  const chronology = (eras: Chronology['eras'] = []): Chronology => ({
    title: 'T',
    range: ['', ''],
    series: [],
    places: [],
    states: [],
    sources: [],
    events,
    eras,
    aliases: new Map(),
  });
  const index = buildIndex(events, []);

  it('follows its events, from their index', () => {
    expect(chronologyDomain(chronology(), index)).toEqual(extentOf(events));
  });

  it('takes in eras that reach beyond the events', () => {
    const era = {
      label: 'E',
      startMs: Date.UTC(1999, 0, 1),
      endMs: Date.UTC(2000, 0, 1),
      dateLabel: '1999',
    };
    const [from, to] = chronologyDomain(chronology([era]), index);
    expect(from).toBeLessThan(era.startMs);
    expect(to).toBeGreaterThan(events[1]!.endMs);
  });
});
