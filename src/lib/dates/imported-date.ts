/**
 * Dates as chronology tools write them: a year (any year, BCE as a negative number, as TimelineJS
 * does), optionally a month, a day and a time of day. Read from loose parts (spreadsheet cells,
 * JSON numbers or strings) with a reason for every refusal, measured in UTC ms like our own dates.
 */
import { isBlank, quotedValue } from './cell-value.ts';
import {
  daysInMonth,
  endOf,
  formatPartialRange,
  startOf,
  utcDay,
  type PartialDate,
} from './partial-date.ts';
import type { Precision } from './partial-date.ts';
import { HOUR_MS, MINUTE_MS, SECOND_MS } from './time-units.ts';
import type { Said } from '../i18n/translate.ts';

/** What can be wrong with a date, as the message catalog's `importProblems` names it. */
type DateProblem =
  | 'rewritten'
  | 'yearMissing'
  | 'notYear'
  | 'yearBeyond'
  | 'notMonth'
  | 'dayWithoutMonth'
  | 'notDay'
  | 'timeWithoutDay'
  | 'notTime'
  | 'notHour'
  | 'notMinute'
  | 'notSecond';

const TIME_PROBLEMS = { hour: 'notHour', minute: 'notMinute', second: 'notSecond' } as const;

export interface ImportedDate extends PartialDate {
  /** present only with a day */
  hour?: number;
  minute?: number;
  second?: number;
}

/** The parts of one date as a file gives them, before any checking. */
export interface DateParts {
  year?: unknown;
  month?: unknown;
  day?: unknown;
  /** "14:30", "2:30 PM", "14:30:15" (the spreadsheet template's Time column) */
  time?: unknown;
  /** separate fields, as TimelineJS JSON has them */
  hour?: unknown;
  minute?: unknown;
  second?: unknown;
  /** a date given as one text (our CSV) that is not written as 2004, 2004-01 or 2004-01-10 */
  unwritten?: string;
}

/** Which part was wrong, so the report can name the column. */
export type DatePart = 'year' | 'month' | 'day' | 'time' | 'hour' | 'minute' | 'second';

export type DateReading =
  { ok: true; date: ImportedDate } | { ok: false; part: DatePart; said: Said } | { ok: 'absent' };

/** JavaScript dates reach ±275,760 years; beyond that an instant cannot be measured. */
export const YEAR_LIMIT = 270_000;

const shown = quotedValue;

/** A whole number from a number or a numeric string ("2023", " 7 ", "-500", "2023.0"). */
function wholeNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  if (typeof value !== 'string' || !/^\s*[-+−]?\d+(\.0+)?\s*$/.test(value)) return undefined;
  return Number(value.trim().replace('−', '-'));
}

function failure(part: DatePart, key: DateProblem, params?: Said['params']): DateReading {
  return {
    ok: false,
    part,
    said: params ? { key: `importProblems.${key}`, params } : { key: `importProblems.${key}` },
  };
}

/** "14:30", "14:30:15", "2:30 PM", "2 pm", "9am" → hours, minutes, seconds */
export function readTimeOfDay(text: string): [number, number, number] | undefined {
  const match = /^\s*(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*([ap]\.?m\.?)?\s*$/i.exec(text);
  if (!match) return undefined;
  let hour = Number(match[1]);
  const minute = match[2] === undefined ? 0 : Number(match[2]);
  const second = match[3] === undefined ? 0 : Number(match[3]);
  const meridiem = match[4]?.[0]?.toLowerCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  } else if (match[2] === undefined) {
    return undefined; // a bare "14" is more likely a typo than a time
  }
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  return [hour, minute, second];
}

export function readDate(parts: DateParts | undefined): DateReading {
  if (!parts || Object.values(parts).every(isBlank)) return { ok: 'absent' };
  if (parts.unwritten !== undefined) {
    // Spreadsheets rewrite dates their own way ("1/10/2004"), which may be either day first or
    // month first: the reader is told the form, not given a guess.
    return failure('year', 'rewritten', { value: shown(parts.unwritten) });
  }
  if (isBlank(parts.year)) return failure('year', 'yearMissing');
  const year = wholeNumber(parts.year);
  if (year === undefined) return failure('year', 'notYear', { value: shown(parts.year) });
  if (Math.abs(year) > YEAR_LIMIT) {
    return failure('year', 'yearBeyond', { value: shown(parts.year), limit: YEAR_LIMIT });
  }
  const date: ImportedDate = { year };
  if (!isBlank(parts.month)) {
    const month = wholeNumber(parts.month);
    if (month === undefined || month < 1 || month > 12) {
      return failure('month', 'notMonth', { value: shown(parts.month) });
    }
    date.month = month;
  }
  if (!isBlank(parts.day)) {
    if (date.month === undefined) return failure('day', 'dayWithoutMonth');
    const day = wholeNumber(parts.day);
    const last = daysInMonth(year, date.month);
    if (day === undefined || day < 1 || day > last) {
      return failure('day', 'notDay', { value: shown(parts.day), last: String(last) });
    }
    date.day = day;
  }
  const time = readTime(parts, date.day !== undefined);
  if (time && !Array.isArray(time)) return time;
  if (time) [date.hour, date.minute, date.second] = time;
  return { ok: true, date };
}

function readTime(
  parts: DateParts,
  hasDay: boolean,
): [number, number, number] | DateReading | undefined {
  if (!isBlank(parts.time)) {
    if (!hasDay) return failure('time', 'timeWithoutDay');
    const time = typeof parts.time === 'string' ? readTimeOfDay(parts.time) : undefined;
    return time ?? failure('time', 'notTime', { value: shown(parts.time) });
  }
  if (isBlank(parts.hour) && isBlank(parts.minute) && isBlank(parts.second)) return undefined;
  if (!hasDay) return failure('hour', 'timeWithoutDay');
  const limits: [DatePart, unknown, number][] = [
    ['hour', parts.hour, 23],
    ['minute', parts.minute, 59],
    ['second', parts.second, 59],
  ];
  const values = limits.map(([part, value, max]) => {
    if (isBlank(value)) return 0;
    const number = wholeNumber(value);
    return number === undefined || number < 0 || number > max
      ? failure(part, TIME_PROBLEMS[part as 'hour'], { value: shown(value), max: String(max) })
      : number;
  });
  const wrong = values.find((value) => typeof value !== 'number');
  return wrong !== undefined ? (wrong as DateReading) : (values as [number, number, number]);
}

export function hasTime(date: ImportedDate): boolean {
  return date.hour !== undefined;
}

export function precisionOfDate(date: ImportedDate): Precision {
  return date.day !== undefined ? 'day' : date.month !== undefined ? 'month' : 'year';
}

/** First instant covered (UTC ms). */
export function startInstant(date: ImportedDate): number {
  if (!hasTime(date)) return startOf(date);
  return (
    utcDay(date.year, date.month! - 1, date.day!) +
    date.hour! * HOUR_MS +
    date.minute! * MINUTE_MS +
    date.second! * SECOND_MS
  );
}

/** First instant after the date (exclusive): a timed date lasts its minute (or second). */
export function endInstant(date: ImportedDate): number {
  if (!hasTime(date)) return endOf(date);
  return startInstant(date) + (date.second ? SECOND_MS : MINUTE_MS);
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** ISO 8601-like, with a sign for BCE years: "2011-03-14T14:30", "-0500-03". */
export function writtenDate(date: ImportedDate): string {
  const year = (date.year < 0 ? '-' : '') + pad(Math.abs(date.year), 4);
  let text = [year, date.month && pad(date.month), date.day && pad(date.day)]
    .filter(Boolean)
    .join('-');
  if (hasTime(date)) {
    text += `T${pad(date.hour!)}:${pad(date.minute!)}`;
    if (date.second) text += `:${pad(date.second)}`;
  }
  return text;
}

function timeLabel(date: ImportedDate): string {
  return `${pad(date.hour!)}:${pad(date.minute!)}${date.second ? `:${pad(date.second)}` : ''}`;
}

const dayOf = ({ year, month, day }: ImportedDate): PartialDate => ({ year, month, day });

/** "14 March 2011, 14:30", "14 March 2011, 14:30–16:00", otherwise as our own dates read. */
export function formatImportedRange(start: ImportedDate, end?: ImportedDate): string {
  if (!hasTime(start) && (!end || !hasTime(end)))
    return formatPartialRange(start, end && dayOf(end));
  const first = hasTime(start)
    ? `${formatPartialRange(dayOf(start))}, ${timeLabel(start)}`
    : formatPartialRange(dayOf(start));
  if (!end) return first;
  const sameDay = start.year === end.year && start.month === end.month && start.day === end.day;
  if (sameDay && hasTime(end)) return `${first}–${timeLabel(end)}`;
  const last = hasTime(end)
    ? `${formatPartialRange(dayOf(end))}, ${timeLabel(end)}`
    : formatPartialRange(dayOf(end));
  return `${first} – ${last}`;
}
