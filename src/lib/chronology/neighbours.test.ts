import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../../tests/unit/made-events.ts';
import { neighbours } from './neighbours.ts';
import { compareEvents } from './order.ts';

const events = [
  makeEvent('a', '2004-01-10'),
  makeEvent('b', '2005-03-01'),
  makeEvent('c', '2005-03-01', { series: 'z' }),
  makeEvent('d', '2010'),
];
const [a, b, c, d] = events as [
  (typeof events)[0],
  (typeof events)[0],
  (typeof events)[0],
  (typeof events)[0],
];

describe('neighbours', () => {
  it('are the events just before and after one, in the order given', () => {
    expect(neighbours(events, b)).toEqual({ previous: a, next: c, position: 1 });
    expect(neighbours(events, c)).toEqual({ previous: b, next: d, position: 2 });
  });

  it('end at the first and the last event', () => {
    expect(neighbours(events, a)).toEqual({ previous: undefined, next: b, position: 0 });
    expect(neighbours(events, d)).toEqual({ previous: c, next: undefined, position: 3 });
  });

  it('of an event the filter hides are the shown events either side of where it stands', () => {
    expect(neighbours([a, d], b)).toEqual({ previous: a, next: d, position: -1 });
    expect(neighbours([b, c], a)).toEqual({ previous: undefined, next: b, position: -1 });
    expect(neighbours([a, b], d)).toEqual({ previous: b, next: undefined, position: -1 });
  });

  it('start at the first event when none is selected, and are none in an empty list', () => {
    expect(neighbours(events, undefined)).toEqual({
      previous: undefined,
      next: a,
      position: -1,
    });
    expect(neighbours([], a)).toEqual({ previous: undefined, next: undefined, position: -1 });
  });

  it('step one place at a time through any ordered list', () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => {
      const date = new Date(Date.UTC(2003, 0, 1) + n * 86_400_000);
      return date.toISOString().slice(0, 10);
    });
    fc.assert(
      fc.property(fc.uniqueArray(day, { minLength: 1, maxLength: 30 }), fc.nat(), (days, pick) => {
        const list = days.map((start, i) => makeEvent(`e${i}`, start)).sort(compareEvents);
        const index = pick % list.length;
        const around = neighbours(list, list[index]);
        expect(around.position).toBe(index);
        expect(around.previous).toBe(list[index - 1]);
        expect(around.next).toBe(list[index + 1]);
      }),
    );
  });
});
