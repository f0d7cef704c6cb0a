/** The interface's words in English, for tests of code that is handed a `Translate`. */
export { english } from '../../src/lib/i18n/english.ts';
