/**
 * Reads a file someone chose, whatever it is: decides from its bytes whether it is a chronology we
 * can read (TimelineJS JSON, the TimelineJS spreadsheet template as CSV, or our own CSV) and reads
 * it, or says in one sentence why not. Pure and synchronous, so the worker runs it and tests call it.
 */
import { isChronologyCsv, readChronologyCsv } from './chronology-csv.ts';
import { ColumnIndex } from './csv-columns.ts';
import { parseCsv } from './csv-parse.ts';
import { ImportError, type ImportFormat, type ImportedChronology } from './imported-chronology.ts';
import { isTimelineJsJson, readTimelineJsJson } from './timelinejs-json.ts';
import { isTimelineJsSheet, readTimelineJsSheet } from './timelinejs-sheet.ts';
import { readText, type DecodedText, type TextEncoding } from './text-encoding.ts';

export interface ImportReading extends ImportedChronology {
  format: ImportFormat;
  /** the encoding the file was read in (a file of bytes; undefined for text given as text) */
  encoding?: TextEncoding;
}

/** Progress of the reading, 0–1, with what is being done. */
export type ProgressReport = (fraction: number, stage: string) => void;

const SAVE_AS_CSV = ' Save the sheet as CSV and open that.';
const SIGNATURES: [bytes: number[], what: string][] = [
  [[0x50, 0x4b, 0x03, 0x04], 'a zip archive, such as an Excel (.xlsx) or OpenDocument workbook'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Excel (.xls) or Word file'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x1f, 0x8b], 'a gzip archive'],
];

/**
 * Text from bytes, in the encoding the reader chose or else the one found (text-encoding.ts);
 * files that are not text at all are named.
 */
export function decodeText(bytes: Uint8Array, chosen?: string): DecodedText {
  if (bytes.length === 0) throw new ImportError('The file is empty.');
  for (const [signature, what] of SIGNATURES) {
    if (signature.every((byte, index) => bytes[index] === byte)) {
      const advice = /Excel|workbook/.test(what) ? SAVE_AS_CSV : '';
      throw new ImportError(`This file is ${what}, not a chronology in JSON or CSV.${advice}`);
    }
  }
  const decoded = readText(bytes, chosen);
  const text = decoded.text.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new ImportError('The file is empty (it holds only blank space).');
  return { text, encoding: decoded.encoding };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    // Engines word it differently; an error at the very end of the text means it stops early.
    const position = Number(/position (\d+)/.exec(detail)?.[1] ?? NaN);
    const atEnd = position >= text.trimEnd().length - 1;
    if (atEnd || /end of (JSON|data)|unterminated|Unexpected end|EOF/i.test(detail)) {
      throw new ImportError(
        'The JSON file ends before it is complete: it looks cut short. Download it again.',
      );
    }
    throw new ImportError(`This file starts like JSON but is not valid JSON (${detail}).`);
  }
}

export function readImport(text: string, onProgress: ProgressReport = () => {}): ImportReading {
  const first = text.trimStart()[0];
  if (first === '{' || first === '[') {
    onProgress(0, 'Reading JSON');
    const json = parseJson(text);
    if (!isTimelineJsJson(json)) {
      throw new ImportError(
        'This JSON is not a TimelineJS chronology: it has no "events" list (TimelineJS files look like {"title": …, "events": […]}).',
      );
    }
    const reading = readTimelineJsJson(json, (fraction) => onProgress(fraction, 'Checking events'));
    return { ...reading, format: 'timelinejs-json' };
  }
  if (first === '<') {
    throw new ImportError(
      'This is a web page or XML file, not a chronology in JSON or CSV. If it is a Google Sheet, use File → Download → CSV.',
    );
  }
  onProgress(0, 'Reading rows');
  const table = parseCsv(text, (fraction) => onProgress(fraction * 0.5, 'Reading rows'));
  if (table.unterminatedAt !== undefined) {
    throw new ImportError(
      `The file ends inside a quoted cell that starts in row ${table.unterminatedAt}: it looks cut short, or a quote mark is not closed.`,
    );
  }
  const columns = new ColumnIndex(table.records[0] ?? []);
  const progress = (fraction: number) => onProgress(0.5 + fraction * 0.5, 'Checking rows');
  if (isTimelineJsSheet(columns)) {
    return { ...readTimelineJsSheet(table.records, progress), format: 'timelinejs-sheet' };
  }
  if (isChronologyCsv(columns)) {
    return { ...readChronologyCsv(table.records, progress), format: 'chronology-csv' };
  }
  const found = columns.names
    .filter(Boolean)
    .slice(0, 6)
    .map((name) => `“${name.slice(0, 30)}”`);
  throw new ImportError(
    `This is not a chronology this app can read. A CSV needs a header row with the TimelineJS template’s columns (Year, Month, Day, Headline, …) or this app’s (id, title, start, …)${found.length > 0 ? `; its first row has ${found.join(', ')}` : ''}.`,
  );
}

/**
 * An empty chronology is refused too: showing nothing is never what the reader wanted.
 * `encoding`: the one the reader chose, when the one found was wrong.
 */
export function readImportBytes(
  bytes: Uint8Array,
  onProgress?: ProgressReport,
  encoding?: string,
): ImportReading {
  const { text, encoding: used } = decodeText(bytes, encoding);
  const reading: ImportReading = { ...readImport(text, onProgress), encoding: used };
  if (reading.chronology.events.length === 0) {
    const why = reading.problems[0];
    throw new ImportError(
      why
        ? `None of the rows could be shown: ${reading.problems.length.toLocaleString('en')} ${reading.problems.length === 1 ? 'has a problem' : 'have problems'}, the first in ${why.record}, ${why.column}: ${why.message}.`
        : 'The file has no events.',
    );
  }
  return reading;
}
