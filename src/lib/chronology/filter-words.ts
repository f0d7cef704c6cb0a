/**
 * The current filter as a sentence, for a printed handout or anywhere the filter is not on screen:
 * "12 of 80 events: Prosecutors-General Conferences; with Viet Nam taking part or hosting".
 */
import { NO_PLACE, isFiltering, type EventFilter } from './filter.ts';
import type { Chronology } from './model.ts';

/** What the filter's keys and codes are called, as the chronology names them. */
export type FilterNames = Pick<Chronology, 'series' | 'states' | 'places'>;

const count = (n: number) => n.toLocaleString('en');
const events = (n: number) => `${count(n)} ${n === 1 ? 'event' : 'events'}`;

function wholeChronology(total: number): string {
  if (total === 0) return 'No events';
  return total === 1 ? '1 event' : `All ${count(total)} events`;
}

/** Each filter in words, in the order the filter form shows them. */
function clauses(filter: EventFilter, names: FilterNames): string[] {
  const parts: string[] = [];
  if (filter.series.length > 0) {
    // in the chronology's order, not the order the reader ticked them; a series filter keeps any
    const chosen = names.series.filter((series) => filter.series.includes(series.key));
    const unknown = filter.series.filter((key) => !chosen.some((series) => series.key === key));
    parts.push([...chosen.map((series) => series.label), ...unknown].join(' or '));
  }
  if (filter.state !== undefined) {
    const name = names.states.find((state) => state.code === filter.state)?.name ?? filter.state;
    parts.push(`with ${name} taking part or hosting`);
  }
  if (filter.place === NO_PLACE) {
    parts.push('online or with no known place');
  } else if (filter.place !== undefined) {
    const place = names.places.find((item) => item.key === filter.place);
    const where = place
      ? [place.city, place.country?.name].filter(Boolean).join(', ')
      : filter.place;
    parts.push(`held in ${where}`);
  }
  const query = filter.query.trim().replace(/\s+/g, ' ');
  if (query !== '') parts.push(`matching “${query}”`);
  return parts;
}

/**
 * "All 80 events" when nothing is filtered; otherwise how many of how many, then each filter:
 * "3 of 80 events: ASEAN Regional Forum; held in Hanoi, Viet Nam; matching “cyber”".
 */
export function filterInWords(
  filter: EventFilter,
  names: FilterNames,
  counts: { shown: number; total: number },
): string {
  if (!isFiltering(filter)) return wholeChronology(counts.total);
  const shown = `${count(counts.shown)} of ${events(counts.total)}`;
  return `${shown}: ${clauses(filter, names).join('; ')}`;
}
