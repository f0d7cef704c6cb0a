/** The span of time the timeline can show: the chronology's own range, or its events' extent. */
import type { Chronology } from '../dataset/model.ts';
import { endOf, parsePartialDate, startOf } from '../dataset/precision.ts';
import { DAY_MS } from './scale.ts';

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
  return [from - margin, to + margin];
}
