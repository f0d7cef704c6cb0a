import { english } from '../../../tests/unit/english.ts';
import { describe, expect, it } from 'vitest';
import { importFixture } from '../../../tests/unit/import-files.ts';
import { parseCsv } from './csv-parse.ts';
import { problemsToCsv, type ImportProblem } from './problems.ts';
import { readImportBytes } from './read-import.ts';

describe('problemsToCsv', () => {
  it('writes one row per problem that a spreadsheet reads back cell for cell', () => {
    const { problems } = readImportBytes(importFixture('timelinejs-sheet.csv'));
    const csv = problemsToCsv(problems, english);
    expect(csv.endsWith('\r\n')).toBe(true);
    const { records } = parseCsv(csv);
    expect(records[0]).toEqual(['row', 'record', 'column', 'problem', 'outcome']);
    expect(records.slice(1)).toEqual(
      problems.map((problem) => [
        String(problem.row),
        problem.record,
        problem.column,
        problem.message,
        problem.outcome === 'skipped' ? 'row not shown' : 'row shown without this value',
      ]),
    );
    expect(records[1]).toEqual([
      '7',
      'row 7',
      'Day',
      '“30” is not a day of that month (1–28)',
      'row not shown',
    ]);
  });

  it('quotes messages that hold commas, quotes and line breaks', () => {
    const problem: ImportProblem = {
      row: 3,
      record: 'row 3',
      column: 'Media, "main"',
      message: '“a,b” is not\na web address',
      outcome: 'kept',
    };
    const csv = problemsToCsv([problem], english);
    expect(csv).toBe(
      'row,record,column,problem,outcome\r\n3,row 3,"Media, ""main""","“a,b” is not\na web address",row shown without this value\r\n',
    );
  });

  it('writes a column or message that starts like a formula as text', () => {
    const problem: ImportProblem = {
      row: 2,
      record: 'row 2',
      column: '=HYPERLINK("https://evil.example")',
      message: '@SUM(A1:A9) is not a date',
      outcome: 'skipped',
    };
    const { records } = parseCsv(problemsToCsv([problem], english));
    expect(records[1]).toEqual([
      '2',
      'row 2',
      `'=HYPERLINK("https://evil.example")`,
      "'@SUM(A1:A9) is not a date",
      'row not shown',
    ]);
  });

  it('writes just the header when there is nothing to report', () => {
    expect(problemsToCsv([], english)).toBe('row,record,column,problem,outcome\r\n');
  });
});
