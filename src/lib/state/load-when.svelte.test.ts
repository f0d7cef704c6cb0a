import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { loadWhen } from './load-when.svelte.ts';

describe('a component loaded when first needed', () => {
  it('is not loaded until needed, then loaded once however often it is needed again', async () => {
    let needed = $state(false);
    const load = vi.fn(async () => ({ default: 'the component' }));
    let lazy: { readonly current: string | undefined } | undefined;
    const stop = $effect.root(() => {
      lazy = loadWhen(() => needed, load);
    });
    flushSync();
    expect(load).not.toHaveBeenCalled();
    expect(lazy!.current).toBeUndefined();

    needed = true;
    flushSync();
    await vi.waitFor(() => expect(lazy!.current).toBe('the component'));
    needed = false;
    flushSync();
    needed = true;
    flushSync();
    expect(load).toHaveBeenCalledTimes(1);
    stop();
  });
});
