/** The span of time the timeline can show: the chronology's own range, or its events' extent. */
import type { Chronology } from '../chronology/model.ts';
import { endOf, parsePartialDate, startOf } from '../dates/partial-date.ts';
import { DAY_MS } from '../dates/time-units.ts';
import { extentOfIndex, type TimelineIndex } from '../chronology/time-index.ts';

/** ±100,000,000 days from 1970: the range of a JavaScript Date. */
const DATE_LIMIT_MS = 8.64e15;

const FALLBACK: [number, number] = [Date.UTC(2003, 0, 1), Date.UTC(2024, 0, 1)];

/**
 * `index` holds the chronology's events: their extent comes from it, not from a walk through
 * 100,000 events.
 */
export function chronologyDomain(
  chronology: Chronology | undefined,
  index: TimelineIndex,
): [number, number] {
  if (!chronology) return FALLBACK;
  const first = parsePartialDate(chronology.range[0]);
  const last = parsePartialDate(chronology.range[1]);
  if (first && last) return [startOf(first), endOf(last)];
  const events = extentOfIndex(index);
  const spans = events ? [{ startMs: events[0], endMs: events[1] }] : [];
  return extentOf(spans, chronology.eras ?? []) ?? FALLBACK;
}

/**
 * The extent of the spans in all the lists, with a small margin on each side; undefined for none.
 * Lists, not one list, so that 100,000 events are not copied to add a few eras.
 */
export function extentOf(
  ...lists: (readonly { startMs: number; endMs: number }[])[]
): [number, number] | undefined {
  let from = Infinity;
  let to = -Infinity;
  for (const list of lists) {
    for (let i = 0; i < list.length; i++) {
      const { startMs, endMs } = list[i]!;
      if (startMs < from) from = startMs;
      if (endMs > to) to = endMs;
    }
  }
  if (lists.every((list) => list.length === 0)) return undefined;
  const margin = Math.max(DAY_MS, (to - from) * 0.02);
  // never beyond the instants a Date can hold, or the axis has nothing to label
  return [Math.max(-DATE_LIMIT_MS, from - margin), Math.min(DATE_LIMIT_MS, to + margin)];
}
