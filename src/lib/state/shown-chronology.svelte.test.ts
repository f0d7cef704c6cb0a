import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../../../tests/unit/sample-chronology.ts';
import { decodeChronology } from '../chronology/decode.ts';
import { localeFormat } from '../i18n/intl/intl-format.ts';
import { ENGLISH_FORMAT } from '../i18n/intl/locale-format.ts';
import * as localizer from '../i18n/intl/localize-chronology.ts';
import { alpha2Of } from '../i18n/intl/region-codes.ts';
import { Filters } from './filters.svelte.ts';
import { ShownChronology, type ShownLanguage } from './shown-chronology.svelte.ts';

const HANOI = '2023-12-06-pgc-13-hanoi';
const vi = localeFormat({
  lang: 'vi',
  alpha2: alpha2Of,
  native: { dates: true, numbers: true, regions: true },
});
const VIETNAMESE: ShownLanguage = { format: vi, localizer };
const ENGLISH: ShownLanguage = { format: ENGLISH_FORMAT };
const vietNamInVietnamese = new Intl.DisplayNames(['vi'], { type: 'region' }).of('VN')!;

/** The fixture chronology, its Hanoi conference with a Vietnamese title, shown in `language`. */
function shownIn(language: ShownLanguage) {
  const dataset = sampleDataset();
  const hanoi = dataset.events.find((event) => event.id === HANOI)!;
  hanoi.translations = { vi: { title: 'Hội nghị lần thứ 13', summary: 'Một ngày.' } };
  const shown = new ShownChronology();
  shown.localizeWith(language);
  shown.load(decodeChronology(dataset));
  return { shown, filters: new Filters(shown) };
}

describe('ShownChronology in the interface’s language', () => {
  it('shows dates, states and texts in the language, and the records as they are', () => {
    const { shown } = shownIn(VIETNAMESE);
    const hanoi = shown.event(HANOI)!;
    expect(hanoi.dateLabel).toBe(vi.writtenRange(hanoi.start, hanoi.end));
    expect(hanoi.participants.map((state) => [state.name, state.nameLang])).toContainEqual([
      vietNamInVietnamese,
      'vi',
    ]);
    expect(hanoi.title).toBe('Hội nghị lần thứ 13');
    const recorded = shown.recorded!.events.find((event) => event.id === HANOI)!;
    expect(recorded.dateLabel).toBe('6 December 2023');
    expect(recorded.title).toMatch(/^13th Prosecutors-General/);
  });

  it('switches with the language, its lanes holding the events the reader sees', () => {
    let language: ShownLanguage = $state.raw(ENGLISH);
    const { shown } = shownIn({
      get format() {
        return language.format;
      },
      get localizer() {
        return language.localizer;
      },
    });
    expect(shown.event(HANOI)!.dateLabel).toBe('6 December 2023');
    const lanesBefore = shown.fullIndex.lanes.map((lane) => lane.starts);
    language = VIETNAMESE;
    const hanoi = shown.event(HANOI)!;
    expect(hanoi.dateLabel).toBe(vi.writtenRange(hanoi.start, hanoi.end));
    expect(shown.fullIndex.order).toContain(hanoi);
    expect(shown.fullIndex.lanes.flatMap((lane) => lane.events)).toContain(hanoi);
    // the same lanes, not worked out again
    expect(shown.fullIndex.lanes.map((lane) => lane.starts)).toEqual(lanesBefore);
    expect(shown.fullIndex.lanes[0]!.starts).toBe(lanesBefore[0]);
  });

  it('keeps codes, so a state filter and a link’s event work in every language', () => {
    const { shown, filters } = shownIn(VIETNAMESE);
    filters.setState('VNM');
    expect(filters.events.map((event) => event.id)).toEqual([HANOI]);
    expect(shown.resolveId(HANOI)).toBe(HANOI);
  });

  it('finds an event by its English title and by the name of a state in the language', () => {
    const { filters } = shownIn(VIETNAMESE);
    filters.setQuery('high-tech crime');
    expect(filters.events.map((event) => event.id)).toEqual([HANOI]);
    filters.setQuery(vietNamInVietnamese);
    expect(filters.events.map((event) => event.id)).toEqual([HANOI]);
  });
});
