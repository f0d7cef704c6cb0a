import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { firstPaint } from './first-paint.svelte.ts';

describe('after the first paint', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] });
  });
  afterEach(() => vi.useRealTimers());

  it('holds once a frame has been drawn and its task is over, not before', async () => {
    let painted: { readonly done: boolean } | undefined;
    const cleanup = $effect.root(() => {
      painted = firstPaint();
    });
    flushSync();
    expect(painted!.done).toBe(false);
    vi.advanceTimersToNextFrame();
    await Promise.resolve();
    expect(painted!.done).toBe(false);
    vi.advanceTimersByTime(0);
    await vi.waitFor(() => expect(painted!.done).toBe(true));
    cleanup();
  });
});
