/**
 * What was wrong with a row of an imported file, worded for the person who keeps that file: where
 * (row or event number, column) and what, and whether the row was still shown.
 */
import { csvCell } from '../chronology/csv-cell.ts';
import { say, type Said, type Translate } from '../i18n/translate.ts';

export interface ImportProblem {
  /** 1-based: the spreadsheet row (the header is row 1) or the position in the JSON list */
  row: number;
  /** "row 12", "event 5", "era 2", as the readers write it in English (see `recordLabel`) */
  record: string;
  /** the column or JSON field, as the file names it */
  column: string;
  /** the problem in English, for logs and tests */
  message: string;
  /** the problem, to be said in the reader's language */
  said?: Said;
  /** skipped: the row is not shown; kept: shown, without the faulty part */
  outcome: 'skipped' | 'kept';
}

/** The problem in the reader's language (a problem made without a `said` is shown as written). */
export function problemMessage(problem: ImportProblem, t: Translate): string {
  return problem.said ? say(t, problem.said) : problem.message;
}

const RECORD = /^(row|event|era) (\d+)$/;

/** Where the problem is, in the reader's language: "row 12" is "hàng 12" in Vietnamese. */
export function recordSaid(record: string): Said | undefined {
  const match = RECORD.exec(record);
  if (!match) return undefined;
  const kind = match[1] as 'row' | 'event' | 'era';
  return { key: `importRecords.${kind}`, params: { number: match[2]! } };
}

export function recordLabel(problem: Pick<ImportProblem, 'record'>, t: Translate): string {
  const where = recordSaid(problem.record);
  return where ? say(t, where) : problem.record;
}

/** The report as a CSV file, in the reader's language (a spreadsheet reads it back cell for cell). */
export function problemsToCsv(problems: readonly ImportProblem[], t: Translate): string {
  const lines = [
    t('problemsCsv.columns'),
    ...problems.map((problem) =>
      [
        String(problem.row),
        recordLabel(problem, t),
        problem.column,
        problemMessage(problem, t),
        problem.outcome === 'skipped' ? t('problemsCsv.skipped') : t('problemsCsv.kept'),
      ]
        .map(csvCell)
        .join(','),
    ),
  ];
  return lines.join('\r\n') + '\r\n';
}
