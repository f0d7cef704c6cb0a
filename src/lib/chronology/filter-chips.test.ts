import { english } from '../../../tests/unit/english.ts';
import { describe, expect, it } from 'vitest';
import { sampleChronology } from '../../../tests/unit/sample-chronology.ts';
import { NO_FILTER, NO_PLACE } from './filter.ts';
import { filterChips } from './filter-chips.ts';

const chronology = sampleChronology();

describe('filterChips', () => {
  it('has no chip when nothing is filtered', () => {
    expect(filterChips(NO_FILTER, chronology, english)).toEqual([]);
  });

  it('names each filter as a reader knows it', () => {
    const chips = filterChips(
      { series: ['pgc'], state: 'VNM', place: 'hanoi', query: '  cyber ' },
      chronology,
      english,
    );
    expect(chips.map((chip) => chip.label)).toEqual([
      chronology.series.find((series) => series.key === 'pgc')!.label,
      'With Viet Nam',
      'In Hanoi',
      '“cyber”',
    ]);
    expect(chips.map((chip) => chip.kind)).toEqual(['series', 'state', 'place', 'query']);
  });

  it('says what the no-place filter keeps', () => {
    expect(
      filterChips({ series: [], place: NO_PLACE, query: '' }, chronology, english)[0]!.label,
    ).toBe('No place on the map');
  });
});
