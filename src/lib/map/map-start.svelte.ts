/**
 * When MapLibre starts. Its start-up is a few long tasks and its frames are slow where WebGL is
 * drawn in software, so it starts at once only when the reader reaches for the map (the wheel, a
 * mouse over it, a finger dragging: map-reach.ts) or asked for it (`eager`). Otherwise, where it
 * may start unasked (`mayStartUnasked`: on a computer with a graphics chip, not in an embed), it
 * waits for the timeline's first frame (or, should the timeline not draw, 2 s after the data), then
 * for 2 s without a long task: the first paint and the reader's first taps never wait for it.
 * Until then the map's picture stands in (MapPicture.svelte). Call during a component's setup.
 */
import { afterQuiet } from '../state/after-quiet.ts';
import { listenForReach } from './map-reach.ts';

export function startMapWhenFree(options: {
  /** the element the map will fill */
  frame: () => HTMLElement | undefined;
  /** there is something to map and the map has not started */
  waiting: () => boolean;
  timelineDrawn: () => boolean;
  eager: () => boolean;
  /** asked once the page is quiet: whether to start without the reader reaching for the map */
  mayStartUnasked: () => boolean;
  start: () => void;
}): void {
  let reached = $state(false);
  $effect(() => {
    const target = options.frame();
    if (!target || !options.waiting()) return;
    return listenForReach(target, () => (reached = true));
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
      () =>
        (callOff = afterQuiet(() => options.mayStartUnasked() && options.start(), {
          quietMs: 2000,
          maxWaitMs: 10_000,
        })),
      drawn ? 0 : 2000,
    );
    return () => {
      clearTimeout(timer);
      callOff();
    };
  });
}
