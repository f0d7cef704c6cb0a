/** The chronology as the app works with it: every reference resolved, every date measured. */
import type { Confidence, EventText, SeriesText, Translations } from './compiled.ts';
import type { Precision } from '../dates/partial-date.ts';

export interface State {
  code: string;
  name: string;
  /** the language the name is in, when not English (its `lang` attribute) */
  nameLang?: string;
}

export interface Place {
  key: string;
  city: string;
  /** unknown for places of an imported chronology */
  country?: State;
  lat: number;
  lon: number;
}

export interface Series {
  key: string;
  label: string;
  description: string;
  /** its place among the chronology's series: the lane it is drawn in, top to bottom */
  rank: number;
  /** #rrggbb: its marks, lane label and list edge (ours from data/series.yaml, imported groups' from the theme's palette) */
  color: string;
  /** label and description in other languages, where the data gives them */
  translations?: Translations<SeriesText>;
  /** the language label and description are in, when not English (their `lang` attribute) */
  textLang?: string;
}

export interface Source {
  title: string;
  publisher: string;
  date?: string;
  url?: string;
  /** the title's language as a BCP 47 tag, when it is not English */
  lang?: string;
}

export interface ChronologyEvent {
  id: string;
  title: string;
  /** written partial dates, as in the records */
  start: string;
  end?: string;
  precision: Precision;
  /** first instant covered, UTC ms */
  startMs: number;
  /** first instant after the event, UTC ms (exclusive) */
  endMs: number;
  /** the date as precisely as it is known: "6 December 2023", "May 2009", "14–15 August 2018" */
  dateLabel: string;
  place?: Place;
  online: boolean;
  /** host country: the place's, or the one recorded when the city is not known */
  country?: State;
  participants: State[];
  series: Series;
  confidence: Confidence;
  summary: string;
  sources: Source[];
  notes?: string;
  /** title and summary in other languages, where the data gives them (notes stay English) */
  translations?: Translations<EventText>;
  /** the language title and summary are in, when not English (their `lang` attribute) */
  textLang?: string;
  /** an imported event's text as its author wrote it (HTML); sanitized whenever it is shown */
  summaryHtml?: string;
  /** an imported event's picture or video: shown as a link, never loaded from another host */
  media?: MediaLink;
}

export interface MediaLink {
  url: string;
  caption?: string;
  credit?: string;
}

/** A named span of time shaded behind the events (TimelineJS's "eras"). */
export interface Era {
  label: string;
  startMs: number;
  endMs: number;
  dateLabel: string;
}

export interface Chronology {
  range: [string, string];
  /** ids an event had before it was renamed → its id now */
  aliases: ReadonlyMap<string, string>;
  events: ChronologyEvent[];
  states: State[];
  places: Place[];
  series: Series[];
  sources: Source[];
  /** an imported chronology's own title and introduction (its TimelineJS title slide) */
  title?: string;
  introductionHtml?: string;
  eras?: Era[];
}
