/**
 * The flat spreadsheet export (events.csv). One row per event; columns fixed by the published
 * format, so that spreadsheets and scripts built on it keep working.
 */
import { csvCell } from './csv-cell.ts';
import type { ChronologyEvent } from './model.ts';

export const CSV_COLUMNS = [
  'id',
  'title',
  'start',
  'end',
  'precision',
  'city',
  'country',
  'lat',
  'lon',
  'participants',
  'series',
  'sources',
] as const;

export function csvRow(event: ChronologyEvent): string[] {
  const place = event.place;
  return [
    event.id,
    event.title,
    event.start,
    event.end ?? '',
    event.precision,
    event.online ? 'online' : (place?.city ?? ''),
    event.online ? '' : (event.country?.code ?? ''),
    place ? String(place.lat) : '',
    place ? String(place.lon) : '',
    event.participants.map((state) => state.code).join(';'),
    event.series.key,
    event.sources.map((source) => source.url ?? source.title).join(';'),
  ];
}

export function eventsToCsv(events: readonly ChronologyEvent[]): string {
  const lines = [
    CSV_COLUMNS.join(','),
    ...events.map((event) => csvRow(event).map(csvCell).join(',')),
  ];
  return lines.join('\r\n') + '\r\n';
}
