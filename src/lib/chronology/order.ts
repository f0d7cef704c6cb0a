/**
 * The one order of a chronology's events. The compiler writes events.json and events.csv in it,
 * the decoder and the import hand events over in it, and so the list, the timeline's arrow keys,
 * presenting and every download follow it without sorting again:
 *
 * 1. earlier start first;
 * 2. then the lane, in the order of the chronology's series: events that begin together are met
 *    lane by lane, top to bottom, as the eye reads them down the timeline;
 * 3. then the earlier end (in one lane, a one-day meeting before the week-long one it opens);
 * 4. then the id, by UTF-16 code units rather than a locale's collation, so that every machine and
 *    every language agrees.
 */

/** What the order needs of an event: its instants, its id and its series' place among the lanes. */
export interface OrderedEvent {
  startMs: number;
  endMs: number;
  id: string;
  series: { rank: number };
}

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareEvents(a: OrderedEvent, b: OrderedEvent): number {
  return (
    a.startMs - b.startMs ||
    a.series.rank - b.series.rank ||
    a.endMs - b.endMs ||
    compareIds(a.id, b.id)
  );
}

/** Whether the events are in the order already (a sorted list is never sorted again). */
export function inEventOrder(events: readonly OrderedEvent[]): boolean {
  for (let i = 1; i < events.length; i++)
    if (compareEvents(events[i - 1]!, events[i]!) > 0) return false;
  return true;
}
