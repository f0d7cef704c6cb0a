import { describe, expect, it } from 'vitest';
import { importFixture } from '../../../tests/unit/import-files.ts';
import { ImportError } from './imported-chronology.ts';
import { decodeText, readImport, readImportBytes } from './read-import.ts';

const fixtureText = (name: string) => new TextDecoder().decode(importFixture(name));
const utf8 = (text: string) => new TextEncoder().encode(text);
const BOM = [0xef, 0xbb, 0xbf];

/** The error a call throws; fails the test when it throws nothing. */
function errorOf(read: () => unknown): Error {
  try {
    read();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the file to be refused, but it was read');
}

const titles = (reading: ReturnType<typeof readImport>) =>
  reading.chronology.events.map((event) => event.title);

describe('which format a file is, from its content alone', () => {
  it('reads TimelineJS JSON whatever the file was called: only the bytes are looked at', () => {
    // the JSON fixture, as if someone had saved it as "events.csv"
    const reading = readImportBytes(importFixture('timelinejs.json'));
    expect(reading.format).toBe('timelinejs-json');
    expect(reading.chronology.title).toBe('Ancient Mediterranean ports');
  });

  it('tells the three formats apart', () => {
    expect(readImport(fixtureText('timelinejs.json')).format).toBe('timelinejs-json');
    expect(readImport(fixtureText('timelinejs-sheet.csv')).format).toBe('timelinejs-sheet');
    expect(readImport(fixtureText('chronology.csv')).format).toBe('chronology-csv');
  });

  it('reads JSON that starts with blank lines or a byte order mark', () => {
    const json = '{"events":[{"start_date":{"year":2001},"text":{"headline":"Opened"}}]}';
    expect(readImport(`\n\n  ${json}`).format).toBe('timelinejs-json');
    const reading = readImportBytes(new Uint8Array([...BOM, ...utf8(json)]));
    expect(reading.format).toBe('timelinejs-json');
    expect(titles(reading)).toEqual(['Opened']);
  });

  const sheet = [
    ['Year', 'Month', 'Day', 'Headline', 'Text'],
    ['2001', '5', '3', 'Bridge opens', 'A long, long text'],
    ['1999', '', '', 'Plans drawn', ''],
  ];
  const ours = [
    ['id', 'title', 'start', 'end', 'city', 'lat', 'lon'],
    ['bridge', 'Bridge opens', '2001-05-03', '', 'Lyon', '45.76', '4.84'],
    ['plans', 'Plans drawn', '1999', '', '', '', ''],
  ];
  /** Writes a table as a spreadsheet would: quoting cells that hold the separator. */
  const write = (table: string[][], separator: string, newline: string) =>
    table
      .map((row) =>
        row.map((cell) => (cell.includes(separator) ? `"${cell}"` : cell)).join(separator),
      )
      .join(newline) + newline;
  const variants: [string, (table: string[][]) => Uint8Array][] = [
    ['commas and LF', (table) => utf8(write(table, ',', '\n'))],
    ['commas and CRLF', (table) => utf8(write(table, ',', '\r\n'))],
    ['a byte order mark', (table) => new Uint8Array([...BOM, ...utf8(write(table, ',', '\r\n'))])],
    ['semicolons (Excel in many locales)', (table) => utf8(write(table, ';', '\r\n'))],
    ['tabs', (table) => utf8(write(table, '\t', '\n'))],
    ['a lone CR per line (old Mac Excel)', (table) => utf8(write(table, ',', '\r'))],
  ];

  it.each(variants)('tells a TimelineJS sheet from our CSV when written with %s', (_, bytes) => {
    const fromSheet = readImportBytes(bytes(sheet));
    expect(fromSheet.format).toBe('timelinejs-sheet');
    expect(fromSheet.problems).toEqual([]);
    expect(titles(fromSheet)).toEqual(['Plans drawn', 'Bridge opens']);
    expect(fromSheet.chronology.events[1]!.startMs).toBe(Date.UTC(2001, 4, 3));
    expect(fromSheet.chronology.events[1]!.summary).toBe('A long, long text');

    const fromOurs = readImportBytes(bytes(ours));
    expect(fromOurs.format).toBe('chronology-csv');
    expect(fromOurs.problems).toEqual([]);
    expect(fromOurs.chronology.events.map((event) => event.id)).toEqual(['plans', 'bridge']);
    expect(fromOurs.chronology.events[1]!.place).toMatchObject({
      city: 'Lyon',
      lat: 45.76,
      lon: 4.84,
    });
  });

  it('finds the columns however the header is capitalized or spaced', () => {
    const reading = readImport(' YEAR ,headline,End_Year\n2001,Shouted,2003\n');
    expect(reading.format).toBe('timelinejs-sheet');
    expect(reading.chronology.events[0]!.endMs).toBe(Date.UTC(2004, 0, 1));
  });

  it('refuses JSON that is not a TimelineJS chronology, saying what it lacks', () => {
    for (const json of ['[1, 2, 3]', '{"items": []}', '{"events": "none"}']) {
      const error = errorOf(() => readImport(json));
      expect(error).toBeInstanceOf(ImportError);
      expect(error.message).toMatch(/not a TimelineJS chronology.*"events" list/);
    }
  });

  it('refuses a web page, pointing to the CSV download', () => {
    const error = errorOf(() => readImportBytes(utf8('<!DOCTYPE html><html><body>Sheet')));
    expect(error).toBeInstanceOf(ImportError);
    expect(error.message).toMatch(/web page/);
    expect(error.message).toMatch(/Download → CSV/);
  });
});

describe('a file that cannot be read gives one sentence saying why', () => {
  const cases: [file: string, says: RegExp][] = [
    ['empty.json', /^The file is empty\.$/],
    ['workbook.xlsx', /zip archive, such as an Excel \(\.xlsx\).*Save the sheet as CSV/],
    ['truncated.json', /JSON file ends before it is complete: it looks cut short/],
    ['truncated.csv', /ends inside a quoted cell that starts in row 2.*cut short/],
    [
      'not-a-chronology.csv',
      /not a chronology this app can read.*its first row has “name”, “age”\.$/,
    ],
    [
      'all-bad.csv',
      /^None of the rows could be shown: 2 have problems, the first in row 2, Year: “abc” is not a year\.$/,
    ],
  ];

  it.each(cases)('%s', (file, says) => {
    const error = errorOf(() => readImportBytes(importFixture(file)));
    expect(error).toBeInstanceOf(ImportError);
    expect(error.message).toMatch(says);
  });

  it('names the single bad row in the singular', () => {
    const only = errorOf(() => readImportBytes(utf8('Year,Headline\n1999x,Two\n')));
    expect(only.message).toBe(
      'None of the rows could be shown: 1 has a problem, the first in row 2, Year: “1999x” is not a year.',
    );
  });

  it('reads a file whose only row lacks a headline: kept rows are not refused', () => {
    const reading = readImportBytes(utf8('Year,Headline\n2001,\n1999x,Two\n'));
    expect(titles(reading)).toEqual(['Untitled event']);
    expect(reading.problems.map((problem) => problem.outcome)).toEqual(['kept', 'skipped']);
  });

  it('names the JSON field of the first bad event', () => {
    const json = '{"events":[{"start_date":{"year":2001,"month":13},"text":{"headline":"x"}}]}';
    expect(errorOf(() => readImportBytes(utf8(json))).message).toBe(
      'None of the rows could be shown: 1 has a problem, the first in event 1, events.start_date.month: “13” is not a month (1–12).',
    );
  });

  it('refuses a file with a header and no rows, or a title slide and no events', () => {
    expect(errorOf(() => readImportBytes(utf8('Year,Headline\n'))).message).toBe(
      'The file has no events.',
    );
    const titleOnly = '{"title":{"text":{"headline":"Alone"}},"events":[]}';
    expect(errorOf(() => readImportBytes(utf8(titleOnly))).message).toBe('The file has no events.');
  });

  it('refuses a file of blank space as empty', () => {
    const error = errorOf(() => readImportBytes(utf8(' \r\n\t\n')));
    expect(error).toBeInstanceOf(ImportError);
    expect(error.message).toMatch(/empty/);
  });

  it.each([
    ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]],
    ['a PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]],
    ['a JPEG image', [0xff, 0xd8, 0xff, 0xe0]],
    ['a gzip archive', [0x1f, 0x8b, 0x08, 0x00]],
    ['an old Excel (.xls) or Word file', [0xd0, 0xcf, 0x11, 0xe0, 0xa1]],
  ])('says a file is %s', (what, bytes) => {
    const error = errorOf(() => readImportBytes(new Uint8Array(bytes)));
    expect(error).toBeInstanceOf(ImportError);
    expect(error.message).toContain(`This file is ${what}, not a chronology`);
  });

  it('refuses other binary data', () => {
    const error = errorOf(() => readImportBytes(new Uint8Array([0x59, 0x65, 0x00, 0x01, 0x02])));
    expect(error).toBeInstanceOf(ImportError);
    expect(error.message).toMatch(/binary file/);
  });

  // JSON.parse words these "Expected double-quoted property name" / "Expected ',' or '}'", not
  // as an end of input.
  it('says JSON cut short right after a comma, or before its last brace, is cut short', () => {
    const full = '{"events":[{"start_date":{"year":2001},"text":{"headline":"x"}}]}';
    for (const cut of [full.slice(0, full.indexOf(',') + 1), full.slice(0, -1)]) {
      expect(errorOf(() => readImport(cut)).message).toMatch(/cut short/);
    }
  });
});

describe('text encodings', () => {
  it('decodes windows-1252 bytes, as older Excel writes CSV', () => {
    expect(decodeText(new Uint8Array([0x43, 0x61, 0x66, 0xe9])).text).toBe('Café');
    // (0x80–0x9F, curly quotes and €, are left out: Node 20.18.3+ decodes them as Latin-1,
    // nodejs/node#60888, while the browsers the worker runs in follow the Encoding Standard)
    const csv = [...utf8('Year,Headline\n2001,Caf'), 0xe9, 0x20, 0xc0, 0x20, 0xbd, 0x0a];
    const reading = readImportBytes(new Uint8Array(csv));
    expect(titles(reading)).toEqual(['Café À ½']);
  });

  it('reads UTF-8 as UTF-8, with or without a byte order mark', () => {
    expect(decodeText(utf8('Café')).text).toBe('Café');
    expect(decodeText(new Uint8Array([...BOM, ...utf8('Café')])).text).toBe('Café');
    const reading = readImportBytes(new Uint8Array([...BOM, ...utf8('Year,Headline\n2001,Ōsaka')]));
    expect(titles(reading)).toEqual(['Ōsaka']);
  });

  it('reads UTF-16 in either byte order when it starts with a byte order mark', () => {
    const text = 'Year\tHeadline\r\n2001\tCafé 東京\r\n';
    const units = [...text].map((char) => char.charCodeAt(0));
    const little = [0xff, 0xfe, ...units.flatMap((unit) => [unit & 0xff, unit >> 8])];
    const big = [0xfe, 0xff, ...units.flatMap((unit) => [unit >> 8, unit & 0xff])];
    for (const bytes of [little, big]) {
      expect(titles(readImportBytes(new Uint8Array(bytes)))).toEqual(['Café 東京']);
    }
  });

  it('says a UTF-16 file with nothing in it is empty', () => {
    const error = errorOf(() => readImportBytes(new Uint8Array([0xff, 0xfe, 0x0a, 0x00])));
    expect(error.message).toMatch(/empty/);
  });
});

describe('progress', () => {
  it('reports fractions from 0 to 1 while it reads', () => {
    const rows = Array.from({ length: 12_000 }, (_, i) => `${1000 + (i % 900)},Event ${i}`);
    const fractions: number[] = [];
    const reading = readImport(['Year,Headline', ...rows].join('\n'), (fraction) =>
      fractions.push(fraction),
    );
    expect(reading.chronology.events).toHaveLength(12_000);
    expect(fractions.length).toBeGreaterThan(2);
    for (const fraction of fractions) {
      expect(fraction).toBeGreaterThanOrEqual(0);
      expect(fraction).toBeLessThanOrEqual(1);
    }
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
  });
});
