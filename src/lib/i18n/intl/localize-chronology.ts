/**
 * The chronology as a reader of another language sees it: every date label written in that
 * language, the states named in it, and the series' and events' texts translated where the data
 * gives a translation (marked with `textLang`, for the `lang` attribute of what shows them).
 * English is the chronology itself, untouched. Codes, keys, ids and instants stay as they are, so
 * filters, selection and links work the same in every language.
 */
import type { Chronology, ChronologyEvent, Place, Series, State } from '../../chronology/model.ts';
import type { PreparedEvents } from '../../chronology/prepared-events.ts';
import { parsePartialDate } from '../../dates/partial-date.ts';
import type { LocaleFormat } from './locale-format.ts';
import { localizedSeries, localizedText } from './localized-text.ts';

/**
 * Each event's date label, where the date is one we write (an imported one with a time of day
 * keeps its own). Many events share a date: each is written once, so that a chronology of
 * 100,000 events changes language in a blink rather than a long task.
 */
function dateLabeller(format: LocaleFormat): (event: ChronologyEvent) => string {
  const written = new Map<string, string>();
  return (event) => {
    const key = event.end === undefined ? event.start : `${event.start}/${event.end}`;
    let label = written.get(key);
    if (label === undefined) {
      const start = parsePartialDate(event.start);
      const end = event.end === undefined ? undefined : parsePartialDate(event.end);
      label = !start || (event.end !== undefined && !end) ? '' : format.dateRange(start, end);
      written.set(key, label);
    }
    return label || event.dateLabel;
  };
}

/** What shows a chronology in a language other than English: this module, loaded with one. */
export interface ChronologyLocalizer {
  localizeChronology: typeof localizeChronology;
  localizePrepared: typeof localizePrepared;
}

export function localizeChronology(chronology: Chronology, format: LocaleFormat): Chronology {
  const { lang } = format;
  if (lang === 'en') return chronology;
  const states = new Map<State, State>(
    chronology.states.map((state) => {
      const name = format.stateName(state);
      return [
        state,
        { ...state, name: name.text, ...(name.lang !== 'en' && { nameLang: name.lang }) },
      ];
    }),
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
  const dateLabel = dateLabeller(format);
  const events = chronology.events.map((event): ChronologyEvent => {
    const text = localizedText(event, lang);
    return {
      ...event,
      title: text.title,
      summary: text.summary,
      ...(text.lang !== 'en' && { textLang: text.lang }),
      dateLabel: dateLabel(event),
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

/**
 * What was worked out from the chronology's events (their lanes, their order), for its localized
 * events: the same index with each event swapped for its counterpart, in one pass and without
 * sorting again. `localized` is `localizeChronology`'s, in the same order as `events`.
 */
export function localizePrepared(
  prepared: PreparedEvents,
  events: readonly ChronologyEvent[],
  localized: readonly ChronologyEvent[],
): PreparedEvents {
  if (events === localized) return prepared;
  const counterpart = new Map<ChronologyEvent, ChronologyEvent>();
  events.forEach((event, i) => counterpart.set(event, localized[i]!));
  const swap = (list: readonly ChronologyEvent[]) =>
    list.map((event) => counterpart.get(event) ?? event);
  const { index } = prepared;
  return {
    ...prepared,
    index: {
      ...index,
      lanes: index.lanes.map((lane) => ({ ...lane, events: swap(lane.events) })),
      order: swap(index.order),
    },
  };
}
