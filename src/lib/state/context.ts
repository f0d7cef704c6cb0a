/**
 * The page's state handed to components through context, one typed accessor per concern, so a
 * component names what it reads and a test supplies it with a plain `AppState`.
 */
import { getContext, setContext } from 'svelte';
import type { AppState } from './app-state.svelte.ts';
import type { ShownScheme } from './color-scheme.svelte.ts';
import type { DisplayModes } from './display-modes.svelte.ts';
import type { Filters } from './filters.svelte.ts';
import type { ImportState } from './import.svelte.ts';
import type { Language } from './language.svelte.ts';
import type { Selection } from './selection.svelte.ts';
import type { ShownChronology } from './shown-chronology.svelte.ts';
import type { Viewport } from './viewport.svelte.ts';

const APP_KEY = Symbol('app');
const IMPORT_KEY = Symbol('import');
const LANGUAGE_KEY = Symbol('language');

function required<T>(key: symbol, what: string): T {
  const value = getContext<T | undefined>(key);
  if (!value) throw new Error(`${what} needs to be set by an ancestor (setAppContext)`);
  return value;
}

export function setAppContext(app: AppState): AppState {
  return setContext(APP_KEY, app);
}

/** The whole state, for the steps that change several concerns at once. */
export function getAppContext(): AppState {
  return required<AppState>(APP_KEY, 'getAppContext()');
}

export const getShown = (): ShownChronology => getAppContext().shown;
export const getFilters = (): Filters => getAppContext().filters;
export const getSelection = (): Selection => getAppContext().selection;
export const getViewport = (): Viewport => getAppContext().viewport;
export const getDisplay = (): DisplayModes => getAppContext().display;
export const getScheme = (): ShownScheme => getAppContext().scheme;

export function setImportContext(state: ImportState): ImportState {
  return setContext(IMPORT_KEY, state);
}

export function getImportContext(): ImportState {
  return required<ImportState>(IMPORT_KEY, 'getImportContext()');
}

export function setLanguageContext(language: Language): Language {
  return setContext(LANGUAGE_KEY, language);
}

/** The interface's language: `getLanguage().t('toolbar.search')` says a message in it. */
export function getLanguage(): Language {
  return required<Language>(LANGUAGE_KEY, 'getLanguage()');
}
