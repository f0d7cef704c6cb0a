/**
 * The format of an interface language, ready to use. Each loads with the language's messages and
 * beside them, none in the first script: English (locale-format.ts) is a few lines; another
 * language (foreign-format.ts) brings `Intl`'s setup, the region codes and, only where the
 * browser lacks the language, its tables.
 */
import type { Lang } from '../languages.ts';
import type { LocaleFormat } from './locale-format.ts';
import type { NativeSupport } from './native-support.ts';

export async function loadLocaleFormat(
  lang: Lang,
  support?: (locale: string) => NativeSupport,
): Promise<LocaleFormat> {
  if (lang === 'en') return (await import('./locale-format.ts')).ENGLISH_FORMAT;
  const { foreignFormat } = await import('./foreign-format.ts');
  return foreignFormat(lang, support);
}
