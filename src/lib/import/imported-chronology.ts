/** What reading a file gives: the chronology of its good rows and a report of the others. */
import type { Chronology } from '../chronology/model.ts';
import type { ImportProblem } from './problems.ts';

export interface ImportedChronology {
  chronology: Chronology;
  problems: ImportProblem[];
}

/** The formats we read, told apart by content. */
export type ImportFormat = 'timelinejs-json' | 'timelinejs-sheet' | 'chronology-csv';

export const FORMAT_NAMES: Record<ImportFormat, string> = {
  'timelinejs-json': 'TimelineJS JSON',
  'timelinejs-sheet': 'TimelineJS spreadsheet (CSV)',
  'chronology-csv': 'this chronology’s CSV',
};

/** A file that cannot be read at all: one sentence for the reader; the app keeps what it had. */
export class ImportError extends Error {
  override name = 'ImportError';
}
