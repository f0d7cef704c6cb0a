import { localeFormat } from '../../src/lib/i18n/intl/intl-format.ts';
import { ENGLISH_FORMAT, type LocaleFormat } from '../../src/lib/i18n/intl/locale-format.ts';
import { alpha2Of } from '../../src/lib/i18n/intl/region-codes.ts';
import type { Lang } from '../../src/lib/i18n/languages.ts';
import type { Messages } from '../../src/lib/i18n/messages/en.ts';
import { translator, type Translate } from '../../src/lib/i18n/translate.ts';

/** How a language writes dates, counts and names in tests (Node's ICU has every language's data). */
export const formatFor = (lang: Lang): LocaleFormat =>
  lang === 'en'
    ? ENGLISH_FORMAT
    : localeFormat({
        lang,
        alpha2: alpha2Of,
        native: { dates: true, numbers: true, regions: true },
      });

/**
 * The interface's words in one language, for tests of pure code that takes a `Translate`: the
 * one place that knows how a translator is made.
 */
export const translatorFor = (lang: Lang, messages: Messages): Translate =>
  translator(messages, formatFor(lang));
