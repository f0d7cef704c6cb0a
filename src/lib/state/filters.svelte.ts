/**
 * Which events are shown: by series, state, place and free text. Everything that lists, draws,
 * presents or downloads events reads `events` (in the one order) or `index` (their lanes).
 */
import {
  filterEvents,
  groupByYear,
  isFiltering,
  NO_PLACE,
  type EventFilter,
} from '../chronology/filter.ts';
import type { ChronologyEvent } from '../chronology/model.ts';
import { searchIndex } from '../chronology/search.ts';
import { buildIndex } from '../chronology/time-index.ts';
import type { ShownChronology } from './shown-chronology.svelte.ts';

/** The filters a link can carry. */
export interface FilterView {
  series: readonly string[];
  state?: string;
  place?: string;
  q: string;
}

export class Filters {
  readonly #shown: ShownChronology;
  series = $state<string[]>([]);
  stateCode = $state<string | undefined>();
  placeKey = $state<string | undefined>();
  query = $state('');

  #haystacks = $derived.by(() => searchIndex(this.#shown.allEvents, this.#shown.recorded?.events));
  filter: EventFilter = $derived({
    series: this.series,
    state: this.stateCode,
    place: this.placeKey,
    query: this.query,
  });
  filtering = $derived(isFiltering(this.filter));
  events: ChronologyEvent[] = $derived.by(() =>
    filterEvents(this.#shown.allEvents, this.filter, () => this.#haystacks),
  );
  years = $derived(groupByYear(this.events));
  /** the shown events in their lanes (the whole chronology's index when nothing is filtered) */
  index = $derived.by(() =>
    this.filtering ? buildIndex(this.events, this.#shown.laneKeys) : this.#shown.fullIndex,
  );

  constructor(shown: ShownChronology) {
    this.#shown = shown;
  }

  /** What a link asks for; anything the chronology does not know (a series, a state, a place) is dropped. */
  apply(view: FilterView) {
    const shown = this.#shown;
    this.series = view.series.filter((key) => shown.hasSeries(key));
    this.stateCode = view.state && shown.hasState(view.state) ? view.state : undefined;
    this.placeKey =
      view.place && (view.place === NO_PLACE || shown.hasPlace(view.place))
        ? view.place
        : undefined;
    this.query = view.q;
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

  setQuery(query: string) {
    this.query = query;
  }

  clear() {
    this.series = [];
    this.stateCode = undefined;
    this.placeKey = undefined;
    this.query = '';
  }
}
