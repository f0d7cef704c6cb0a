/**
 * When the map starts. MapLibre's start-up is a few long tasks and its frames are slow where WebGL
 * is drawn in software, so it waits for the timeline's first frame (or, should the timeline not
 * draw, 2 s after the data), then for 2 s without a long task: the first paint and the reader's
 * first taps never wait for it. It starts at once when the reader reaches for the map (a pointer,
 * the wheel or the focus on its frame) or asked for it (`eager`: the Map tab opened). Call during
 * a component's setup.
 */
import { afterQuiet } from '../state/after-quiet.ts';

export function startMapWhenFree(options: {
  /** the element the map will fill */
  frame: () => HTMLElement | undefined;
  /** there is something to map and the map has not started */
  waiting: () => boolean;
  timelineDrawn: () => boolean;
  eager: () => boolean;
  start: () => void;
}): void {
  let reached = $state(false);
  // listened to on the frame, not a control: the reader is reaching for the map, not using it yet
  $effect(() => {
    const target = options.frame();
    if (!target || !options.waiting()) return;
    const reach = () => (reached = true);
    const kinds = ['pointerenter', 'pointerdown', 'wheel', 'focusin'] as const;
    for (const kind of kinds) target.addEventListener(kind, reach, { passive: true });
    return () => {
      for (const kind of kinds) target.removeEventListener(kind, reach);
    };
  });
  $effect(() => {
    if (!options.waiting()) return;
    const drawn = options.timelineDrawn();
    if (options.eager() || reached) {
      options.start();
      return;
    }
    let callOff = () => {};
    const timer = setTimeout(
      () => (callOff = afterQuiet(options.start, { quietMs: 2000, maxWaitMs: 10_000 })),
      drawn ? 0 : 2000,
    );
    return () => {
      clearTimeout(timer);
      callOff();
    };
  });
}
