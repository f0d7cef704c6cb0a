/**
 * Runs `run` once the main thread has been free for a while: no long task (50 ms and more) and no
 * reader's gesture (a key, a tap, the wheel, a drag) for `quietMs`, checked when the browser is
 * idle. Work that is heavy and can wait, such as starting the map, then neither holds up the first
 * paint nor lands in the middle of a zoom. After `maxWaitMs` it runs anyway, on a page that is
 * never quiet. Returns how to call it off.
 */
import { whenIdle } from './when-idle.ts';

export interface QuietClock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
  /** calls back when the browser is idle (requestIdleCallback); returns how to call it off */
  whenIdle(callback: () => void): () => void;
  /** reports the end time of each long task from now on; returns how to stop */
  observeLongTasks(onEnd: (end: number) => void): () => void;
  /** reports each gesture of the reader's from now on; returns how to stop */
  observeInput(onInput: () => void): () => void;
}

function observeLongTasks(onEnd: (end: number) => void): () => void {
  if (!PerformanceObserver.supportedEntryTypes?.includes('longtask')) return () => {};
  const observer = new PerformanceObserver((list) => {
    for (const task of list.getEntries()) onEnd(task.startTime + task.duration);
  });
  observer.observe({ type: 'longtask' });
  return () => observer.disconnect();
}

function observeInput(onInput: () => void): () => void {
  const onMove = (event: PointerEvent) => {
    if (event.buttons !== 0) onInput();
  };
  const kinds = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;
  const options = { capture: true, passive: true };
  for (const kind of kinds) addEventListener(kind, onInput, options);
  addEventListener('pointermove', onMove, options);
  return () => {
    for (const kind of kinds) removeEventListener(kind, onInput, options);
    removeEventListener('pointermove', onMove, options);
  };
}

const browserClock = (): QuietClock => ({
  now: () => performance.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
  whenIdle,
  observeLongTasks,
  observeInput,
});

export function afterQuiet(
  run: () => void,
  { quietMs, maxWaitMs }: { quietMs: number; maxWaitMs: number },
  clock: QuietClock = browserClock(),
): () => void {
  const begun = clock.now();
  let lastBusy = begun;
  let timer: unknown;
  let cancelIdle = () => {};
  const stopObserving = clock.observeLongTasks((end) => (lastBusy = Math.max(lastBusy, end)));
  const stopListening = clock.observeInput(() => (lastBusy = clock.now()));
  const stop = () => {
    stopObserving();
    stopListening();
    clock.clearTimeout(timer);
    cancelIdle();
  };
  const check = () => {
    const now = clock.now();
    if (now - lastBusy >= quietMs || now - begun >= maxWaitMs) {
      stop();
      run();
      return;
    }
    const wait = Math.min(quietMs - (now - lastBusy), maxWaitMs - (now - begun));
    timer = clock.setTimeout(() => (cancelIdle = clock.whenIdle(check)), Math.max(wait, 16));
  };
  timer = clock.setTimeout(() => (cancelIdle = clock.whenIdle(check)), quietMs);
  return stop;
}
