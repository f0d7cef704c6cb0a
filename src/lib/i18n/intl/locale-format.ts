/**
 * Dates, numbers, plural categories and names of states in one interface language. English writes
 * exactly as the rest of the app always has (dates/partial-date.ts, the names in data/states.yaml)
 * and is all the first page load carries; every other language (intl-format.ts) as `Intl` writes
 * it, or, where the browser lacks the language, from tables taken from full ICU at build time
 * (load-locale-format.ts chooses).
 */
import {
  MONTH_NAMES,
  formatPartialRange,
  formatWrittenRange,
  parsePartialDate,
  yearLabel,
  type PartialDate,
} from '../../dates/partial-date.ts';
import type { Lang } from '../languages.ts';

/** A text and the language it is in, for the `lang` attribute of what shows it. */
export interface LocalizedName {
  text: string;
  lang: Lang;
}

export interface LocaleFormat {
  readonly lang: Lang;
  /** A date or range as precisely as it is known: "6 December 2023", "14–15 August 2018". */
  dateRange(start: PartialDate, end?: PartialDate): string;
  /** The same for dates written as the records write them ("2023-12-06"); other text as it is. */
  writtenRange(start: string, end?: string): string;
  /** A year alone, as the axis and the list's headings write it. */
  year(year: number): string;
  /** A month's name alone (1–12), as the axis writes it: "March", or "Mar" where space is short. */
  month(month: number, width: 'long' | 'short'): string;
  /** A day of the month alone, as the axis writes it below its month: "6" ("6日" in Chinese). */
  day(day: number): string;
  /** A count: "1,234" in English, "1.234" in Vietnamese, "၁,၂၃၄" in Burmese. */
  count(value: number): string;
  /** The plural category of a count, to choose a message's form. */
  plural(count: number): Intl.LDMLPluralRule;
  /**
   * A state's name in the language; the name the data gives, in English, where the language has
   * none or the code is no ISO 3166-1 country.
   */
  stateName(state: { code: string; name: string }): LocalizedName;
}

export function writtenRangeWith(write: LocaleFormat['dateRange']): LocaleFormat['writtenRange'] {
  return (start, end) => {
    const from = parsePartialDate(start);
    if (!from) return start;
    return write(from, end === undefined ? undefined : parsePartialDate(end));
  };
}

const englishPlurals = new Intl.PluralRules('en');

export const ENGLISH_FORMAT: LocaleFormat = {
  lang: 'en',
  dateRange: formatPartialRange,
  writtenRange: formatWrittenRange,
  year: yearLabel,
  // as the axis has always written them (timeline/ticks.ts)
  month: (month, width) => {
    const name = MONTH_NAMES[month - 1]!;
    return width === 'long' ? name : name.slice(0, 3);
  },
  day: (day) => String(day),
  // a bound function: `format` is a getter that binds it
  count: new Intl.NumberFormat('en').format,
  plural: (count) => englishPlurals.select(count),
  stateName: (state) => ({ text: state.name, lang: 'en' }),
};
