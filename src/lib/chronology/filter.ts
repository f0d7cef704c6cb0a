/** Which events a set of filters keeps. Pure, so that the list, the timeline and exports agree. */
import type { ChronologyEvent } from './model.ts';
import { matchesWords, queryWords, searchableText } from './search.ts';

export interface EventFilter {
  /** series keys; empty keeps every series */
  series: readonly string[];
  /** ISO alpha-3 code of a state that took part or hosted; undefined keeps every state */
  state?: string;
  /** key of the host place (a city chosen on the map); undefined keeps every place */
  place?: string;
  /** free text; every word must match */
  query: string;
}

/** The place filter that keeps the events with no place on the map (online, or not known). */
export const NO_PLACE = 'no-place';

export const NO_FILTER: EventFilter = { series: [], query: '' };

export function isFiltering(filter: EventFilter): boolean {
  return (
    filter.series.length > 0 ||
    filter.state !== undefined ||
    filter.place !== undefined ||
    filter.query.trim() !== ''
  );
}

export function involvesState(event: ChronologyEvent, code: string): boolean {
  return event.country?.code === code || event.participants.some((state) => state.code === code);
}

export function filterEvents(
  events: readonly ChronologyEvent[],
  filter: EventFilter,
  /** each event's search text by id; asked for only when there is a query to match */
  haystacks: () => ReadonlyMap<string, string> = () => new Map(),
): ChronologyEvent[] {
  if (!isFiltering(filter)) return events as ChronologyEvent[];
  const words = queryWords(filter.query);
  const texts = words.length > 0 ? haystacks() : undefined;
  return events.filter(
    (event) =>
      (filter.series.length === 0 || filter.series.includes(event.series.key)) &&
      (filter.state === undefined || involvesState(event, filter.state)) &&
      (filter.place === undefined ||
        (filter.place === NO_PLACE ? !event.place : event.place?.key === filter.place)) &&
      (words.length === 0 || matchesWords(texts?.get(event.id) ?? searchableText(event), words)),
  );
}

export interface YearGroup {
  year: number;
  events: ChronologyEvent[];
}

export function groupByYear(events: readonly ChronologyEvent[]): YearGroup[] {
  const groups: YearGroup[] = [];
  for (const event of events) {
    const year = new Date(event.startMs).getUTCFullYear();
    const last = groups.at(-1);
    if (last?.year === year) last.events.push(event);
    else groups.push({ year, events: [event] });
  }
  return groups;
}

export function indexById(
  events: readonly ChronologyEvent[],
): ReadonlyMap<string, ChronologyEvent> {
  return new Map(events.map((event) => [event.id, event]));
}
