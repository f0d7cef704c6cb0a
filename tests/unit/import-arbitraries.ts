/**
 * Generators of the files people import, for the property tests: characters that matter to the
 * parsers, spreadsheet cells that are sometimes sensible and often not, rows of the TimelineJS
 * template and of our own CSV, and whole tables of them.
 */
import fc from 'fast-check';
import { CSV_COLUMNS } from '../../src/lib/chronology/csv.ts';
import { csvCell } from '../../src/lib/chronology/csv-cell.ts';
import { SHEET_COLUMNS } from '../../src/lib/import/timelinejs-sheet.ts';

/** How many inputs each property tries (some try twice as many). */
export const RUNS = 150;

/** Characters that matter to the parsers, mixed with any code point. */
export const tricky = fc.oneof(
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
export const trickyString = fc.string({ unit: tricky, maxLength: 30 });

/** A spreadsheet cell: sometimes sensible, often not. */
export const cell = fc.oneof(
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

export const SHEET_HEADER = [...SHEET_COLUMNS, 'Unique ID'];
export const OUR_HEADER = [...CSV_COLUMNS, 'summary'];

/** Mostly a sensible value, sometimes anything at all. */
export const mostly = <T, U>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<U>) =>
  fc.oneof({ weight: 6, arbitrary: good }, { weight: 1, arbitrary: bad });
const blankOr = <T>(value: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 1, arbitrary: fc.constant('') }, { weight: 2, arbitrary: value });
const numberText = (min: number, max: number) => fc.integer({ min, max }).map(String);
export const time = fc.constantFrom('14:30', '2:30 PM', '12:00 AM', '9am', '23:59:59', '0:00');
// plain decimals, a few out of range (String(double) would write "1e-7", see chronology-csv.test.ts)
const coordinateText = fc.integer({ min: -950_000, max: 950_000 }).map((n) => String(n / 1e4));
export const idText = fc.oneof(
  fc.constantFrom('a', 'a', 'b', 'row-3', 'row-3-row-4', 'x'.repeat(110), '-', 'é'),
  trickyString,
);
export const richText = fc
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
export const mediaText = fc.constantFrom(
  '',
  'https://example.org/a.jpg',
  'javascript:alert(1)',
  '<iframe src="https://x.org/e"></iframe>',
  'data:image/png;base64,AA',
);
export const placeName = fc.constantFrom('', 'Hanoi', 'Hanoi', 'Vientiane', 'online', 'Online');

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
export const sheetRow = fc
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
export const ourRow = fc.tuple(
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
export const csvText = (header: string[], row: fc.Arbitrary<string[]>) =>
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
        .map((cells) => (quoted ? cells.map(csvCell) : cells).join(','))
        .join(newline),
    );
