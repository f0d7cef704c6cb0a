/**
 * RFC 4180 CSV as spreadsheets write it: quoted fields may hold commas, quotes ("") and line
 * breaks; lines end in CRLF or LF. The separator is sniffed from the header (Excel in many locales
 * writes semicolons; some tools tabs). A quote left open at the end means the file was cut short.
 */

export interface CsvTable {
  /** every record, the header first; a record's spreadsheet row number is its index + 1 */
  records: string[][];
  separator: string;
  /** the record (1-based) whose quoted field never closed, when the file ends inside it */
  unterminatedAt?: number;
}

const SEPARATORS = [',', ';', '\t'];

/** The separator the first line uses most, outside quotes. */
export function sniffSeparator(text: string): string {
  let inQuotes = false;
  const counts = new Map<string, number>(SEPARATORS.map((separator) => [separator, 0]));
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (char === '\n' || char === '\r')) break;
    else if (!inQuotes && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  let best = ',';
  for (const [separator, count] of counts) if (count > counts.get(best)!) best = separator;
  return best;
}

/** Where an unquoted field (or the rest of a quoted one) that starts at `from` ends. */
function endOfField(text: string, from: number, separator: string): number {
  let next = from;
  while (
    next < text.length &&
    text[next] !== separator &&
    text[next] !== '\n' &&
    text[next] !== '\r'
  )
    next++;
  return next;
}

/**
 * Parses the whole text. `onProgress` is called with the share of the text read, every few
 * thousand records, so a worker can report how far it is.
 */
export function parseCsv(text: string, onProgress?: (fraction: number) => void): CsvTable {
  const separator = sniffSeparator(text);
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  const length = text.length;
  let unterminatedAt: number | undefined;

  while (i < length) {
    // one field
    let field: string;
    if (text[i] === '"') {
      let value = '';
      let from = i + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote === -1) {
          value += text.slice(from);
          i = length;
          unterminatedAt = records.length + 1;
          break;
        }
        value += text.slice(from, quote);
        if (text[quote + 1] === '"') {
          value += '"';
          from = quote + 2;
        } else {
          i = quote + 1;
          break;
        }
      }
      // anything between the closing quote and the separator is kept, as spreadsheets do
      const next = endOfField(text, i, separator);
      field = value + text.slice(i, next);
      i = next;
    } else {
      const next = endOfField(text, i, separator);
      field = text.slice(i, next);
      i = next;
    }
    record.push(field);
    if (i >= length) break;
    if (text[i] === separator) {
      i++;
      if (i === length) record.push('');
      continue;
    }
    // end of line: CRLF, LF or a lone CR
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    records.push(record);
    record = [];
    if (onProgress && records.length % 5000 === 0) onProgress(i / length);
  }
  if (record.length > 0) records.push(record);
  return { records, separator, unterminatedAt };
}

/** Whether a record is empty: no cells, or only blank ones (a spreadsheet's trailing rows). */
export function isBlankRecord(record: readonly string[]): boolean {
  return record.every((cell) => cell.trim() === '');
}
