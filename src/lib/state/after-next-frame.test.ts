import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextFrame } from './after-next-frame.ts';

describe('work done after the next frame', () => {
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
    });
  });
  afterEach(() => vi.useRealTimers());

  it('waits for the frame, then for the delay, in a task of its own', () => {
    const run = vi.fn();
    afterNextFrame(run, 50);
    vi.advanceTimersByTime(10);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersToNextFrame();
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(50);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('can be called off before the frame or after it', () => {
    const before = vi.fn();
    const after = vi.fn();
    afterNextFrame(before, 10)();
    const callOff = afterNextFrame(after, 10);
    vi.advanceTimersToNextFrame();
    callOff();
    vi.advanceTimersByTime(100);
    expect(before).not.toHaveBeenCalled();
    expect(after).not.toHaveBeenCalled();
  });
});
