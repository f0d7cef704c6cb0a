/**
 * Reads a file someone chose, whatever it is: decides from its bytes whether it is a chronology we
 * can read (TimelineJS JSON, the TimelineJS spreadsheet template as CSV, or our own CSV) and reads
 * it, or says in one sentence why not. Pure and synchronous, so the worker runs it and tests call it.
 */
import { said, type MessageKey } from '../i18n/translate.ts';
import { recordSaid } from './problems.ts';
import { isChronologyCsv, readChronologyCsv } from './chronology-csv.ts';
import { ColumnIndex } from './csv-columns.ts';
import { parseCsv } from './csv-parse.ts';
import { ImportError, type ImportFormat, type ImportedChronology } from './imported-chronology.ts';
import type { ImportStage } from './import-messages.ts';
import { isTimelineJsJson, readTimelineJsJson } from './timelinejs-json.ts';
import { isTimelineJsSheet, readTimelineJsSheet } from './timelinejs-sheet.ts';
import { readText, type DecodedText, type TextEncoding } from './text-encoding.ts';

export interface ImportReading extends ImportedChronology {
  format: ImportFormat;
  /** the encoding the file was read in (a file of bytes; undefined for text given as text) */
  encoding?: TextEncoding;
}

/** Progress of the reading, 0–1, with what is being done. */
export type ProgressReport = (fraction: number, stage: ImportStage) => void;

const SIGNATURES: [bytes: number[], what: MessageKey][] = [
  [[0x50, 0x4b, 0x03, 0x04], 'importErrors.zip'],
  [[0x25, 0x50, 0x44, 0x46], 'importErrors.pdf'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'importErrors.oldOffice'],
  [[0x89, 0x50, 0x4e, 0x47], 'importErrors.png'],
  [[0xff, 0xd8, 0xff], 'importErrors.jpeg'],
  [[0x1f, 0x8b], 'importErrors.gzip'],
];

/**
 * Text from bytes, in the encoding the reader chose or else the one found (text-encoding.ts);
 * files that are not text at all are named.
 */
export function decodeText(bytes: Uint8Array, chosen?: string): DecodedText {
  if (bytes.length === 0) throw new ImportError(said('importErrors.empty'));
  for (const [signature, what] of SIGNATURES) {
    if (signature.every((byte, index) => bytes[index] === byte)) {
      throw new ImportError(said(what));
    }
  }
  const decoded = readText(bytes, chosen);
  const text = decoded.text.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new ImportError(said('importErrors.blank'));
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
      throw new ImportError(said('importErrors.cutShortJson'));
    }
    throw new ImportError(said('importErrors.invalidJson', { detail }));
  }
}

export function readImport(text: string, onProgress: ProgressReport = () => {}): ImportReading {
  const first = text.trimStart()[0];
  if (first === '{' || first === '[') {
    onProgress(0, 'readingJson');
    const json = parseJson(text);
    if (!isTimelineJsJson(json)) {
      throw new ImportError(said('importErrors.noEventsList'));
    }
    const reading = readTimelineJsJson(json, (fraction) => onProgress(fraction, 'checkingEvents'));
    return { ...reading, format: 'timelinejs-json' };
  }
  if (first === '<') {
    throw new ImportError(said('importErrors.webPage'));
  }
  onProgress(0, 'readingRows');
  const table = parseCsv(text, (fraction) => onProgress(fraction * 0.5, 'readingRows'));
  if (table.unterminatedAt !== undefined) {
    throw new ImportError(said('importErrors.openQuote', { row: String(table.unterminatedAt) }));
  }
  const columns = new ColumnIndex(table.records[0] ?? []);
  const progress = (fraction: number) => onProgress(0.5 + fraction * 0.5, 'checkingRows');
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
    found.length > 0
      ? said('importErrors.notChronologyFound', { found: found.join(', ') })
      : said('importErrors.notChronology'),
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
        ? said('importErrors.noneShown', {
            count: reading.problems.length,
            record: recordSaid(why.record) ?? why.record,
            column: why.column,
            problem: why.said ?? why.message,
          })
        : said('importErrors.noEvents'),
    );
  }
  return reading;
}
