/**
 * The app's shared state: the loaded chronology, the filters and the selection. Components read
 * it and change it only through its methods.
 */
import {
  filterEvents,
  groupByYear,
  indexById,
  isFiltering,
  NO_PLACE,
  type EventFilter,
} from '../dataset/filter.ts';
import type { Chronology, ChronologyEvent } from '../dataset/model.ts';
import { searchIndex } from '../dataset/search.ts';
import { zoomIdentity, type ZoomTransform } from 'd3';
import { buildIndex, countInWindow } from '../timeline/event-index.ts';
import { prepareEvents, type PreparedEvents } from '../timeline/prepared-events.ts';
import { baseScale, constrain } from '../timeline/scale.ts';
import { chronologyDomain } from '../timeline/domain.ts';
import { endInstant, startInstant } from '../import/imported-date.ts';
import { readWrittenDate } from '../import/written-date.ts';
import { EMPTY_VIEW, type ViewState } from '../url/view-state.ts';
import { APP_TITLE } from '../dataset/about.ts';

const YEAR_MS = 365.25 * 86_400_000;

/** A link to one event shows it with about a year on either side, for context. */
function contextAround(event: ChronologyEvent): [number, number] {
  return [event.startMs - YEAR_MS, event.endMs + YEAR_MS];
}

export class ChronologyState {
  chronology = $state.raw<Chronology | undefined>();
  loadError = $state<string | undefined>();
  selectedId = $state<string | undefined>();
  series = $state<string[]>([]);
  stateCode = $state<string | undefined>();
  placeKey = $state<string | undefined>();
  query = $state('');

  #haystacks = $derived(searchIndex(this.chronology?.events ?? []));
  #byId = $derived(indexById(this.chronology?.events ?? []));

  filter: EventFilter = $derived({
    series: this.series,
    state: this.stateCode,
    place: this.placeKey,
    query: this.query,
  });
  filtering = $derived(isFiltering(this.filter));
  allEvents = $derived(this.chronology?.events ?? []);
  events: ChronologyEvent[] = $derived(
    filterEvents(this.allEvents, this.filter, () => this.#haystacks),
  );
  years = $derived(groupByYear(this.events));
  selected: ChronologyEvent | undefined = $derived(
    this.selectedId === undefined ? undefined : this.#byId.get(this.selectedId),
  );

  /** whether the timeline has drawn the loaded chronology once (the map waits for it) */
  timelineDrawn = $state(false);
  /** the timeline's zoom: the visible scale is always transform.rescaleX(base) */
  transform = $state.raw<ZoomTransform>(zoomIdentity);
  /** width of the timeline in CSS pixels; 0 until it is laid out */
  timelineWidth = $state(0);
  #laneKeys = $derived((this.chronology?.series ?? []).map((series) => series.key));
  /** what came worked out with the chronology (an import works it out as its events arrive) */
  #given = $state.raw<{ chronology: Chronology; prepared: PreparedEvents } | undefined>();
  #prepared: PreparedEvents = $derived(
    this.#given && this.#given.chronology === this.chronology
      ? this.#given.prepared
      : prepareEvents(this.allEvents, this.#laneKeys),
  );
  /** every event in lanes: the lanes' heights come from it, so a filter never makes them jump */
  fullIndex = $derived(this.#prepared.index);
  /** the kinds of mark the events are drawn with, which the legend explains */
  marks = $derived(this.#prepared.marks);
  domain: [number, number] = $derived(chronologyDomain(this.chronology, this.fullIndex));
  timelineIndex = $derived(
    this.filtering ? buildIndex(this.events, this.#laneKeys) : this.fullIndex,
  );
  /** the instants the timeline shows, [from, to) */
  visibleRange: [number, number] = $derived.by(() => {
    if (this.timelineWidth <= 0) return this.domain;
    const scale = this.transform.rescaleX(baseScale(this.domain, this.timelineWidth));
    return [+scale.invert(0), +scale.invert(this.timelineWidth)];
  });
  inViewCount = $derived(countInWindow(this.timelineIndex, ...this.visibleRange));

  /** an event id from a link that this chronology does not have */
  missingEventId = $state<string | undefined>();
  /** a range asked for by a link, shown by the timeline once it knows its width */
  requestedRange = $state.raw<[number, number] | undefined>();
  /** display modes chosen by the link */
  embed = $state(false);
  showMap = $state(false);
  present = $state(false);
  /** URL of an imported chronology, kept in links to it */
  dataUrl = $state<string | undefined>();
  /** name of a file opened from the reader's computer: such a chronology has no link */
  sourceFile = $state<string | undefined>();
  /** the id that file is kept under in this browser (kept-files.ts), for Back and reload */
  keptFile = $state<string | undefined>();
  /** whether the chronology shown is someone else's, opened from a file or an address */
  imported = $derived(this.dataUrl !== undefined || this.sourceFile !== undefined);
  /** what the shown chronology calls itself, in titles and exported pictures */
  title = $derived(this.imported ? this.chronology?.title || 'An imported chronology' : APP_TITLE);

  /** `prepared`: worked out already from the chronology's events, lanes in its series' order */
  load(chronology: Chronology, prepared?: PreparedEvents) {
    this.chronology = chronology;
    this.#given = prepared && { chronology, prepared };
    this.loadError = undefined;
    this.transform = zoomIdentity;
  }

  /**
   * Shows a chronology the reader opened, from a file or an address, as its link describes it, or
   * from its start: filters and the selection belonged to the chronology it replaces.
   */
  showImported(
    chronology: Chronology,
    origin: { url?: string; fileName?: string; keptFile?: string },
    view: ViewState = { ...EMPTY_VIEW, embed: this.embed, map: this.showMap },
    prepared?: PreparedEvents,
  ) {
    this.load(chronology, prepared);
    this.sourceFile = origin.fileName;
    this.keptFile = origin.keptFile;
    this.applyView({ ...view, data: origin.url });
  }

  setTransform(transform: ZoomTransform) {
    const current = this.transform;
    if (current.k !== transform.k || current.x !== transform.x) this.transform = transform;
  }

  markTimelineDrawn() {
    this.timelineDrawn = true;
  }

  setTimelineWidth(width: number) {
    const old = this.timelineWidth;
    if (old > 0 && width > 0 && old !== width) {
      // transform.x is in pixels of the old width: scale it so the same instants stay in view
      const { x, k } = this.transform;
      this.transform = constrain(zoomIdentity.translate((x * width) / old, 0).scale(k), width);
    }
    this.timelineWidth = width;
  }

  fail(message: string) {
    this.loadError = message;
  }

  select(id: string | undefined) {
    this.selectedId = id;
    if (id !== undefined) this.missingEventId = undefined;
  }

  /** The current id of an event: itself, or where a renamed id now points. */
  resolveId(id: string): string | undefined {
    if (this.#byId.has(id)) return id;
    const renamed = this.chronology?.aliases.get(id);
    return renamed !== undefined && this.#byId.has(renamed) ? renamed : undefined;
  }

  /**
   * Shows what a link describes. Anything the chronology does not know (a series, a state, a
   * place) is dropped; an unknown event id is kept aside so the page can say it was not found.
   */
  applyView(view: ViewState) {
    const chronology = this.chronology;
    const known = (list: readonly { key: string }[] | undefined, key: string) =>
      list?.some((item) => item.key === key) ?? false;
    this.series = view.series.filter((key) => known(chronology?.series, key));
    this.stateCode = view.state && this.hasState(view.state) ? view.state : undefined;
    this.placeKey =
      view.place && (view.place === NO_PLACE || known(chronology?.places, view.place))
        ? view.place
        : undefined;
    this.query = view.q;
    this.embed = view.embed;
    this.showMap = view.map;
    this.present = view.present;
    this.dataUrl = view.data;
    const id = view.event === undefined ? undefined : this.resolveId(view.event);
    this.selectedId = id;
    this.missingEventId = view.event !== undefined && id === undefined ? view.event : undefined;
    const from = view.from === undefined ? undefined : readWrittenDate(view.from);
    const to = view.to === undefined ? undefined : readWrittenDate(view.to);
    const event = id === undefined ? undefined : this.#byId.get(id);
    // a presentation always shows an event: the first of the filter when the link names none
    if (this.present && !this.events.some((item) => item.id === this.selectedId)) {
      this.selectedId = this.events[0]?.id;
    }
    if (from && to) this.requestedRange = [startInstant(from), endInstant(to)];
    else if (event) this.requestedRange = contextAround(event);
    else this.requestedRange = [...this.domain];
  }

  /** Presentation: one event at a time, from the selected one (or the first) of the filter. */
  startPresenting() {
    if (!this.selectedId || !this.events.some((event) => event.id === this.selectedId)) {
      this.selectedId = this.events[0]?.id;
    }
    this.present = true;
  }

  stopPresenting() {
    this.present = false;
  }

  /** Brings a span of time (an era) into view on the timeline. */
  showRange(from: number, to: number) {
    this.requestedRange = [from, to];
  }

  clearRequestedRange() {
    this.requestedRange = undefined;
  }

  dismissMissingEvent() {
    this.missingEventId = undefined;
  }

  toggleSeries(key: string) {
    this.series = this.series.includes(key)
      ? this.series.filter((item) => item !== key)
      : [...this.series, key];
  }

  setState(code: string | undefined) {
    this.stateCode = code || undefined;
  }

  /** Keeps only the events held in one place (a city chosen on the map). */
  setPlace(key: string | undefined) {
    this.placeKey = key || undefined;
  }

  /** Whether the chronology knows this state (the map has more countries than we have states). */
  hasState(code: string): boolean {
    return this.chronology?.states.some((state) => state.code === code) ?? false;
  }

  setQuery(query: string) {
    this.query = query;
  }

  clearFilters() {
    this.series = [];
    this.stateCode = undefined;
    this.placeKey = undefined;
    this.query = '';
  }
}
