/**
 * One cell of a CSV this app writes (the events export, the problem report, events.csv at build
 * time). Titles and messages may come from an imported file, which is hostile input: a cell that
 * starts with =, +, -, @, a tab or a carriage return is run as a formula by spreadsheets, so it
 * gets a leading apostrophe and is shown as text (OWASP's advice for CSV injection). A plain
 * number such as -0.13 is left as it is, so coordinates stay numbers.
 */
/** Apostrophes first count too, so that a title that really starts with '= comes back whole. */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;

function needsApostrophe(value: string): boolean {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value);
}

/** What a spreadsheet should show as text: the value, or the value after an apostrophe. */
export function neutralizeFormula(value: string): string {
  return needsApostrophe(value) ? `'${value}` : value;
}

/**
 * Reverses neutralizeFormula for a file this app wrote and a reader opens again: only an
 * apostrophe that neutralizeFormula would have added is removed.
 */
export function restoreNeutralized(value: string): string {
  return value.startsWith("'") && needsApostrophe(value.slice(1)) ? value.slice(1) : value;
}

/** RFC 4180: quote a field that holds a comma, a quote or a line break; double inner quotes. */
export function csvCell(value: string): string {
  const safe = neutralizeFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
