/** Events for the timeline's tests, made by hand or by a seeded generator. */
import { randomLcg } from 'd3';
import type { ChronologyEvent, Series } from '../../src/lib/chronology/model.ts';
import { formatWrittenRange, type Precision } from '../../src/lib/dates/partial-date.ts';
import { paletteColor } from '../../src/lib/theme.ts';

const DAY = 86_400_000;
const seriesByKey = new Map<string, Series>();

/**
 * Test lanes rank in the alphabetical order of their keys ('a' before 'b', 'lane0' before 'lane1'),
 * whichever test makes them first: a number that sorts as the key's first six characters do.
 */
function alphabeticalRank(key: string): number {
  let rank = 0;
  for (let i = 0; i < 6; i++) rank = rank * 128 + (key.charCodeAt(i) || 0);
  return rank;
}

export function seriesOf(key: string): Series {
  let series = seriesByKey.get(key);
  if (!series) {
    const color = paletteColor(seriesByKey.size);
    series = { key, label: key.toUpperCase(), description: '', color, rank: alphabeticalRank(key) };
    seriesByKey.set(key, series);
  }
  return series;
}

export function makeEvent(
  id: string,
  start: string,
  options: {
    end?: string;
    series?: string;
    precision?: Precision;
    confidence?: ChronologyEvent['confidence'];
    online?: boolean;
    days?: number;
  } = {},
): ChronologyEvent {
  const startMs = Date.parse(
    start.length === 4 ? `${start}-01-01` : start.length === 7 ? `${start}-01` : start,
  );
  const precision =
    options.precision ?? (start.length === 4 ? 'year' : start.length === 7 ? 'month' : 'day');
  const endMs = options.end
    ? Date.parse(options.end) + DAY
    : precision === 'day'
      ? startMs + (options.days ?? 1) * DAY
      : precision === 'month'
        ? Date.UTC(new Date(startMs).getUTCFullYear(), new Date(startMs).getUTCMonth() + 1, 1)
        : Date.UTC(new Date(startMs).getUTCFullYear() + 1, 0, 1);
  return {
    id,
    title: `Event ${id}`,
    start,
    end: options.end,
    precision,
    startMs,
    endMs,
    dateLabel: formatWrittenRange(start, options.end),
    online: options.online ?? false,
    participants: [],
    series: seriesOf(options.series ?? 'a'),
    confidence: options.confidence ?? 'confirmed',
    summary: '',
    sources: [],
  };
}

/** `count` one-day events spread over 2003–2023 in `lanes` lanes, from a seeded generator. */
export function generatedEvents(count: number, lanes = 6, seed = 1): ChronologyEvent[] {
  const random = randomLcg(seed);
  const from = Date.UTC(2003, 0, 1);
  const span = Date.UTC(2024, 0, 1) - from - DAY;
  const events: ChronologyEvent[] = [];
  for (let i = 0; i < count; i++) {
    const day = from + Math.floor((random() * span) / DAY) * DAY;
    const start = new Date(day).toISOString().slice(0, 10);
    events.push(makeEvent(`g${i}`, start, { series: `lane${i % lanes}` }));
  }
  return events.sort((a, b) => a.startMs - b.startMs);
}
