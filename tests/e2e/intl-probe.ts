/**
 * The page side of intl.e2e.ts: the app's locale formatting, bundled on its own so a test can
 * ask the real browser to write dates and names in any language, as the interface will.
 */
import { loadLocaleFormat } from '../../src/lib/i18n/intl/load-locale-format.ts';
import { intlLocale } from '../../src/lib/i18n/intl/intl-locale.ts';
import { nativeSupport, supportsAll } from '../../src/lib/i18n/intl/native-support.ts';
import type { Lang } from '../../src/lib/i18n/languages.ts';

export interface ProbeAnswer {
  date: string;
  range: string;
  state: { text: string; lang: string };
  count: string;
  /** whether the browser's own Intl has the language */
  native: boolean;
}

async function write(
  lang: Lang,
  event: { start: string; end?: string },
  state: { code: string; name: string },
): Promise<ProbeAnswer> {
  const format = await loadLocaleFormat(lang);
  return {
    date: format.writtenRange(event.start, event.end),
    range: format.writtenRange('2018-08-14', '2018-08-15'),
    state: format.stateName(state),
    count: format.count(1234567),
    native: supportsAll(nativeSupport(intlLocale(lang))),
  };
}

(window as unknown as { intlProbe: unknown }).intlProbe = { write };
