/**
 * The filters in force, one removable chip each, in the words a reader knows them by: a series'
 * label, a state's name, a city's name, the words searched for.
 */
import { NO_PLACE, type EventFilter } from './filter.ts';
import type { Translate } from '../i18n/translate.ts';
import type { Chronology } from './model.ts';

export type FilterChip =
  | { kind: 'series'; key: string; label: string }
  | { kind: 'state'; key: string; label: string }
  | { kind: 'place'; key: string; label: string }
  | { kind: 'query'; key: string; label: string };

export function filterChips(
  filter: EventFilter,
  chronology: Pick<Chronology, 'series' | 'states' | 'places'> | undefined,
  t: Translate,
): FilterChip[] {
  const chips: FilterChip[] = [];
  for (const key of filter.series) {
    const label = chronology?.series.find((series) => series.key === key)?.label ?? key;
    chips.push({ kind: 'series', key, label });
  }
  if (filter.state !== undefined) {
    const name = chronology?.states.find((state) => state.code === filter.state)?.name;
    chips.push({
      kind: 'state',
      key: filter.state,
      label: t('chips.withState', { name: name ?? filter.state }),
    });
  }
  if (filter.place !== undefined) {
    const city = chronology?.places.find((place) => place.key === filter.place)?.city;
    const label =
      filter.place === NO_PLACE
        ? t('chips.noPlace')
        : t('chips.inPlace', { city: city ?? filter.place });
    chips.push({ kind: 'place', key: filter.place, label });
  }
  const query = filter.query.trim();
  if (query !== '') chips.push({ kind: 'query', key: query, label: t('chips.query', { query }) });
  return chips;
}
