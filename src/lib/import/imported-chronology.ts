/** What reading a file gives: the chronology of its good rows and a report of the others. */
import type { Chronology } from '../chronology/model.ts';
import { english } from '../i18n/english.ts';
import { say, type Said } from '../i18n/translate.ts';
import type { ImportProblem } from './problems.ts';

export interface ImportedChronology {
  chronology: Chronology;
  problems: ImportProblem[];
}

/** The formats we read, told apart by content. */
export type ImportFormat = 'timelinejs-json' | 'timelinejs-sheet' | 'chronology-csv';

/**
 * A file that cannot be read at all: one sentence for the reader, said in their language on the
 * page (`said`) and in English as the error's message; the app keeps what it had.
 */
export class ImportError extends Error {
  override name = 'ImportError';

  constructor(readonly said: Said) {
    super(say(english, said));
  }
}
