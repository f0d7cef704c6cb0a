/**
 * The page's state, one object per concern, and the few steps that change several at once: showing
 * what a link describes, opening another chronology, presenting.
 */
import type { Chronology, ChronologyEvent } from '../chronology/model.ts';
import type { PreparedEvents } from '../chronology/prepared-events.ts';
import { countInWindow } from '../chronology/time-index.ts';
import { endInstant, startInstant } from '../dates/imported-date.ts';
import { YEAR_MS } from '../dates/time-units.ts';
import { readLinkDate } from '../dates/link-date.ts';
import { chronologyDomain } from '../timescale/domain.ts';
import { EMPTY_VIEW, type ViewState } from '../url/view-state.ts';
import { ShownScheme } from './color-scheme.svelte.ts';
import { DisplayModes, type Modes } from './display-modes.svelte.ts';
import { Filters } from './filters.svelte.ts';
import { Selection } from './selection.svelte.ts';
import { ShownChronology } from './shown-chronology.svelte.ts';
import { Viewport } from './viewport.svelte.ts';

/** A link to one event shows it with about a year on either side, for context. */
function contextAround(event: ChronologyEvent): [number, number] {
  return [event.startMs - YEAR_MS, event.endMs + YEAR_MS];
}

export class AppState {
  readonly shown = new ShownChronology();
  readonly filters = new Filters(this.shown);
  readonly selection = new Selection(this.shown);
  readonly viewport = new Viewport(() =>
    chronologyDomain(this.shown.chronology, this.shown.fullIndex),
  );
  readonly display: DisplayModes;
  /** the colour scheme shown: the link's, else the reader's */
  readonly scheme = new ShownScheme(() => this.display.theme);
  /** how many of the shown events the timeline has in view */
  inViewCount = $derived(countInWindow(this.filters.index, ...this.viewport.visibleRange));

  constructor(modes: Modes = {}) {
    this.display = new DisplayModes(modes);
  }

  /** Our own chronology, from the start. */
  load(chronology: Chronology, prepared?: PreparedEvents) {
    this.shown.load(chronology, prepared);
    this.viewport.showAll();
  }

  /**
   * Shows a chronology the reader opened, from a file or an address, as its link describes it, or
   * from its start: filters and the selection belonged to the chronology it replaces.
   */
  showImported(
    chronology: Chronology,
    origin: { url?: string; fileName?: string; keptFile?: string },
    view: ViewState = {
      ...EMPTY_VIEW,
      embed: this.display.embed,
      map: this.display.showMap,
      autosize: this.display.autosize,
      theme: this.display.theme,
      lang: this.display.lang,
    },
    prepared?: PreparedEvents,
  ) {
    this.shown.load(chronology, prepared, origin);
    this.viewport.showAll();
    this.applyView({ ...view, data: origin.url });
  }

  /**
   * Shows what a link describes. Anything the chronology does not know (a series, a state, a
   * place) is dropped; an unknown event id is kept aside so the page can say it was not found.
   */
  applyView(view: ViewState) {
    this.filters.apply(view);
    this.display.set(view);
    this.shown.dataUrl = view.data;
    this.selection.selectLinked(view.event);
    const event = this.selection.selected;
    // a presentation always shows an event: the first of the filter when the link names none
    if (this.display.present) this.#selectShownEvent();
    const from = view.from === undefined ? undefined : readLinkDate(view.from);
    const to = view.to === undefined ? undefined : readLinkDate(view.to);
    if (from && to) this.viewport.show(startInstant(from), endInstant(to));
    else if (event) this.viewport.show(...contextAround(event));
    else this.viewport.show(...this.viewport.domain);
  }

  /** Presentation: one event at a time, from the selected one (or the first) of the filter. */
  startPresenting() {
    this.#selectShownEvent();
    this.display.present = true;
  }

  stopPresenting() {
    this.display.present = false;
  }

  #selectShownEvent() {
    const selection = this.selection;
    const id = selection.selectedId;
    if (!id || !this.filters.events.some((event) => event.id === id)) {
      // not select(): a link's unknown id stays reported while the first event is presented
      selection.selectedId = this.filters.events[0]?.id;
    }
  }
}
