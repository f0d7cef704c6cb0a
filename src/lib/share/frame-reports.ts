/**
 * What an embed tells the page around it, unasked: its height whenever that changes (so that
 * embed.js or amp-iframe can size the frame to it), and the keys of a presentation clicker (so
 * that a slide deck showing the embed still advances). Outside a frame both do nothing.
 */
import { deckKeyOf, keyMessage, resizeMessages } from './embed-bridge.ts';

/** Who receives the reports: the parent window, or nobody when the page is not in a frame. */
type Host = Pick<Window, 'postMessage'> | undefined;

export function hostOf(win: Window): Host {
  return win.parent === win ? undefined : win.parent;
}

type ObserverConstructor = new (
  callback: () => void,
) => Pick<ResizeObserver, 'observe' | 'disconnect'>;

/**
 * Posts the element's height to the parent when it changes; gives back the function that stops.
 * The height is the element's own, never the frame's: a host applying it changes nothing the
 * element's height depends on, so the report cannot feed back into itself.
 */
export function reportHeight(
  element: HTMLElement,
  host: Host = hostOf(window),
  Observer: ObserverConstructor = ResizeObserver,
): () => void {
  if (!host) return () => {};
  let reported = 0;
  const observer = new Observer(() => {
    const height = Math.ceil(element.getBoundingClientRect().height);
    if (height === reported || height <= 0) return;
    reported = height;
    // '*': any page may embed the chronology, and its height is no secret
    for (const message of resizeMessages(height)) host.postMessage(message, '*');
  });
  observer.observe(element);
  return () => observer.disconnect();
}

/**
 * PageUp and PageDown pressed anywhere in the embed go to the parent instead of the embed, while
 * `presenting()` is false (the presentation steps through events with them itself). Gives back the
 * function that stops.
 */
export function passDeckKeys(
  presenting: () => boolean,
  win: Window = window,
  host: Host = hostOf(win),
): () => void {
  if (!host) return () => {};
  const onkeydown = (event: KeyboardEvent) => {
    const key = deckKeyOf(event);
    if (!key || presenting()) return;
    // before the timeline sees it: the key is the deck's, not a jump of ten events
    event.preventDefault();
    event.stopPropagation();
    host.postMessage(keyMessage(key), '*');
  };
  win.addEventListener('keydown', onkeydown, { capture: true });
  return () => win.removeEventListener('keydown', onkeydown, { capture: true });
}
