/**
 * Dates written as one text, the way our CSV and links write them: "2023", "2023-12",
 * "2023-12-06", "2011-03-14T14:30", and BCE years with a minus ("-0500-03").
 */
import { readDate, type DateParts, type ImportedDate } from './imported-date.ts';

const WRITTEN_DATE =
  /^\s*([-−]?\d{1,6})(?:-(\d{1,2})(?:-(\d{1,2})(?:T(\d{1,2}:\d{2}(?::\d{2})?))?)?)?\s*$/;

/** The parts of a written date; anything else is handed on whole, to be reported. */
export function writtenDateParts(text: string | undefined): DateParts | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const match = WRITTEN_DATE.exec(text);
  if (!match) return { unwritten: text };
  return { year: match[1], month: match[2], day: match[3], time: match[4] };
}

/** A written date, or undefined when it is not one (or names a day that does not exist). */
export function readWrittenDate(text: string): ImportedDate | undefined {
  const reading = readDate(writtenDateParts(text));
  return reading.ok === true ? reading.date : undefined;
}
