/**
 * A value that follows another only once it has stopped changing for `ms` milliseconds: costly
 * followers (the map, the address bar) then update once after a zoom rather than on every frame.
 * Call during a component's setup.
 */
import { untrack } from 'svelte';

export function settled<T>(read: () => T, ms: number): { readonly current: T } {
  let value = $state.raw(untrack(read));
  $effect(() => {
    const next = read();
    const timer = setTimeout(() => (value = next), ms);
    return () => clearTimeout(timer);
  });
  return {
    get current() {
      return value;
    },
  };
}
