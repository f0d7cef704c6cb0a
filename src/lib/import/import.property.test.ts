/**
 * Properties of reading files: whatever a file holds, the reader says no in one clear sentence or
 * gives a chronology the app can show (every event placed in time, titled, with a link-safe unique
 * id); the CSV parser reads back what our CSV writer writes; the rich-text sanitizer lets nothing
 * through that could run, load or restyle.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALLOWED_TAGS } from '../../../tests/unit/allowed-markup.ts';
import { CSV_COLUMNS, csvField, eventsToCsv } from '../chronology/csv.ts';
import { EVENT_ID } from '../chronology/ids.ts';
import type { ChronologyEvent } from '../chronology/model.ts';
import { restoreNeutralized } from '../chronology/csv-cell.ts';
import { parseCsv } from './csv-parse.ts';
import { ImportError } from './imported-chronology.ts';
import { readImport, readImportBytes, type ImportReading } from './read-import.ts';
import { sanitizeRichText } from './rich-text.ts';
import { SHEET_COLUMNS } from './timelinejs-sheet.ts';

const RUNS = 150;
/**
 * A refusal quotes at most a few short pieces of the file, so what it says stays short
 * whatever the file holds. (How long hostile files take to read: `npm run bench -- --only reading`.)
 */
const LONGEST_REFUSAL = 400;

/** Characters that matter to the parsers, mixed with any code point. */
const tricky = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      ',',
      ';',
      '\t',
      '"',
      '\n',
      '\r',
      ' ',
      '<',
      '>',
      '&',
      '-',
      ':',
      '.',
      '/',
      '0',
      '1',
      '9',
      'a',
      'é',
      '\uFEFF',
      '−',
    ),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
);
const trickyString = fc.string({ unit: tricky, maxLength: 30 });

/** A spreadsheet cell: sometimes sensible, often not. */
const cell = fc.oneof(
  trickyString,
  fc.integer({ min: -300_000, max: 300_000 }).map(String),
  fc.integer({ min: -1, max: 32 }).map(String),
  fc.constantFrom('14:30', '2:30 PM', '12:00 AM', '24:00', '9am', 'title', 'era', 'TITLE'),
  fc.constantFrom(
    'https://example.org/a.jpg',
    'javascript:alert(1)',
    '<iframe src="https://x.org/e">',
  ),
  fc.double({ min: -200, max: 200, noNaN: true }).map(String),
  fc.constantFrom('2004-01-10', '-0044-03-15T11:30', '2023-02-29', 'THA;CHN', 'online', 'VNM'),
);

const SHEET_HEADER = [...SHEET_COLUMNS, 'Unique ID'];
const OUR_HEADER = [...CSV_COLUMNS, 'summary'];

/** Mostly a sensible value, sometimes anything at all. */
const mostly = <T, U>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<U>) =>
  fc.oneof({ weight: 6, arbitrary: good }, { weight: 1, arbitrary: bad });
const blankOr = <T>(value: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 1, arbitrary: fc.constant('') }, { weight: 2, arbitrary: value });
const numberText = (min: number, max: number) => fc.integer({ min, max }).map(String);
const time = fc.constantFrom('14:30', '2:30 PM', '12:00 AM', '9am', '23:59:59', '0:00');
// plain decimals, a few out of range (String(double) would write "1e-7", see chronology-csv.test.ts)
const coordinateText = fc.integer({ min: -950_000, max: 950_000 }).map((n) => String(n / 1e4));
const idText = fc.oneof(
  fc.constantFrom('a', 'a', 'b', 'row-3', 'row-3-row-4', 'x'.repeat(110), '-', 'é'),
  trickyString,
);
const richText = fc
  .array(
    fc.oneof(
      trickyString,
      fc.constantFrom(
        '<p>',
        '</p>',
        '<em>x</em>',
        '<a href="https://x.org">',
        '</a>',
        '&amp;',
        '<script>x</script>',
      ),
    ),
    { maxLength: 5 },
  )
  .map((parts) => parts.join(''));
const mediaText = fc.constantFrom(
  '',
  'https://example.org/a.jpg',
  'javascript:alert(1)',
  '<iframe src="https://x.org/e"></iframe>',
  'data:image/png;base64,AA',
);
const placeName = fc.constantFrom('', 'Hanoi', 'Hanoi', 'Vientiane', 'online', 'Online');

/** A date as the template's four columns (year, month, day, time): coherent, or now and then not. */
const coherentDate = fc
  .tuple(
    fc.integer({ min: -3000, max: 3000 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
    time,
    fc.constantFrom(1, 2, 3, 4),
  )
  .map(([year, month, day, clock, parts]) =>
    [String(year), String(month), String(day), clock].map((text, i) => (i < parts ? text : '')),
  );
const dateCells = mostly(coherentDate, fc.tuple(cell, cell, cell, cell));
const endCells = fc.oneof(
  { weight: 3, arbitrary: fc.constant(['', '', '', '']) },
  { weight: 3, arbitrary: dateCells },
);

/** A row of the TimelineJS template: each column mostly what it should hold. */
const sheetRow = fc
  .tuple(
    dateCells, // Year, Month, Day, Time
    endCells, // End Year, End Month, End Day, End Time
    fc.tuple(
      blankOr(trickyString), // Display Date
      mostly(trickyString, cell), // Headline
      richText, // Text
      mostly(mediaText, cell), // Media
      trickyString, // Media Credit
      trickyString, // Media Caption
      fc.constant(''), // Media Thumbnail
      fc.constantFrom('', '', '', '', 'title', 'era', 'Era'), // Type
      fc.constantFrom('', 'A', 'B', 'A, "b"'), // Group
      fc.constant(''), // Background
      placeName, // Location
      mostly(blankOr(coordinateText), cell), // Latitude
      mostly(blankOr(coordinateText), cell), // Longitude
      blankOr(idText), // Unique ID
    ),
  )
  .map(([start, end, rest]) => [...start, ...end, ...rest]);

const writtenDateText = fc.oneof(
  numberText(-3000, 3000),
  fc
    .tuple(fc.integer({ min: -3000, max: 3000 }), fc.integer({ min: 0, max: 13 }))
    .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  fc
    .tuple(
      fc.integer({ min: 1, max: 2100 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 31 }),
      fc.option(time.filter((t) => !/[a-z]/i.test(t))),
    )
    .map(
      ([y, m, d, t]) =>
        `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}${t ? `T${t}` : ''}`,
    ),
);
const stateCodes = fc
  .array(fc.constantFrom('VNM', 'THA', 'CHN', 'LAO', 'xx', 'China'), { maxLength: 3 })
  .map((codes) => codes.join(';'));

/** A row of our events.csv: each column mostly what it should hold. */
const ourRow = fc.tuple(
  blankOr(idText), // id
  mostly(trickyString, cell), // title
  mostly(writtenDateText, cell), // start
  mostly(blankOr(writtenDateText), cell), // end
  fc.constantFrom('day', 'month', 'year', ''), // precision
  placeName, // city
  mostly(blankOr(fc.constantFrom('VNM', 'THA')), cell), // country
  mostly(blankOr(coordinateText), cell), // lat
  mostly(blankOr(coordinateText), cell), // lon
  mostly(stateCodes, cell), // participants
  fc.constantFrom('', 'meetings', 'treaties'), // series
  fc.constantFrom('', 'A book', 'https://example.org/a;A book'), // sources
  richText, // summary
);

/** Whole tables, joined with commas as they are (unquoted) or quoted as a spreadsheet would. */
const csvText = (header: string[], row: fc.Arbitrary<string[]>) =>
  fc
    .tuple(
      fc.array(
        fc.oneof(
          { weight: 5, arbitrary: row },
          { weight: 1, arbitrary: fc.array(cell, { maxLength: header.length + 2 }) },
        ),
        { maxLength: 12 },
      ),
      fc.boolean(),
      fc.constantFrom('\n', '\r\n', '\r'),
    )
    .map(([body, quoted, newline]) =>
      [header, ...body]
        .map((cells) => (quoted ? cells.map(csvField) : cells).join(','))
        .join(newline),
    );

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

describe('our CSV export read back', () => {
  // Headlines leave out "<" and "&": plainText reads them as markup and entities on every pass,
  // so "&amp;lt;" becomes "&lt;", then "<", then nothing (see chronology-csv.test.ts).
  const headline = fc.string({
    unit: fc.oneof(
      fc.constantFrom(',', ';', '"', '\n', ' ', '-', 'é', '東', "'", '>'),
      fc
        .string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 })
        .filter((c) => !/[<&]/.test(c)),
    ),
    minLength: 1,
    maxLength: 25,
  });
  const event = fc.record({
    headline,
    unique_id: fc.option(fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/), { nil: undefined }),
    start_date: fc.record({
      year: fc.integer({ min: -5000, max: 5000 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      hour: fc.option(fc.integer({ min: 0, max: 23 }), { nil: undefined }),
    }),
    group: fc.constantFrom('Meetings', 'Treaties, signed', 'Talks; "informal"'),
    location: fc.option(
      fc.record({
        name: fc.constantFrom('Hanoi', 'Phnom Penh', 'Online talks'),
        // to 5 decimals (about a metre): below 1e-6 String() writes "1e-7", which the
        // importer refuses (see chronology-csv.test.ts)
        lat: fc.integer({ min: -9_000_000, max: 9_000_000 }).map((n) => n / 1e5),
        lon: fc.integer({ min: -18_000_000, max: 18_000_000 }).map((n) => n / 1e5),
      }),
      { nil: undefined },
    ),
  });
  const fields = (e: ChronologyEvent) => ({
    id: e.id,
    title: e.title,
    start: e.start,
    startMs: e.startMs,
    endMs: e.endMs,
    series: e.series.key,
    place: e.place && [e.place.city, e.place.lat, e.place.lon],
  });

  it('gives back the events it exported', () => {
    fc.assert(
      fc.property(fc.array(event, { minLength: 1, maxLength: 8 }), (events) => {
        const first = readImport(
          JSON.stringify({ events: events.map((e) => ({ ...e, text: { headline: e.headline } })) }),
        );
        const again = readImport(eventsToCsv(first.chronology.events));
        expect(again.problems).toEqual([]);
        expect(again.chronology.events.map(fields)).toEqual(first.chronology.events.map(fields));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('parseCsv', () => {
  const anyCell = fc.string({ unit: tricky, maxLength: 12 });
  // the header: the separator is sniffed from it, so it holds no unquoted ";" or tab (a header
  // such as "a;b" is read as two columns, and rightly: that is what a semicolon file looks like)
  const headerCell = anyCell.map((text) => text.replace(/[;\t]/g, '_'));
  const table = fc
    .tuple(
      fc.array(headerCell, { minLength: 1, maxLength: 6 }),
      fc.array(fc.array(anyCell, { minLength: 1, maxLength: 6 }), { maxLength: 8 }),
    )
    .map(([header, body]) => [header, ...body]);

  it('reads back any table written with csvField, CRLF after every row', () => {
    fc.assert(
      fc.property(table, (records) => {
        const text = records.map((row) => row.map(csvField).join(',') + '\r\n').join('');
        const parsed = parseCsv(text);
        expect(parsed.unterminatedAt).toBeUndefined();
        // cells that start like a formula were written as text ('=…): ours read back as they were
        expect(parsed.records.map((row) => row.map(restoreNeutralized))).toEqual(records);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('reads back a table whose last row is one empty cell only when rows end in CRLF', () => {
    // joined rather than ended with CRLF, a final [""] row is indistinguishable from no row
    expect(parseCsv(['a', ''].join('\r\n')).records).toEqual([['a']]);
    expect(parseCsv('a\r\n\r\n').records).toEqual([['a'], ['']]);
    expect(parseCsv('\r\n').records).toEqual([['']]);
  });

  it('reads back any table joined with CRLF when no row is a single empty cell', () => {
    fc.assert(
      fc.property(
        table.filter((records) => records.every((row) => row.length > 1 || row[0] !== '')),
        (records) => {
          const text = records.map((row) => row.map(csvField).join(',')).join('\r\n');
          const parsed = parseCsv(text).records;
          expect(parsed.map((row) => row.map(restoreNeutralized))).toEqual(records);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('sanitizeRichText', () => {
  const FRAGMENTS = [
    '<script>alert(1)</script>',
    '<script',
    '</script>',
    '<img src=x onerror=alert(1)>',
    '<img src="x" onerror="alert(1)"',
    'javascript:alert(1)',
    '<a href="javascript:alert(1)">',
    '<a href="  javascript:alert(1)">',
    '<a href="&#106;avascript:alert(1)">',
    '<a href="&#x6a;avascript:alert(1)">',
    '<a href="java\tscript:alert(1)">',
    '<a href="data:text/html,<script>alert(1)</script>">',
    '<a href="https://example.org">',
    '<a href="mailto:x@example.org">',
    '<a href=',
    '</a>',
    '<iframe src="https://evil.example">',
    '<svg onload=alert(1)>',
    '<svg><a xlink:href="javascript:alert(1)">',
    '<math><mtext><table><mglyph><style>',
    '<style>*{display:none}</style>',
    '<p style="position:fixed">',
    '<noscript><p title="',
    '</noscript>',
    '<!--',
    '-->',
    '<![CDATA[',
    ']]>',
    '<template>',
    '<form action="https://evil.example">',
    '<input autofocus onfocus=alert(1)>',
    '<object data="x">',
    '<base href="https://evil.example/">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<p>',
    '</p>',
    '<em>',
    '<ul><li>',
    '"',
    "'",
    '>',
    '<',
    '&',
    '=',
    ' onmouseover=alert(1) ',
  ];
  const html = fc
    .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 8 }), trickyString), {
      maxLength: 14,
    })
    .map((parts) => parts.join(''));

  it('lets through only allowed tags, link attributes and web or mail addresses', () => {
    fc.assert(
      fc.property(html, (input) => {
        const output = sanitizeRichText(input);
        const document = new DOMParser().parseFromString(output, 'text/html');
        for (const element of document.documentElement.querySelectorAll('*')) {
          const tag = element.tagName.toLowerCase();
          if (tag === 'head' || tag === 'body') continue;
          expect(ALLOWED_TAGS).toContain(tag);
          for (const attribute of element.attributes) {
            expect(['href', 'target', 'rel']).toContain(attribute.name);
          }
          const href = element.getAttribute('href');
          if (href !== null) {
            // as the browser resolves it; a relative address would stay on this site
            expect(['http:', 'https:', 'mailto:']).toContain(
              new URL(href, 'https://app.invalid/').protocol,
            );
          }
          // a link opens in a new tab without a referrer (an href on a <p> is inert)
          if (tag === 'a' && href !== null) {
            expect(element.getAttribute('target')).toBe('_blank');
            expect(element.getAttribute('rel')?.split(' ')).toEqual(
              expect.arrayContaining(['noopener', 'noreferrer']),
            );
          }
        }
        // sanitizing what it gave is harmless too, and changes nothing a reader would see
        expect(
          new DOMParser().parseFromString(sanitizeRichText(output), 'text/html').body.textContent,
        ).toBe(document.body.textContent);
      }),
      { numRuns: RUNS },
    );
  });
});
