/**
 * The dates a link carries (`from=`, `to=`), as links write them (writtenDate): "2023", "2023-12",
 * "2023-12-06", "2011-03-14T14:30", BCE years with a minus ("-0500-03"). Every page load reads
 * them, so they are read here rather than by the spreadsheet reader (readDate), which is several
 * times larger and reports why a cell is not a date; a link's date is simply kept or dropped.
 */
import { YEAR_LIMIT, type ImportedDate } from './imported-date.ts';
import { daysInMonth } from './partial-date.ts';

const LINK_DATE =
  /^([-−]?\d{1,6})(?:-(\d{1,2})(?:-(\d{1,2})(?:T(\d{1,2}):(\d{2})(?::(\d{2}))?)?)?)?$/;

/** A link's date, or undefined when it is not one (or names a day that does not exist). */
export function readLinkDate(text: string): ImportedDate | undefined {
  const match = LINK_DATE.exec(text.trim());
  if (!match) return undefined;
  const [, yearText, monthText, dayText, hourText, minuteText, secondText] = match;
  const year = Number(yearText!.replace('−', '-'));
  if (Math.abs(year) > YEAR_LIMIT) return undefined;
  const date: ImportedDate = { year };
  if (monthText === undefined) return date;
  const month = Number(monthText);
  if (month < 1 || month > 12) return undefined;
  date.month = month;
  if (dayText === undefined) return date;
  const day = Number(dayText);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  date.day = day;
  if (hourText === undefined) return date;
  const [hour, minute, second] = [hourText, minuteText, secondText ?? '0'].map(Number);
  if (hour! > 23 || minute! > 59 || second! > 59) return undefined;
  Object.assign(date, { hour, minute, second });
  return date;
}
