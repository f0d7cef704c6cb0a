/**
 * Keeps the address bar and the app in step: the link describes what is shown (event, range,
 * filters, modes), a new selection adds a history entry so Back returns to the previous event,
 * and Back or Forward shows what their link describes.
 */
import { readSelectMessage, selectMessage } from '../share/embed-bridge.ts';
import { decodeViewState, encodeViewState, type ViewState } from '../url/view-state.ts';
import type { ChronologyState } from './chronology.svelte.ts';
import { settled } from './settled.svelte.ts';

export { APP_TITLE } from '../dataset/about.ts';
import { APP_TITLE } from '../dataset/about.ts';
/** How long the view must rest before the range is written, so zooming does not flood history. */
const RANGE_SETTLE_MS = 400;

function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The link for a view of the chronology. */
export function viewOf(
  chronology: ChronologyState,
  range: [number, number] | undefined,
): ViewState {
  return {
    event: chronology.selectedId,
    ...(range && { from: day(range[0]), to: day(range[1] - 1) }),
    series: chronology.series,
    state: chronology.stateCode,
    place: chronology.placeKey,
    q: chronology.query,
    embed: chronology.embed,
    map: chronology.showMap,
    present: chronology.present,
    data: chronology.dataUrl,
  };
}

/** Call during a component's setup: the effects live as long as the component. */
export function syncWithUrl(chronology: ChronologyState, win: Window = window): void {
  // The whole chronology needs no range in the link.
  const range = settled(() => {
    const whole = chronology.transform.k === 1 && chronology.transform.x === 0;
    return whole || chronology.timelineWidth <= 0 ? undefined : chronology.visibleRange;
  }, RANGE_SETTLE_MS);
  let lastEvent: string | undefined;

  $effect(() => {
    if (!chronology.chronology) return;
    const view = viewOf(chronology, range.current);
    const search = encodeViewState(view);
    if (search === win.location.search) return;
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    // A new selection is a new history entry (Back returns to the previous event), except while
    // presenting, where a clicker's steps should not fill the history.
    const newEntry = view.event !== undefined && view.event !== lastEvent && !view.present;
    if (newEntry) win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
    lastEvent = view.event;
  });

  $effect(() => {
    const selected = chronology.selected;
    win.document.title = selected ? `${selected.title} — ${APP_TITLE}` : APP_TITLE;
  });

  $effect(() => {
    const onpopstate = () => {
      const view = decodeViewState(win.location.search);
      lastEvent = view.event;
      chronology.applyView(view);
    };
    win.addEventListener('popstate', onpopstate);
    return () => win.removeEventListener('popstate', onpopstate);
  });
}

/**
 * Inside an iframe: tells the host page which event is selected and selects what the host asks
 * for (`{type: "chronology:select", id}`). Call during a component's setup.
 */
export function bridgeToHost(chronology: ChronologyState, win: Window = window): void {
  if (win.parent === win) return;
  let fromHost: string | undefined;

  $effect(() => {
    const id = chronology.selectedId;
    if (!id || id === fromHost) return;
    win.parent.postMessage(selectMessage(id), '*');
  });

  $effect(() => {
    const onmessage = (event: MessageEvent) => {
      if (event.source !== win.parent) return;
      const id = readSelectMessage(event.data);
      if (id === undefined) return;
      const resolved = chronology.resolveId(id);
      fromHost = resolved;
      if (resolved) chronology.select(resolved);
    };
    win.addEventListener('message', onmessage);
    return () => win.removeEventListener('message', onmessage);
  });
}
