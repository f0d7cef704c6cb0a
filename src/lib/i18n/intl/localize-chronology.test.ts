import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../../../../tests/unit/sample-chronology.ts';
import { decodeChronology } from '../../chronology/decode.ts';
import { localeFormat } from './intl-format.ts';
import { ENGLISH_FORMAT } from './locale-format.ts';
import { prepareEvents } from '../../chronology/prepared-events.ts';
import { localizeChronology, localizePrepared } from './localize-chronology.ts';
import { alpha2Of } from './region-codes.ts';

const vi = localeFormat({
  lang: 'vi',
  alpha2: alpha2Of,
  native: { dates: true, numbers: true, regions: true },
});

function translatedChronology() {
  const dataset = sampleDataset();
  const hanoi = dataset.events.find((event) => event.id.endsWith('hanoi'))!;
  hanoi.translations = { vi: { title: 'Hội nghị lần thứ 13', summary: 'Một ngày.' } };
  return decodeChronology(dataset);
}

const vietNamIn = (lang: string) => new Intl.DisplayNames([lang], { type: 'region' }).of('VN');

describe('localizeChronology', () => {
  it('leaves the chronology as it is in English', () => {
    const chronology = translatedChronology();
    expect(localizeChronology(chronology, ENGLISH_FORMAT)).toBe(chronology);
  });

  it('writes dates and names of states in the language, everywhere an event refers to them', () => {
    const shown = localizeChronology(translatedChronology(), vi);
    const hanoi = shown.events.find((event) => event.id.endsWith('hanoi'))!;
    const vietNam = new Intl.DisplayNames(['vi'], { type: 'region' }).of('VN');
    expect(hanoi.dateLabel).toBe(vi.writtenRange(hanoi.start, hanoi.end));
    const english = translatedChronology().events.find((event) => event.id === hanoi.id)!;
    expect(hanoi.dateLabel).not.toBe(english.dateLabel);
    expect(hanoi.place?.country?.name).toBe(vietNam);
    expect(hanoi.participants.map((state) => state.name)).toContain(vietNam);
    expect(shown.states.find((state) => state.code === 'VNM')?.name).toBe(vietNam);
    // the same objects throughout, as in the decoded chronology
    expect(hanoi.series).toBe(shown.series.find((series) => series.key === hanoi.series.key));
  });

  it('shows the translation where the data has one, marked, and English elsewhere', () => {
    const shown = localizeChronology(translatedChronology(), vi);
    const hanoi = shown.events.find((event) => event.id.endsWith('hanoi'))!;
    expect([hanoi.title, hanoi.textLang]).toEqual(['Hội nghị lần thứ 13', 'vi']);
    const others = shown.events.filter((event) => event !== hanoi);
    expect(others.every((event) => event.textLang === undefined)).toBe(true);
  });

  it('keeps ids, codes and instants, so filters, selection and links are the same', () => {
    const chronology = translatedChronology();
    const shown = localizeChronology(chronology, vi);
    const keys = (c: typeof chronology) =>
      c.events.map((event) => [event.id, event.startMs, event.endMs, event.series.key]);
    expect(keys(shown)).toEqual(keys(chronology));
  });

  it('marks each state’s name with its language, and keeps the English of one it cannot name', () => {
    const chronology = translatedChronology();
    chronology.states.push({ code: 'ATL', name: 'Atlantis' });
    const shown = localizeChronology(chronology, vi);
    const named = (code: string) => shown.states.find((state) => state.code === code);
    expect(named('VNM')).toMatchObject({ name: vietNamIn('vi'), nameLang: 'vi' });
    expect(named('ATL')).toEqual({ code: 'ATL', name: 'Atlantis' });
  });

  it('hands the lanes worked out for the records the localized events, in the same places', () => {
    const chronology = translatedChronology();
    const keys = chronology.series.map((series) => series.key);
    const prepared = prepareEvents(chronology.events, keys);
    const shown = localizeChronology(chronology, vi);
    const localized = localizePrepared(prepared, chronology.events, shown.events);
    expect(localized.index.order).toEqual(prepareEvents(shown.events, keys).index.order);
    expect(localized.index.order.every((event) => shown.events.includes(event))).toBe(true);
    expect(localized.index.lanes.map((lane) => lane.starts)).toEqual(
      prepared.index.lanes.map((lane) => lane.starts),
    );
    expect(localizePrepared(prepared, chronology.events, chronology.events)).toBe(prepared);
  });
});
