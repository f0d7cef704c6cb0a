/**
 * The format of a language other than English: `Intl` where the browser has the language, and
 * the tables from full ICU (locale-tables.ts) for whichever services it lacks. Loaded with such a
 * language only.
 */
import type { Lang } from '../languages.ts';
import { dateRangeParts, joinParts } from './date-parts.ts';
import { intlLocale } from './intl-locale.ts';
import { writtenRangeWith, type LocaleFormat } from './locale-format.ts';
import type { LocaleTables } from './locale-tables.ts';
import { tableDateRange, tableDay, tableInteger } from './table-format.ts';

/** Which of the services the browser lacks are written from tables instead. */
export interface FormatSources {
  lang: Lang;
  /** ISO 3166-1 alpha-3 → alpha-2, as `Intl.DisplayNames` takes region codes */
  alpha2: (alpha3: string) => string | undefined;
  /** present for the services the browser lacks */
  tables?: LocaleTables;
  native: { dates: boolean; numbers: boolean; regions: boolean };
}

/** The format of a language other than English, from `Intl` and, where it lacks them, tables. */
export function localeFormat({ lang, alpha2, tables, native }: FormatSources): LocaleFormat {
  const locale = intlLocale(lang);
  const useTables = (service: boolean) => (service ? undefined : tables);
  const dateTables = useTables(native.dates);
  const numberTables = useTables(native.numbers);
  const regionTables = useTables(native.regions);
  const dateRange: LocaleFormat['dateRange'] = dateTables
    ? (start, end) => tableDateRange(dateTables, start, end)
    : (start, end) => joinParts(dateRangeParts(locale, start, end));
  const alone = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  const monthsAlone = { long: alone({ month: 'long' }), short: alone({ month: 'short' }) };
  const daysAlone = alone({ day: 'numeric' });
  const numbers = new Intl.NumberFormat(locale);
  const plurals = new Intl.PluralRules(locale);
  const onlyCategory = tables?.pluralCategories.length === 1 ? tables.pluralCategories[0] : null;
  const displayNames = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  const regionName = (code: string) =>
    regionTables ? regionTables.regions[code] : displayNames.of(code);
  return {
    lang,
    dateRange,
    writtenRange: writtenRangeWith(dateRange),
    year: (year) => dateRange({ year }),
    month: (month, width) =>
      dateTables
        ? dateTables.monthsAlone[width][month - 1]!
        : monthsAlone[width].format(Date.UTC(2018, month - 1)),
    day: (day) =>
      dateTables ? tableDay(dateTables, day) : daysAlone.format(Date.UTC(2018, 0, day)),
    count: (value) => (numberTables ? tableInteger(numberTables, value) : numbers.format(value)),
    plural: (count) =>
      // Every browser has plural rules for our languages; Khmer, Lao and Burmese have one form.
      (onlyCategory as Intl.LDMLPluralRule | null) ?? plurals.select(count),
    stateName(state) {
      const code = alpha2(state.code);
      const text = code === undefined ? undefined : regionName(code);
      return text === undefined ? { text: state.name, lang: 'en' } : { text, lang };
    },
  };
}
