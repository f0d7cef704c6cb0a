/** The CSV parser reads back what our CSV writer writes, whatever the cells hold. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, restoreNeutralized } from '../chronology/csv-cell.ts';
import { parseCsv } from './csv-parse.ts';
import { RUNS, tricky } from '../../../tests/unit/import-arbitraries.ts';

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

  it('reads back any table written with csvCell, CRLF after every row', () => {
    fc.assert(
      fc.property(table, (records) => {
        const text = records.map((row) => row.map(csvCell).join(',') + '\r\n').join('');
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
          const text = records.map((row) => row.map(csvCell).join(',')).join('\r\n');
          const parsed = parseCsv(text).records;
          expect(parsed.map((row) => row.map(restoreNeutralized))).toEqual(records);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
