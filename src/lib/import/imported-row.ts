/**
 * The row every import format reads (one `ImportedRow` per event), before the chronology builder
 * judges it, and how a cell of it is read as text.
 */
import type { Said } from '../i18n/translate.ts';
import type { Source, State } from '../chronology/model.ts';
import type { DatePart, DateParts } from '../dates/imported-date.ts';
import type { ImportProblem } from './problems.ts';
import { plainText } from './plain-text.ts';

/** How the report names a column: a function of the date part for dates. */
export interface ColumnNames {
  start: (part: DatePart) => string;
  end: (part: DatePart) => string;
  displayDate: string;
  headline: string;
  text: string;
  media: string;
  latitude: string;
  longitude: string;
}

export interface ImportedRow {
  row: number;
  /** "row 12", "event 5" */
  record: string;
  id?: string;
  headline?: string;
  /** may hold HTML */
  text?: string;
  start?: DateParts;
  end?: DateParts;
  displayDate?: string;
  group?: string;
  location?: { name?: unknown; lat?: unknown; lon?: unknown };
  media?: { url?: unknown; caption?: unknown; credit?: unknown };
  /** the file's short text cells (title, place, group…) are plain text, as in our CSV */
  plain?: boolean;
  /** our own CSV's extra columns */
  country?: State;
  participants?: State[];
  online?: boolean;
  sources?: Source[];
}

/** Files a problem against a row's column in the import report. */
export type ReportProblem = (
  row: Pick<ImportedRow, 'row' | 'record'>,
  column: string,
  /** the problem, said in English for the report's `message` and later in the reader's language */
  what: Said,
  outcome: ImportProblem['outcome'],
) => void;

/** A cell as text: HTML reduced to its words, or, from a plain-text format, only tidied. */
export function cellText(row: Pick<ImportedRow, 'plain'>, value: string | undefined): string {
  if (!value) return '';
  return row.plain ? value.replace(/\s+/g, ' ').trim() : plainText(value);
}

/** A cell that a JSON file may give as a number or a string, as text; anything else is empty. */
export function asText(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

/** The first 40 characters of a text, for a headline made up from it or a value quoted in a report. */
export function shortened(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > 40 ? `${trimmed.slice(0, 40)}…` : trimmed;
}
