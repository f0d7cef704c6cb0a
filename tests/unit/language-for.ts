import type { Lang } from '../../src/lib/i18n/languages.ts';
import type { Messages } from '../../src/lib/i18n/messages/en.ts';
import * as localizer from '../../src/lib/i18n/intl/localize-chronology.ts';
import { Language } from '../../src/lib/state/language.svelte.ts';
import { formatFor } from './translator-for.ts';

/** The interface in another language than English, as a component test asks for it. */
export const languageFor = (lang: Lang, messages: Messages): Language =>
  new Language(lang, { messages, format: formatFor(lang), localizer });
