/** The span of time the timeline can show: the chronology's own range, or its events' extent. */
import type { Chronology } from '../dataset/model.ts';
import { endOf, parsePartialDate, startOf } from '../dataset/precision.ts';
import { DAY_MS } from './scale.ts';

/** ±100,000,000 days from 1970: the range of a JavaScript Date. */
const DATE_LIMIT_MS = 8.64e15;

const FALLBACK: [number, number] = [Date.UTC(2003, 0, 1), Date.UTC(2024, 0, 1)];

export function chronologyDomain(chronology: Chronology | undefined): [number, number] {
  if (!chronology) return FALLBACK;
  const first = parsePartialDate(chronology.range[0]);
  const last = parsePartialDate(chronology.range[1]);
  if (first && last) return [startOf(first), endOf(last)];
  return extentOf([...chronology.events, ...(chronology.eras ?? [])]) ?? FALLBACK;
}

/** The events' extent with a small margin on each side; undefined for no events. */
export function extentOf(
  events: readonly { startMs: number; endMs: number }[],
): [number, number] | undefined {
  if (events.length === 0) return undefined;
  let from = Infinity;
  let to = -Infinity;
  for (const event of events) {
    from = Math.min(from, event.startMs);
    to = Math.max(to, event.endMs);
  }
  const margin = Math.max(DAY_MS, (to - from) * 0.02);
  // never beyond the instants a Date can hold, or the axis has nothing to label
  return [Math.max(-DATE_LIMIT_MS, from - margin), Math.min(DATE_LIMIT_MS, to + margin)];
}
