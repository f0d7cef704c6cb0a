/**
 * Properties of reading files: whatever a file holds, the reader says no in one clear sentence or
 * gives a chronology the app can show (every event placed in time, titled, with a link-safe unique
 * id); the other properties of reading stand beside the
 * modules they test (csv-parse, chronology-csv, rich-text).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_ID } from '../chronology/ids.ts';
import { ImportError } from './imported-chronology.ts';
import { readImport, readImportBytes, type ImportReading } from './read-import.ts';
import {
  cell,
  csvText,
  idText,
  mediaText,
  mostly,
  OUR_HEADER,
  ourRow,
  placeName,
  richText,
  RUNS,
  SHEET_HEADER,
  sheetRow,
  tricky,
  trickyString,
} from '../../../tests/unit/import-arbitraries.ts';

/**
 * A refusal quotes at most a few short pieces of the file, so what it says stays short
 * whatever the file holds. (How long hostile files take to read: `npm run bench -- --only reading`.)
 */
const LONGEST_REFUSAL = 400;

/** Any JSON value, for fields of the wrong type. */
const anyValue = fc.oneof(
  cell,
  fc.integer({ min: -10, max: 3000 }),
  fc.constantFrom(null, true, false, 1e21, -0, 0.5, [], {}),
  fc.anything({ maxDepth: 1 }),
);
/** A TimelineJS date: coherent parts, or now and then any value at all. */
const coherentDateValue = fc
  .tuple(
    fc.integer({ min: -3000, max: 3000 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
    fc.integer({ min: 0, max: 23 }),
    fc.integer({ min: 0, max: 59 }),
    fc.constantFrom(1, 2, 3, 4, 5),
    fc.boolean(),
    fc.option(trickyString, { nil: undefined }),
  )
  .map(([year, month, day, hour, minute, parts, asText, display_date]) => {
    const values = [year, month, day, hour, minute].map((value, i) =>
      i < parts ? (asText ? String(value) : value) : undefined,
    );
    const [y, m, d, h, min] = values;
    return { year: y, month: m, day: d, hour: h, minute: min, display_date };
  });
const dateValue = mostly(
  coherentDateValue,
  fc.record(
    {
      year: anyValue,
      month: anyValue,
      day: anyValue,
      hour: anyValue,
      minute: anyValue,
      second: anyValue,
      display_date: anyValue,
    },
    { requiredKeys: ['year'] },
  ),
);
const slideValue = fc.record(
  {
    start_date: mostly(dateValue, anyValue),
    end_date: mostly(dateValue, anyValue),
    text: mostly(
      fc.record(
        { headline: mostly(trickyString, anyValue), text: mostly(richText, anyValue) },
        { requiredKeys: [] },
      ),
      anyValue,
    ),
    display_date: mostly(trickyString, anyValue),
    group: mostly(fc.constantFrom('A', 'B', ' '), anyValue),
    unique_id: mostly(idText, anyValue),
    location: mostly(
      fc.record(
        {
          name: mostly(placeName, anyValue),
          lat: mostly(fc.double({ min: -95, max: 95, noNaN: true }), anyValue),
          lon: mostly(fc.double({ min: -185, max: 185, noNaN: true }), anyValue),
        },
        { requiredKeys: [] },
      ),
      anyValue,
    ),
    media: mostly(
      fc.record(
        { url: mostly(mediaText, anyValue), caption: anyValue, credit: anyValue },
        { requiredKeys: [] },
      ),
      anyValue,
    ),
  },
  { requiredKeys: ['start_date'] },
);
const timelineJs = fc.record(
  {
    title: mostly(fc.record({ text: fc.record({ headline: anyValue, text: anyValue }) }), anyValue),
    events: mostly(fc.array(mostly(slideValue, anyValue), { maxLength: 10 }), anyValue),
    eras: mostly(fc.array(slideValue, { maxLength: 3 }), anyValue),
  },
  { requiredKeys: ['events'] },
);

/** What a reader sees: every event placed in time, titled, linkable, in order, on the map or not. */
function checkReading(reading: ImportReading) {
  const { events, eras = [], places } = reading.chronology;
  const ids = new Set<string>();
  let previous = -Infinity;
  for (const event of events) {
    expect(Number.isFinite(event.startMs)).toBe(true);
    expect(Number.isFinite(event.endMs)).toBe(true);
    expect(event.startMs).toBeLessThan(event.endMs);
    expect(event.startMs).toBeGreaterThanOrEqual(previous);
    previous = event.startMs;
    expect(event.title.trim()).not.toBe('');
    expect(event.dateLabel.trim()).not.toBe('');
    expect(event.id).toMatch(EVENT_ID);
    expect(ids.has(event.id)).toBe(false);
    ids.add(event.id);
    if (event.media) expect(event.media.url).toMatch(/^https?:\/\/\S+$/i);
  }
  for (const era of eras) expect(era.startMs).toBeLessThan(era.endMs);
  for (const place of places) {
    expect(Math.abs(place.lat)).toBeLessThanOrEqual(90);
    expect(Math.abs(place.lon)).toBeLessThanOrEqual(180);
  }
  for (const problem of reading.problems) {
    expect(Number.isInteger(problem.row)).toBe(true);
    expect(problem.row).toBeGreaterThanOrEqual(1);
    expect(problem.column.trim()).not.toBe('');
    expect(problem.message.trim()).not.toBe('');
    expect(['skipped', 'kept']).toContain(problem.outcome);
  }
}

/** Reads the text; only an ImportError may come out, saying no briefly, in whole sentences. */
function readsOrRefuses(text: string): ImportReading | undefined {
  try {
    return readImport(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    const { message } = error as Error;
    expect(message.trim()).not.toBe('');
    expect(message.length).toBeLessThanOrEqual(LONGEST_REFUSAL);
    expect(message).toMatch(/\.$/);
    return undefined;
  }
}

function readsSafely(text: string) {
  const reading = readsOrRefuses(text);
  if (reading) checkReading(reading);
}

describe('reading any file', () => {
  it('refuses or reads arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: tricky, maxLength: 200 }), readsSafely), {
      numRuns: RUNS,
    });
  });

  it('refuses or reads arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        try {
          checkReading(readImportBytes(bytes));
        } catch (error) {
          expect(error).toBeInstanceOf(ImportError);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses or reads arbitrary JSON', () => {
    fc.assert(fc.property(fc.json({ maxDepth: 4 }), readsSafely), { numRuns: RUNS });
    fc.assert(
      fc.property(
        fc.anything().map((value) => JSON.stringify(value) ?? 'undefined'),
        readsSafely,
      ),
      { numRuns: RUNS },
    );
  });

  it('refuses or reads TimelineJS JSON with fields of any type', () => {
    fc.assert(
      fc.property(timelineJs, (json) => readsSafely(JSON.stringify(json))),
      {
        numRuns: RUNS * 2,
      },
    );
  });

  it('refuses or reads CSV tables under the TimelineJS header', () => {
    fc.assert(fc.property(csvText(SHEET_HEADER, sheetRow), readsSafely), { numRuns: RUNS * 2 });
  });

  it('refuses or reads CSV tables under our header', () => {
    fc.assert(fc.property(csvText(OUR_HEADER, ourRow), readsSafely), { numRuns: RUNS });
  });

  it('shows every well-formed row of a sheet and reports none', () => {
    const good = fc.record({
      year: fc.integer({ min: -9999, max: 9999 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      headline: fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ]{0,20}$/),
    });
    fc.assert(
      fc.property(fc.array(good, { minLength: 1, maxLength: 15 }), (rows) => {
        const text = [
          'Year,Month,Day,Headline',
          ...rows.map((row) => `${row.year},${row.month},${row.day},${row.headline}`),
        ].join('\n');
        const reading = readImport(text);
        expect(reading.problems).toEqual([]);
        expect(reading.chronology.events).toHaveLength(rows.length);
        const expected = rows.map((row) => {
          const date = new Date(0);
          date.setUTCFullYear(row.year, row.month - 1, row.day);
          return date.getTime();
        });
        expect(reading.chronology.events.map((event) => event.startMs)).toEqual(
          expected.sort((a, b) => a - b),
        );
      }),
      { numRuns: RUNS },
    );
  });
});
