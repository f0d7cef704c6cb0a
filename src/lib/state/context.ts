import { getContext, setContext } from 'svelte';
import type { ChronologyState } from './chronology.svelte.ts';
import type { ImportState } from './import.svelte.ts';

const KEY = Symbol('chronology');

export function setChronologyContext(state: ChronologyState): ChronologyState {
  return setContext(KEY, state);
}

export function getChronologyContext(): ChronologyState {
  const state = getContext<ChronologyState | undefined>(KEY);
  if (!state) throw new Error('getChronologyContext() needs a ChronologyState set by an ancestor');
  return state;
}

const IMPORT_KEY = Symbol('import');

export function setImportContext(state: ImportState): ImportState {
  return setContext(IMPORT_KEY, state);
}

export function getImportContext(): ImportState {
  const state = getContext<ImportState | undefined>(IMPORT_KEY);
  if (!state) throw new Error('getImportContext() needs an ImportState set by an ancestor');
  return state;
}
