import { english } from '../../../tests/unit/english.ts';
import { describe, expect, it } from 'vitest';
import { sampleChronology } from '../../../tests/unit/sample-chronology.ts';
import { NO_FILTER, NO_PLACE } from './filter.ts';
import { filterInWords } from './filter-words.ts';

const chronology = sampleChronology();
const total = 80;

describe('filterInWords', () => {
  it.each([
    { name: 'many events', total: 80, expected: 'All 80 events' },
    { name: 'thousands, with a separator', total: 1234, expected: 'All 1,234 events' },
    { name: 'one event', total: 1, expected: '1 event' },
    { name: 'an empty chronology', total: 0, expected: 'No events' },
  ])('says the whole chronology is shown when nothing is filtered ($name)', (row) => {
    expect(
      filterInWords(NO_FILTER, chronology, { shown: row.total, total: row.total }, english),
    ).toBe(row.expected);
  });

  it('names a chosen series by its label', () => {
    const words = filterInWords(
      { ...NO_FILTER, series: ['pgc'] },
      chronology,
      {
        shown: 12,
        total,
      },
      english,
    );
    expect(words).toBe('12 of 80 events: Prosecutors-General Conferences');
  });

  it('joins several series with “or”, in the chronology’s order', () => {
    const words = filterInWords(
      { ...NO_FILTER, series: ['arf', 'pgc'] },
      chronology,
      {
        shown: 20,
        total,
      },
      english,
    );
    expect(words).toBe('20 of 80 events: Prosecutors-General Conferences or ASEAN Regional Forum');
  });

  it('names the state, the place and the search text, in the form’s order', () => {
    const filter = { series: ['pgc'], state: 'VNM', place: 'hanoi', query: '  cyber   crime ' };
    expect(filterInWords(filter, chronology, { shown: 1, total }, english)).toBe(
      '1 of 80 events: Prosecutors-General Conferences; with Viet Nam taking part or hosting; ' +
        'held in Hanoi, Viet Nam; matching “cyber crime”',
    );
  });

  it('says what the filter for events without a place keeps', () => {
    const words = filterInWords(
      { ...NO_FILTER, place: NO_PLACE },
      chronology,
      { shown: 4, total },
      english,
    );
    expect(words).toBe('4 of 80 events: online or with no known place');
  });

  it('writes a key the chronology does not name as it is, rather than dropping it', () => {
    const words = filterInWords(
      { ...NO_FILTER, state: 'XYZ' },
      chronology,
      { shown: 0, total },
      english,
    );
    expect(words).toBe('0 of 80 events: with XYZ taking part or hosting');
  });

  it('does not count a query of spaces as a filter', () => {
    expect(
      filterInWords({ ...NO_FILTER, query: '   ' }, chronology, { shown: 80, total }, english),
    ).toBe('All 80 events');
  });
});
