/**
 * A value that follows another only once it has stopped changing for `ms` milliseconds: costly
 * followers (the map, the address bar) then update once after a zoom rather than on every frame.
 * With `afterFrame`, the wait starts once the page has drawn the change: a follower whose own
 * update is slow then never lengthens the frame that first shows it. Call during a component's
 * setup.
 */
import { untrack } from 'svelte';
import { afterNextFrame } from './after-next-frame.ts';

export function settled<T>(
  read: () => T,
  ms: number,
  { afterFrame = false }: { afterFrame?: boolean } = {},
): { readonly current: T } {
  let value = $state.raw(untrack(read));
  $effect(() => {
    const next = read();
    const settle = () => (value = next);
    if (afterFrame) return afterNextFrame(settle, ms);
    const timer = setTimeout(settle, ms);
    return () => clearTimeout(timer);
  });
  return {
    get current() {
      return value;
    },
  };
}
