import { describe, expect, it } from 'vitest';
import { localizedSeries, localizedText } from './localized-text.ts';

const hanoi = {
  title: '13th Prosecutors-General Conference',
  summary: 'A one-day conference.',
  translations: {
    vi: { title: 'Hội nghị Viện trưởng Viện kiểm sát lần thứ 13', summary: 'Một ngày.' },
  },
};

describe('localizedText', () => {
  it('gives the translation in the language that has one, marked as in it', () => {
    expect(localizedText(hanoi, 'vi')).toEqual({ ...hanoi.translations.vi, lang: 'vi' });
  });

  it('gives the English text, marked English, in a language without one', () => {
    expect(localizedText(hanoi, 'km')).toEqual({
      title: hanoi.title,
      summary: hanoi.summary,
      lang: 'en',
    });
    expect(localizedText({ title: 'A', summary: 'B' }, 'vi').lang).toBe('en');
  });
});

describe('localizedSeries', () => {
  const pgc = {
    label: 'Prosecutors-General Conferences',
    description: 'Conferences.',
    translations: { 'zh-Hans': { label: '检察长会议', description: '会议。' } },
  };

  it('gives the translated label and description, or the English ones', () => {
    expect(localizedSeries(pgc, 'zh-Hans')).toEqual({
      ...pgc.translations['zh-Hans'],
      lang: 'zh-Hans',
    });
    expect(localizedSeries(pgc, 'en')).toEqual({
      label: pgc.label,
      description: pgc.description,
      lang: 'en',
    });
  });
});
