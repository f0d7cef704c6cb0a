/**
 * Reads a chronology in TimelineJS3's JSON format ({"events": [...]}) into our model, so the
 * timeline can show other people's data (and the benchmark's workload). Text is kept as plain
 * text: tags are stripped, never interpreted.
 */
import type { Chronology, ChronologyEvent, Place, Series } from '../dataset/model.ts';
import {
  daysInMonth,
  endOf,
  formatPartialRange,
  startOf,
  type PartialDate,
} from '../dataset/precision.ts';
import { DatasetError } from '../dataset/decode.ts';

interface TimelineJsDate {
  year?: number | string;
  month?: number | string;
  day?: number | string;
}

interface TimelineJsEvent {
  start_date?: TimelineJsDate;
  end_date?: TimelineJsDate;
  text?: { headline?: string; text?: string };
  unique_id?: string;
  group?: string;
  location?: { lat?: number | string; lon?: number | string; name?: string };
}

const UNGROUPED = 'Events';

function partialDate(input: TimelineJsDate | undefined): PartialDate | undefined {
  if (!input) return undefined;
  const year = Number(input.year);
  if (input.year === undefined || input.year === '' || !Number.isInteger(year)) return undefined;
  const month = input.month === undefined || input.month === '' ? undefined : Number(input.month);
  const day = input.day === undefined || input.day === '' ? undefined : Number(input.day);
  if (month !== undefined && !(Number.isInteger(month) && month >= 1 && month <= 12))
    return undefined;
  if (
    day !== undefined &&
    (month === undefined || !(Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month)))
  ) {
    return undefined;
  }
  return { year, month, day };
}

function written(date: PartialDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return [pad(date.year, 4), date.month && pad(date.month, 2), date.day && pad(date.day, 2)]
    .filter(Boolean)
    .join('-');
}

/** Tags out, entities decoded where common, whitespace folded. The result is only ever text. */
export function plainText(html: string | undefined): string {
  return (html ?? '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

export function isTimelineJsJson(input: unknown): boolean {
  return (
    typeof input === 'object' &&
    input !== null &&
    Array.isArray((input as { events?: unknown }).events)
  );
}

/** Events without a readable start date are left out; the count of those is returned too. */
export function readTimelineJs(input: unknown): { chronology: Chronology; skipped: number } {
  if (!isTimelineJsJson(input)) {
    throw new DatasetError('not a TimelineJS file: it has no "events" list');
  }
  const records = (input as { events: TimelineJsEvent[] }).events;
  const series = new Map<string, Series>();
  const places = new Map<string, Place>();
  const events: ChronologyEvent[] = [];
  const ids = new Set<string>();
  let skipped = 0;
  records.forEach((record, position) => {
    const start = partialDate(record?.start_date);
    if (!start) {
      skipped++;
      return;
    }
    let end = partialDate(record.end_date);
    if (end && startOf(end) < startOf(start)) end = undefined;
    const groupName = plainText(record.group) || UNGROUPED;
    let group = series.get(groupName);
    if (!group) {
      group = { key: groupName, label: groupName, description: '' };
      series.set(groupName, group);
    }
    const place = placeOf(record.location, places);
    const title = plainText(record.text?.headline) || 'Untitled event';
    // ids key the list and links: a missing or repeated one gets its row number
    let id = String(record.unique_id ?? '') || `event-${position + 1}`;
    if (ids.has(id)) id = `${id}-${position + 1}`;
    ids.add(id);
    events.push({
      id,
      title,
      start: written(start),
      end: end && written(end),
      precision: start.day !== undefined ? 'day' : start.month !== undefined ? 'month' : 'year',
      startMs: startOf(start),
      endMs: endOf(end ?? start),
      dateLabel: formatPartialRange(start, end),
      place,
      online: false,
      participants: [],
      series: group,
      confidence: 'confirmed',
      summary: plainText(record.text?.text),
      sources: [],
    });
  });
  events.sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
  return {
    chronology: {
      // no declared range: the timeline spans the events' own extent
      range: ['', ''],
      aliases: new Map(),
      events,
      states: [],
      places: [...places.values()],
      series: [...series.values()],
      sources: [],
    },
    skipped,
  };
}

function placeOf(
  location: TimelineJsEvent['location'],
  places: Map<string, Place>,
): Place | undefined {
  if (!location) return undefined;
  const lat = Number(location.lat);
  const lon = Number(location.lon);
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    return undefined;
  }
  const name = plainText(location.name);
  // One place per name (its first coordinates): a chronology that names the same city with
  // slightly different coordinates each time still shows one city.
  const city = name || `${lat.toFixed(2)}, ${lon.toFixed(2)}`;
  const key = name ? `name:${name}` : `at:${lat.toFixed(2)},${lon.toFixed(2)}`;
  let place = places.get(key);
  if (!place) places.set(key, (place = { key, city, lat, lon }));
  return place;
}
