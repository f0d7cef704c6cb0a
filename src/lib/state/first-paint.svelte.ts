/**
 * Whether the page has drawn its first frame since this was set up: a part of the page that may
 * come a frame after the rest (the timeline, the lower half of a card) renders once it holds, so
 * the first frame, the one that shows the reader text, is drawn from a shorter task. Call during a
 * component's setup.
 */
import { afterNextPaint } from './after-next-frame.ts';

export function firstPaint(): { readonly done: boolean } {
  let done = $state(false);
  $effect(() => {
    let live = true;
    void afterNextPaint(async () => {
      if (live) done = true;
    });
    return () => (live = false);
  });
  return {
    get done() {
      return done;
    },
  };
}
