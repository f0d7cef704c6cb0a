import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterQuiet, type QuietClock } from './after-quiet.ts';

/** fake timers for the clock; long tasks are reported by calling `longTask(duration)` */
function fakeClock() {
  let report: (end: number) => void = () => {};
  let gesture = () => {};
  const clock: QuietClock = {
    now: () => Date.now(),
    setTimeout: (run, ms) => setTimeout(run, ms),
    clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
    whenIdle: (callback) => {
      const timer = setTimeout(callback, 0);
      return () => clearTimeout(timer);
    },
    observeLongTasks: (onEnd) => {
      report = onEnd;
      return () => (report = () => {});
    },
    observeInput: (onInput) => {
      gesture = onInput;
      return () => (gesture = () => {});
    },
  };
  /** a long task that ends now, as the observer reports it once it is over */
  const longTask = () => report(Date.now());
  return { clock, longTask, input: () => gesture() };
}

describe('work that waits for the main thread to be free', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
  afterEach(() => vi.useRealTimers());

  it('runs once no long task has run for the quiet time', () => {
    const { clock } = fakeClock();
    const run = vi.fn();
    afterQuiet(run, { quietMs: 1000, maxWaitMs: 10_000 }, clock);
    vi.advanceTimersByTime(999);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(20_000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('waits again after each long task', () => {
    const { clock, longTask } = fakeClock();
    const run = vi.fn();
    afterQuiet(run, { quietMs: 1000, maxWaitMs: 10_000 }, clock);
    vi.advanceTimersByTime(800);
    longTask();
    vi.advanceTimersByTime(900);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('waits while the reader is zooming or dragging', () => {
    const { clock, input } = fakeClock();
    const run = vi.fn();
    afterQuiet(run, { quietMs: 1000, maxWaitMs: 10_000 }, clock);
    for (let t = 0; t < 3000; t += 16) {
      vi.advanceTimersByTime(16);
      input();
    }
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1100);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs after the longest wait on a page that is never quiet', () => {
    const { clock, longTask } = fakeClock();
    const run = vi.fn();
    afterQuiet(run, { quietMs: 1000, maxWaitMs: 3000 }, clock);
    for (let t = 0; t < 2900; t += 100) {
      vi.advanceTimersByTime(100);
      longTask();
    }
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('can be called off, and then stops listening for long tasks', () => {
    const { clock } = fakeClock();
    const stopped = vi.fn();
    clock.observeLongTasks = () => stopped;
    const run = vi.fn();
    afterQuiet(run, { quietMs: 1000, maxWaitMs: 3000 }, clock)();
    vi.advanceTimersByTime(5000);
    expect(run).not.toHaveBeenCalled();
    expect(stopped).toHaveBeenCalled();
  });
});
