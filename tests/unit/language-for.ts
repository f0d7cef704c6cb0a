import type { Lang } from '../../src/lib/i18n/languages.ts';
import type { Messages } from '../../src/lib/i18n/messages/en.ts';
import { Language } from '../../src/lib/state/language.svelte.ts';

/** The interface in another language than English, as a component test asks for it. */
export const languageFor = (lang: Lang, messages: Messages): Language =>
  new Language(lang, messages);
