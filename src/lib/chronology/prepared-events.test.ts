import { describe, expect, it } from 'vitest';
import { EventPreparer, prepareEvents } from './prepared-events.ts';
import { generatedEvents, makeEvent } from '../../../tests/unit/made-events.ts';

describe('events prepared a chunk at a time', () => {
  it('come to what the whole chronology gives at once', () => {
    const events = [
      ...generatedEvents(2500),
      makeEvent('online', '2010-05-05', { online: true, series: 'lane1' }),
      makeEvent('unsure', '2012-07', { confidence: 'uncertain', series: 'lane2' }),
    ].sort((a, b) => a.startMs - b.startMs);
    const keys = ['lane0', 'lane1', 'lane2', 'lane3', 'lane4', 'lane5'];
    const whole = prepareEvents(events, keys);
    const preparer = new EventPreparer(keys);
    for (let from = 0; from < events.length; from += 1000) {
      preparer.add(events.slice(from, from + 1000));
    }
    const chunked = preparer.finish();
    expect(chunked.marks).toEqual(whole.marks);
    expect(chunked.marks).toEqual({ day: true, span: true, uncertain: true, online: true });
    expect(chunked.index.order.map((event) => event.id)).toEqual(
      whole.index.order.map((event) => event.id),
    );
    expect(chunked.index.lanes.map((lane) => lane.events.length)).toEqual(
      whole.index.lanes.map((lane) => lane.events.length),
    );
  });
});
