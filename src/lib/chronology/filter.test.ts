import { describe, expect, it } from 'vitest';
import { sampleChronology } from '../../../tests/unit/sample-chronology.ts';
import { filterEvents, groupByYear, isFiltering, NO_FILTER } from './filter.ts';

const { events } = sampleChronology();
const ids = (list: { id: string }[]) => list.map((event) => event.id);

describe('filterEvents', () => {
  it('keeps every event when nothing is filtered', () => {
    expect(filterEvents(events, NO_FILTER)).toHaveLength(events.length);
    expect(isFiltering(NO_FILTER)).toBe(false);
  });

  it('keeps only the chosen series', () => {
    expect(ids(filterEvents(events, { ...NO_FILTER, series: ['pgc'] }))).toEqual([
      '2023-12-06-pgc-13-hanoi',
    ]);
  });

  it('keeps events a state took part in or hosted', () => {
    expect(ids(filterEvents(events, { ...NO_FILTER, state: 'CHN' }))).toEqual([
      '2023-12-06-pgc-13-hanoi',
    ]);
    expect(ids(filterEvents(events, { ...NO_FILTER, state: 'BRN' }))).toEqual([
      '2008-aseanapol-brunei',
    ]);
  });

  it('matches every word of the query, ignoring case and diacritics', () => {
    expect(ids(filterEvents(events, { ...NO_FILTER, query: 'HANOI conference' }))).toEqual([
      '2023-12-06-pgc-13-hanoi',
    ]);
    expect(ids(filterEvents(events, { ...NO_FILTER, query: 'Hà Nội' }))).toEqual([
      '2023-12-06-pgc-13-hanoi',
    ]);
    expect(filterEvents(events, { ...NO_FILTER, query: 'hanoi webinar' })).toEqual([]);
  });

  it('finds online events by the word online', () => {
    expect(ids(filterEvents(events, { ...NO_FILTER, query: 'online' }))).toEqual([
      '2021-04-arf-webinar',
    ]);
  });

  it('combines filters', () => {
    const filter = { series: ['arf'], state: 'BRN', query: 'police' };
    expect(isFiltering(filter)).toBe(true);
    expect(ids(filterEvents(events, filter))).toEqual(['2008-aseanapol-brunei']);
  });
});

describe('groupByYear', () => {
  it('groups sorted events under their starting year, in order', () => {
    expect(groupByYear(events).map((group) => [group.year, group.events.length])).toEqual([
      [2008, 1],
      [2021, 1],
      [2023, 1],
    ]);
  });
});
