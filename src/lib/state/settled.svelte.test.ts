import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { settled } from './settled.svelte.ts';

describe('a value that follows another once it settles', () => {
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
    });
  });
  afterEach(() => vi.useRealTimers());

  function follow(options?: { afterFrame?: boolean }, ms = 200) {
    const source = $state({ value: 1 });
    let follower: { readonly current: number } | undefined;
    const stop = $effect.root(() => {
      follower = settled(() => source.value, ms, options);
    });
    flushSync();
    return { source, follower: follower!, stop };
  }

  it('takes the last of several quick changes, once they stop', () => {
    const { source, follower, stop } = follow();
    for (const value of [2, 3, 4]) {
      source.value = value;
      flushSync();
      vi.advanceTimersByTime(100);
    }
    expect(follower.current).toBe(1);
    vi.advanceTimersByTime(100);
    expect(follower.current).toBe(4);
    stop();
  });

  it('after a frame: waits for the page to draw the change, then for the delay', () => {
    const { source, follower, stop } = follow({ afterFrame: true }, 0);
    source.value = 2;
    flushSync();
    vi.advanceTimersByTime(1); // a 0 ms timeout runs after 1 ms, as in Node
    expect(follower.current).toBe(1);
    vi.advanceTimersToNextFrame();
    expect(follower.current).toBe(1);
    vi.advanceTimersByTime(1);
    expect(follower.current).toBe(2);
    stop();
  });

  it('after a frame: a change before the frame replaces the one waiting', () => {
    const { source, follower, stop } = follow({ afterFrame: true }, 0);
    source.value = 2;
    flushSync();
    source.value = 3;
    flushSync();
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(1);
    expect(follower.current).toBe(3);
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(1);
    expect(follower.current).toBe(3);
    stop();
  });
});
