import { ENGLISH_FORMAT } from '../../src/lib/i18n/intl/locale-format.ts';
import { messages } from '../../src/lib/i18n/messages/en.ts';
import { Language } from '../../src/lib/state/language.svelte.ts';

/** The interface in English, as a component test sees it unless it asks for another language. */
export const englishLanguage = () => new Language('en', { messages, format: ENGLISH_FORMAT });
