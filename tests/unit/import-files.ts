/**
 * Files for the import readers' tests: the fixtures in tests/fixtures/import, and small files of
 * each format written inside a test (TimelineJS slides, TimelineJS sheet rows, our own CSV rows).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { ChronologyEvent } from '../../src/lib/chronology/model.ts';
import { readImport } from '../../src/lib/import/read-import.ts';

/** The bytes of a fixture in tests/fixtures/import. */
export function importFixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(import.meta.dirname, '../fixtures/import', name)));
}

export type Slide = Record<string, unknown>;

/** A TimelineJS slide in a year, with its headline and any other fields. */
export const slide = (year: number, headline: string, more: Slide = {}): Slide => ({
  start_date: { year },
  text: { headline },
  ...more,
});

/** Reads a TimelineJS JSON file given as a value. */
export const readTimelineJs = (json: unknown) => readImport(JSON.stringify(json));

/** The events of a TimelineJS file of these slides. */
export const eventsOf = (...events: Slide[]) => readTimelineJs({ events }).chronology.events;

/** A TimelineJS sheet from its header and rows; cells holding a comma or quote are quoted. */
export function sheet(header: string, ...rows: string[][]) {
  const cell = (value: string) =>
    /[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
  const reading = readImport([header, ...rows.map((row) => row.map(cell).join(','))].join('\n'));
  expect(reading.format).toBe('timelinejs-sheet');
  return reading;
}

const CHRONOLOGY_CSV_HEADER =
  'id,title,start,end,precision,city,country,lat,lon,participants,series,sources';

/** Our own CSV of these rows, under the export's header. */
export function ours(...rows: string[]) {
  const reading = readImport([CHRONOLOGY_CSV_HEADER, ...rows].join('\r\n'));
  expect(reading.format).toBe('chronology-csv');
  return reading;
}

/** The codes of an event's participants, in the order the file gave them. */
export const participantCodes = (event: ChronologyEvent) =>
  event.participants.map((state) => state.code);
