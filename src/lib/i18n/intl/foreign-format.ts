/**
 * The format of a language other than English, loaded with such a language only: `Intl` where the
 * browser has the language, and its tables (locale-data/*.json, one chunk each) where it lacks
 * it, so a reader downloads the data of the language they chose and no other.
 */
import type { Lang } from '../languages.ts';
import { localeFormat } from './intl-format.ts';
import { intlLocale } from './intl-locale.ts';
import type { LocaleFormat } from './locale-format.ts';
import type { LocaleTables } from './locale-tables.ts';
import { nativeSupport, supportsAll, type NativeSupport } from './native-support.ts';
import { alpha2Of } from './region-codes.ts';

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

export async function foreignFormat(
  lang: Exclude<Lang, 'en'>,
  support: (locale: string) => NativeSupport = nativeSupport,
): Promise<LocaleFormat> {
  const native = support(intlLocale(lang));
  const tables = supportsAll(native) ? undefined : (await TABLES[lang]()).default;
  return localeFormat({
    lang,
    alpha2: alpha2Of,
    native,
    tables: tables as LocaleTables | undefined,
  });
}
