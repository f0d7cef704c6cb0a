/**
 * Runs `run` in a task of its own once the page has drawn its next frame (and `ms` more have
 * passed): work a reader need not see at once, such as the map catching up or a history entry,
 * then never lengthens the frame that first shows a change. Returns how to call it off.
 */
import type { InTurn } from './idle-turns.ts';

export interface FrameTimers {
  requestAnimationFrame(callback: () => void): number;
  cancelAnimationFrame(id: number): void;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

export function afterNextFrame(
  run: () => void,
  ms = 0,
  // the globals, looked up when called (tests replace them)
  timers: FrameTimers = globalThis as unknown as FrameTimers,
): () => void {
  let timer: unknown;
  const frame = timers.requestAnimationFrame(() => (timer = timers.setTimeout(run, ms)));
  return () => {
    timers.cancelAnimationFrame(frame);
    timers.clearTimeout(timer);
  };
}

/**
 * Starts `work` once the page has drawn its next frame: for code a first render asks for but need
 * not wait for (the language picker, a card's sharing buttons, the timeline's gestures). Fetched
 * during the first render, such code would arrive before that frame and hold its paint back.
 */
export const afterNextPaint: InTurn = (work) =>
  new Promise<void>((drawn) => {
    if (typeof requestAnimationFrame === 'function') afterNextFrame(drawn);
    else setTimeout(drawn, 0);
  }).then(work);
