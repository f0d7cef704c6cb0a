/**
 * The chronology as a reader of another language sees it: every date label written in that
 * language, the states named in it, and the series' and events' texts translated where the data
 * gives a translation (marked with `textLang`, for the `lang` attribute of what shows them).
 * English is the chronology itself, untouched. Codes, keys, ids and instants stay as they are, so
 * filters, selection and links work the same in every language.
 */
import type { Chronology, ChronologyEvent, Place, Series, State } from '../../chronology/model.ts';
import { parsePartialDate } from '../../dates/partial-date.ts';
import type { LocaleFormat } from './locale-format.ts';
import { localizedSeries, localizedText } from './localized-text.ts';

/** Where the date is one we write (an imported one with a time of day keeps its own label). */
function dateLabel(event: ChronologyEvent, format: LocaleFormat): string {
  const start = parsePartialDate(event.start);
  const end = event.end === undefined ? undefined : parsePartialDate(event.end);
  if (!start || (event.end !== undefined && !end)) return event.dateLabel;
  return format.dateRange(start, end);
}

export function localizeChronology(chronology: Chronology, format: LocaleFormat): Chronology {
  const { lang } = format;
  if (lang === 'en') return chronology;
  const states = new Map<State, State>(
    chronology.states.map((state) => [state, { ...state, name: format.stateName(state).text }]),
  );
  const state = (given: State | undefined) => (given && states.get(given)) ?? given;
  const places = new Map<Place, Place>(
    chronology.places.map((place) => [place, { ...place, country: state(place.country) }]),
  );
  const series = new Map<Series, Series>(
    chronology.series.map((item) => {
      const text = localizedSeries(item, lang);
      const translated = text.lang === 'en' ? {} : { textLang: text.lang };
      return [item, { ...item, label: text.label, description: text.description, ...translated }];
    }),
  );
  const events = chronology.events.map((event): ChronologyEvent => {
    const text = localizedText(event, lang);
    return {
      ...event,
      title: text.title,
      summary: text.summary,
      ...(text.lang !== 'en' && { textLang: text.lang }),
      dateLabel: dateLabel(event, format),
      place: event.place && (places.get(event.place) ?? event.place),
      country: state(event.country),
      participants: event.participants.map((each) => state(each)!),
      series: series.get(event.series) ?? event.series,
    };
  });
  return {
    ...chronology,
    events,
    states: [...states.values()],
    places: [...places.values()],
    series: [...series.values()],
  };
}
