/**
 * Keeps the address bar and the app in step: the link describes what is shown (event, range,
 * filters, modes), a new selection adds a history entry so Back returns to the previous event,
 * and Back or Forward shows what their link describes.
 */
import { readSelectMessage, selectMessage } from '../share/embed-bridge.ts';
import { passDeckKeys } from '../share/frame-reports.ts';
import { decodeViewState, encodeViewState, type ViewState } from '../url/view-state.ts';
import type { AppState } from './app-state.svelte.ts';
import type { Chronology } from '../chronology/model.ts';
import { settled } from './settled.svelte.ts';
import { afterNextFrame } from './after-next-frame.ts';
import { writtenDate } from '../dates/imported-date.ts';

/** How long the view must rest before the range is written, so zooming does not flood history. */
const RANGE_SETTLE_MS = 400;

/** The day of an instant, written as links write dates (any year, BCE with a minus). */
function day(ms: number): string {
  const date = new Date(ms);
  return writtenDate({
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
  });
}

/** The link for a view of the chronology. */
export function viewOf(
  { selection, filters, display, shown }: AppState,
  range: [number, number] | undefined,
): ViewState {
  return {
    event: selection.selectedId,
    ...(range && { from: day(range[0]), to: day(range[1] - 1) }),
    series: filters.series,
    state: filters.stateCode,
    place: filters.placeKey,
    q: filters.query,
    embed: display.embed,
    map: display.showMap,
    present: display.present,
    autosize: display.autosize,
    theme: display.theme,
    lang: display.lang,
    data: shown.dataUrl,
  };
}

/**
 * The address of the same view without the embed's chrome or its map, for the links that open the
 * whole chronology (in a new tab) from an embed or a compact card. `base`: the app's base path.
 */
export function fullChronologyUrl(app: AppState, base: string): string {
  return (
    base + encodeViewState({ ...viewOf(app, undefined), embed: false, map: false, autosize: false })
  );
}

/** The history entry's state for a chronology opened from a kept file (kept-files.ts). */
export function keptFileState(id: string | undefined): { keptFile: string } | null {
  return id === undefined ? null : { keptFile: id };
}

/** The id of the kept file a history entry shows, if any. */
export function keptFileOf(state: unknown): string | undefined {
  const id = (state as { keptFile?: unknown } | null)?.keptFile;
  return typeof id === 'string' ? id : undefined;
}

/** Call during a component's setup: the effects live as long as the component. */
export function syncWithUrl(app: AppState, win: Window = window): void {
  const { shown, selection, viewport, display } = app;
  // The whole chronology needs no range in the link.
  const range = settled(
    () => (viewport.whole || viewport.width <= 0 ? undefined : viewport.visibleRange),
    RANGE_SETTLE_MS,
  );
  /** the event of the current history entry; undefined until the first sync after loading */
  let entryEvent: string | undefined;
  /** the chronology the current history entry shows */
  let entryChronology: Chronology | undefined;
  /** whether the next write is a new entry for a chronology just opened */
  let pushNext = false;
  let synced = false;

  $effect(() => {
    const current = shown.chronology;
    if (!current) return;
    const first = !synced;
    synced = true;
    // Another chronology opened (a file, an address) is a new history entry too: Back returns to
    // the one before. Not inside an embed, whose history is the host page's.
    if (!first && current !== entryChronology && !display.embed) pushNext = true;
    entryChronology = current;
    let url: string;
    let newEntry: boolean;
    // the file an entry shows, kept in this browser: Back, Forward and reload find it by its id
    const state = keptFileState(shown.keptFile);
    if (shown.sourceFile !== undefined) {
      // A file from the reader's computer has no address: a link would open another chronology.
      url = `${win.location.pathname}${win.location.hash}`;
      newEntry = pushNext;
      entryEvent = undefined;
      if (!newEntry && !win.location.search) return;
    } else {
      const view = viewOf(app, range.current);
      // A new selection is a new history entry (Back returns to the previous event), except on
      // the first sync (which only tidies the link the page was opened with, an old id included),
      // while presenting (a clicker's steps), and inside an embed.
      newEntry =
        pushNext ||
        (!first &&
          view.event !== undefined &&
          view.event !== entryEvent &&
          !view.present &&
          !view.embed);
      entryEvent = view.event;
      const search = encodeViewState(view);
      if (search === win.location.search && !newEntry) return;
      url = `${win.location.pathname}${search}${win.location.hash}`;
    }
    const write = () => {
      pushNext = false;
      if (newEntry) win.history.pushState(state, '', url);
      else win.history.replaceState(state, '', url);
    };
    if (!pushNext) {
      write();
      return;
    }
    // Chromium takes tens of milliseconds to add an entry (it saves the page's state): a new
    // chronology's entry waits until the frame that first shows it has been drawn.
    return afterNextFrame(write, 0, win);
  });

  $effect(() => {
    const selected = selection.selected;
    const title = shown.title;
    win.document.title = selected ? `${selected.title} — ${title}` : title;
  });

  $effect(() => {
    const onpopstate = () => {
      const view = decodeViewState(win.location.search);
      // An entry of another chronology (ours, left for a file; a file; another address): the page
      // it links to is loaded afresh, as following the link would (main.ts reopens a kept file).
      const kept = keptFileOf(win.history.state);
      if (shown.sourceFile !== undefined || kept || view.data !== shown.dataUrl) {
        win.location.reload();
        return;
      }
      app.applyView(view);
      entryEvent = selection.selectedId;
    };
    win.addEventListener('popstate', onpopstate);
    return () => win.removeEventListener('popstate', onpopstate);
  });
}

/**
 * Inside an iframe: tells the host page which event is selected and selects what the host asks
 * for (`{type: "chronology:select", id}`); an embed that is not presenting passes PageUp and
 * PageDown on (`{type: "chronology:key", key}`) for the slide deck around it. Call during a
 * component's setup.
 */
export function bridgeToHost({ shown, selection, display }: AppState, win: Window = window): void {
  if (win.parent === win) return;

  $effect(() => passDeckKeys(() => !display.embed || display.present, win));
  /** the selection the host just made, which need not be reported back to it */
  let fromHost: string | undefined;

  $effect(() => {
    const id = selection.selectedId;
    const echo = id === fromHost;
    fromHost = undefined;
    // '*': any page may embed the chronology, and an event id is public
    if (id && !echo) win.parent.postMessage(selectMessage(id), '*');
  });

  $effect(() => {
    const onmessage = (event: MessageEvent) => {
      if (event.source !== win.parent) return;
      const id = readSelectMessage(event.data);
      if (id === undefined) return;
      const resolved = shown.resolveId(id);
      fromHost = resolved;
      if (resolved) selection.select(resolved);
    };
    win.addEventListener('message', onmessage);
    return () => win.removeEventListener('message', onmessage);
  });
}
