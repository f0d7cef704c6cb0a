/**
 * What was wrong with a row of an imported file, worded for the person who keeps that file: where
 * (row or event number, column) and what, and whether the row was still shown.
 */
import { csvCell } from '../chronology/csv-cell.ts';

export interface ImportProblem {
  /** 1-based: the spreadsheet row (the header is row 1) or the position in the JSON list */
  row: number;
  /** "row 12", "event 5", "era 2", "title" */
  record: string;
  /** the column or JSON field, as the file names it */
  column: string;
  message: string;
  /** skipped: the row is not shown; kept: shown, without the faulty part */
  outcome: 'skipped' | 'kept';
}

export const PROBLEM_COLUMNS = ['row', 'record', 'column', 'problem', 'outcome'] as const;

export function problemsToCsv(problems: readonly ImportProblem[]): string {
  const lines = [
    PROBLEM_COLUMNS.join(','),
    ...problems.map((problem) =>
      [
        String(problem.row),
        problem.record,
        problem.column,
        problem.message,
        problem.outcome === 'skipped' ? 'row not shown' : 'row shown without this value',
      ]
        .map(csvCell)
        .join(','),
    ),
  ];
  return lines.join('\r\n') + '\r\n';
}
