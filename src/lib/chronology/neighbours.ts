/**
 * The events either side of one, in the one order (order.ts): what the card's Previous and Next
 * step to. An event the filter hides still has neighbours among the shown ones, where it would
 * stand, so stepping from it never jumps to the start.
 */
import { compareEvents, type OrderedEvent } from './order.ts';

export interface Neighbours<T> {
  previous: T | undefined;
  next: T | undefined;
  /** where `current` stands among `events`, from 0; -1 when it is not among them */
  position: number;
}

/**
 * `events` in the one order. With no current event there is nothing before, and the first event
 * comes next.
 */
export function neighbours<T extends OrderedEvent>(
  events: readonly T[],
  current: OrderedEvent | undefined,
): Neighbours<T> {
  if (!current) return { previous: undefined, next: events[0], position: -1 };
  // binary search for the first event that is not before `current`
  let low = 0;
  let high = events.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareEvents(events[middle]!, current) < 0) low = middle + 1;
    else high = middle;
  }
  const found = events[low]?.id === current.id;
  return {
    previous: events[low - 1],
    next: events[found ? low + 1 : low],
    position: found ? low : -1,
  };
}
