/**
 * The locale each interface language asks `Intl` for. Thai names its calendar: the years of the
 * chronology are Gregorian (see README, "Languages"), and a plain `th` would write Buddhist-era
 * years (2566 for 2023) beside summaries, sources and links that all say 2023.
 */
import type { Lang } from '../languages.ts';

const INTL_LOCALES: Partial<Record<Lang, string>> = {
  th: 'th-u-ca-gregory',
};

export function intlLocale(lang: Lang): string {
  return INTL_LOCALES[lang] ?? lang;
}
