/**
 * The current filter as a sentence, for a printed handout or anywhere the filter is not on screen:
 * "12 of 80 events: Prosecutors-General Conferences; with Viet Nam taking part or hosting".
 */
import type { Translate } from '../i18n/translate.ts';
import { NO_PLACE, isFiltering, type EventFilter } from './filter.ts';
import type { Chronology } from './model.ts';

/** What the filter's keys and codes are called, as the chronology names them. */
export type FilterNames = Pick<Chronology, 'series' | 'states' | 'places'>;

function wholeChronology(total: number, t: Translate): string {
  return total === 0 ? t('filterWords.none') : t('filterWords.whole', { count: total });
}

/** Each filter in words, in the order the filter form shows them. */
function clauses(filter: EventFilter, names: FilterNames, t: Translate): string[] {
  const parts: string[] = [];
  if (filter.series.length > 0) {
    // in the chronology's order, not the order the reader ticked them; a series filter keeps any
    const chosen = names.series.filter((series) => filter.series.includes(series.key));
    const unknown = filter.series.filter((key) => !chosen.some((series) => series.key === key));
    parts.push(
      [...chosen.map((series) => series.label), ...unknown].join(t('filterWords.seriesOr')),
    );
  }
  if (filter.state !== undefined) {
    const name = names.states.find((state) => state.code === filter.state)?.name ?? filter.state;
    parts.push(t('filterWords.withState', { name }));
  }
  if (filter.place === NO_PLACE) {
    parts.push(t('filterWords.noPlace'));
  } else if (filter.place !== undefined) {
    const place = names.places.find((item) => item.key === filter.place);
    const where = place
      ? [place.city, place.country?.name].filter(Boolean).join(t('describe.listSeparator'))
      : filter.place;
    parts.push(t('filterWords.heldIn', { place: where }));
  }
  const query = filter.query.trim().replace(/\s+/g, ' ');
  if (query !== '') parts.push(t('filterWords.matching', { query }));
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
  t: Translate,
): string {
  if (!isFiltering(filter)) return wholeChronology(counts.total, t);
  const shown = t('filterWords.shownOf', { shown: counts.shown, count: counts.total });
  return t('filterWords.summary', {
    shown,
    clauses: clauses(filter, names, t).join(t('filterWords.clauses')),
  });
}
