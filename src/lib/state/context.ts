import { getContext, setContext } from 'svelte';
import type { ChronologyState } from './chronology.svelte.ts';

const KEY = Symbol('chronology');

export function setChronologyContext(state: ChronologyState): ChronologyState {
  return setContext(KEY, state);
}

export function getChronologyContext(): ChronologyState {
  const state = getContext<ChronologyState | undefined>(KEY);
  if (!state) throw new Error('getChronologyContext() needs a ChronologyState set by an ancestor');
  return state;
}
