import { describe, expect, it } from 'vitest';
import { sampleChronology } from '../../../tests/unit/sample-chronology.ts';
import { NO_PLACE } from '../chronology/filter.ts';
import { Filters } from './filters.svelte.ts';
import { ShownChronology } from './shown-chronology.svelte.ts';

function loaded() {
  const shown = new ShownChronology();
  shown.load(sampleChronology());
  return { shown, filters: new Filters(shown) };
}

describe('Filters', () => {
  it('keeps every event, and the whole index, while nothing is filtered', () => {
    const { shown, filters } = loaded();
    expect(filters.filtering).toBe(false);
    expect(filters.events).toHaveLength(shown.allEvents.length);
    expect(filters.index).toBe(shown.fullIndex);
  });

  it('narrows the events and their lanes by series, and clears again', () => {
    const { filters } = loaded();
    filters.toggleSeries('pgc');
    expect(filters.events.map((event) => event.series.key)).toEqual(['pgc']);
    expect(filters.index.count).toBe(1);
    filters.clear();
    expect(filters.filtering).toBe(false);
  });

  it('drops what a link names that the chronology does not know', () => {
    const { filters } = loaded();
    filters.apply({ series: ['pgc', 'nope'], state: 'XXX', place: 'atlantis', q: 'hanoi' });
    expect(filters.series).toEqual(['pgc']);
    expect(filters.stateCode).toBeUndefined();
    expect(filters.placeKey).toBeUndefined();
    expect(filters.query).toBe('hanoi');
    filters.apply({ series: [], place: NO_PLACE, q: '' });
    expect(filters.placeKey).toBe(NO_PLACE);
  });

  it('keeps the events in the chronology’s order', () => {
    const { shown, filters } = loaded();
    filters.setQuery('a');
    const order = shown.allEvents.map((event) => event.id);
    const kept = filters.events.map((event) => event.id);
    expect(kept).toEqual(order.filter((id) => kept.includes(id)));
  });
});
