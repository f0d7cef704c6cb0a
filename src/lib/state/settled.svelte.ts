/**
 * A value that follows another only once it has stopped changing for `ms` milliseconds: costly
 * followers (the map, the address bar) then update once after a zoom rather than on every frame.
 * With `afterFrame`, the wait starts once the page has drawn the change: a follower whose own
 * update is slow then never lengthens the frame that first shows it. Call during a component's
 * setup.
 */
import { untrack } from 'svelte';

export function settled<T>(
  read: () => T,
  ms: number,
  { afterFrame = false }: { afterFrame?: boolean } = {},
): { readonly current: T } {
  let value = $state.raw(untrack(read));
  $effect(() => {
    const next = read();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const wait = () => (timer = setTimeout(() => (value = next), ms));
    const frame = afterFrame ? requestAnimationFrame(wait) : (wait(), undefined);
    return () => {
      if (frame !== undefined) cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  });
  return {
    get current() {
      return value;
    },
  };
}
