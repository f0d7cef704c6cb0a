/**
 * The format of an interface language, ready to use. English is at hand, in the first script;
 * another language loads its own (foreign-format.ts: `Intl`, the region codes and, only where
 * the browser lacks the language, its tables), so the first script carries nothing but English.
 */
import type { Lang } from '../languages.ts';
import { ENGLISH_FORMAT, type LocaleFormat } from './locale-format.ts';
import type { NativeSupport } from './native-support.ts';

export async function loadLocaleFormat(
  lang: Lang,
  support?: (locale: string) => NativeSupport,
): Promise<LocaleFormat> {
  if (lang === 'en') return ENGLISH_FORMAT;
  const { foreignFormat } = await import('./foreign-format.ts');
  return foreignFormat(lang, support);
}
