/** Saving what the reader sees: files made in the browser, nothing sent anywhere. */
import { CSV_COLUMNS, csvRow, eventsToCsv } from '../chronology/csv.ts';
import type { ChronologyEvent } from '../chronology/model.ts';

export function saveBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // the download has started from the object URL; it can go once this task is over
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function eventsCsvBlob(events: readonly ChronologyEvent[]): Blob {
  return new Blob([eventsToCsv(events)], { type: 'text/csv;charset=utf-8' });
}

/** The same fields as the CSV, as JSON records (participants and sources as lists). */
export function eventsJson(events: readonly ChronologyEvent[]): string {
  const records = events.map((event) => {
    const row = csvRow(event);
    const record: Record<string, unknown> = {};
    CSV_COLUMNS.forEach((column, index) => {
      const value = row[index]!;
      record[column] = value === '' ? null : value;
    });
    // built from the event, not split from the CSV text, so a ';' inside a title stays put
    record.lat = event.place && !event.online ? event.place.lat : null;
    record.lon = event.place && !event.online ? event.place.lon : null;
    record.participants = event.participants.map((state) => state.code);
    record.sources = event.sources.map((source) => source.url ?? source.title);
    return record;
  });
  return JSON.stringify(records, null, 1) + '\n';
}

export function eventsJsonBlob(events: readonly ChronologyEvent[]): Blob {
  return new Blob([eventsJson(events)], { type: 'application/json' });
}
