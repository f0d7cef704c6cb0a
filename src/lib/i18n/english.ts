/**
 * English, for what is written in English whatever the interface's language: citations (they cite
 * an English work by its English title), and tests. Import it only from code that loads lazily, so
 * the English catalog stays out of the first script.
 */
import { ENGLISH_FORMAT } from './intl/locale-format.ts';
import { messages } from './messages/en.ts';
import { translator } from './translate.ts';

export const english = translator(messages, ENGLISH_FORMAT);
