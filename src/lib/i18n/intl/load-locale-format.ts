/**
 * The format of an interface language, ready to use. English is at hand; another language brings
 * the region codes and, only if the browser lacks the language, its tables (locale-data/*.json,
 * one chunk each), so a reader downloads the data of the language they chose and no other.
 */
import type { Lang } from '../languages.ts';
import { intlLocale } from './intl-locale.ts';
import { ENGLISH_FORMAT, type LocaleFormat } from './locale-format.ts';
import type { LocaleTables } from './locale-tables.ts';
import { nativeSupport, supportsAll, type NativeSupport } from './native-support.ts';

type Loader = () => Promise<{ default: unknown }>;

const TABLES: Record<Exclude<Lang, 'en'>, Loader> = {
  vi: () => import('./locale-data/vi.json'),
  'zh-Hans': () => import('./locale-data/zh-Hans.json'),
  th: () => import('./locale-data/th.json'),
  id: () => import('./locale-data/id.json'),
  ms: () => import('./locale-data/ms.json'),
  km: () => import('./locale-data/km.json'),
  lo: () => import('./locale-data/lo.json'),
  my: () => import('./locale-data/my.json'),
  fil: () => import('./locale-data/fil.json'),
};

export async function loadLocaleFormat(
  lang: Lang,
  support: (locale: string) => NativeSupport = nativeSupport,
): Promise<LocaleFormat> {
  if (lang === 'en') return ENGLISH_FORMAT;
  const native = support(intlLocale(lang));
  const [{ localeFormat }, { alpha2Of }, tables] = await Promise.all([
    import('./intl-format.ts'),
    import('./region-codes.ts'),
    supportsAll(native) ? undefined : TABLES[lang]().then((module) => module.default),
  ]);
  return localeFormat({
    lang,
    alpha2: alpha2Of,
    native,
    tables: tables as LocaleTables | undefined,
  });
}
