/**
 * The app's shared state: the loaded chronology, the filters and the selection. Components read
 * it and change it only through its methods.
 */
import {
  filterEvents,
  groupByYear,
  indexById,
  isFiltering,
  type EventFilter,
} from '../dataset/filter.ts';
import type { Chronology, ChronologyEvent } from '../dataset/model.ts';
import { searchIndex } from '../dataset/search.ts';
import { zoomIdentity, type ZoomTransform } from 'd3';
import { buildIndex, countInWindow } from '../timeline/event-index.ts';
import { baseScale } from '../timeline/scale.ts';
import { chronologyDomain } from '../timeline/domain.ts';

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

  /** the timeline's zoom: the visible scale is always transform.rescaleX(base) */
  transform = $state.raw<ZoomTransform>(zoomIdentity);
  /** width of the timeline in CSS pixels; 0 until it is laid out */
  timelineWidth = $state(0);
  domain: [number, number] = $derived(chronologyDomain(this.chronology));
  timelineIndex = $derived(
    buildIndex(
      this.events,
      (this.chronology?.series ?? []).map((series) => series.key),
    ),
  );
  /** the instants the timeline shows, [from, to) */
  visibleRange: [number, number] = $derived.by(() => {
    if (this.timelineWidth <= 0) return this.domain;
    const scale = this.transform.rescaleX(baseScale(this.domain, this.timelineWidth));
    return [+scale.invert(0), +scale.invert(this.timelineWidth)];
  });
  inViewCount = $derived(countInWindow(this.timelineIndex, ...this.visibleRange));

  load(chronology: Chronology) {
    this.chronology = chronology;
    this.loadError = undefined;
    this.transform = zoomIdentity;
  }

  setTransform(transform: ZoomTransform) {
    const current = this.transform;
    if (current.k !== transform.k || current.x !== transform.x) this.transform = transform;
  }

  setTimelineWidth(width: number) {
    this.timelineWidth = width;
  }

  fail(message: string) {
    this.loadError = message;
  }

  eventById(id: string): ChronologyEvent | undefined {
    return this.#byId.get(id);
  }

  select(id: string | undefined) {
    this.selectedId = id;
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
