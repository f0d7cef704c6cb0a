import type { Lang } from '../../src/lib/i18n/languages.ts';
import type { Messages } from '../../src/lib/i18n/messages/en.ts';
import { translator, type Translate } from '../../src/lib/i18n/translate.ts';

/**
 * The interface's words in one language, for tests of pure code that takes a `Translate`: the
 * one place that knows how a translator is made.
 */
export const translatorFor = (lang: Lang, messages: Messages): Translate =>
  translator(lang, messages);
