/**
 * The texts of the data in the reader's language where the data gives a translation, else in
 * English, with the language they are in, for the `lang` attribute of what shows them (a screen
 * reader switches voice by it). Notes and source titles have no translations: always English.
 */
import type { ChronologyEvent, Series } from '../../chronology/model.ts';
import type { Lang } from '../languages.ts';

export interface LocalizedEventText {
  title: string;
  summary: string;
  lang: Lang;
}

export interface LocalizedSeriesText {
  label: string;
  description: string;
  lang: Lang;
}

export function localizedText(
  event: Pick<ChronologyEvent, 'title' | 'summary' | 'translations'>,
  lang: Lang,
): LocalizedEventText {
  const translated = lang === 'en' ? undefined : event.translations?.[lang];
  return translated
    ? { ...translated, lang }
    : { title: event.title, summary: event.summary, lang: 'en' };
}

export function localizedSeries(
  series: Pick<Series, 'label' | 'description' | 'translations'>,
  lang: Lang,
): LocalizedSeriesText {
  const translated = lang === 'en' ? undefined : series.translations?.[lang];
  return translated
    ? { ...translated, lang }
    : { label: series.label, description: series.description, lang: 'en' };
}
