/**
 * The compiled dataset the app loads (public/data/events.json). Places, states, series and sources
 * are stored once and referred to by their index; dates stay written as partial ISO dates with
 * their precision.
 */
import type { Precision } from '../dates/partial-date.ts';

export const COMPILED_VERSION = 2;

/**
 * How far an event is borne out: two or more independent sources agree (`confirmed`), only one
 * public source reports it (`single-source`), or sources disagree or a detail is inferred.
 */
export type Confidence = 'confirmed' | 'single-source' | 'uncertain';

export interface CompiledDataset {
  version: typeof COMPILED_VERSION;
  /** first and last day the chronology covers */
  range: [string, string];
  /** [ISO alpha-3 code, name] */
  states: [string, string][];
  /** [key, city, index into states, lat, lon] */
  places: [string, string, number, number, number][];
  /** [key, label, description, colour as #rrggbb, translations if any] */
  series: CompiledSeries[];
  sources: CompiledSource[];
  events: CompiledEvent[];
  /** [old id, index into events] for renamed events, so published links keep working */
  aliases: [string, number][];
}

export type CompiledSeries =
  [string, string, string, string] | [string, string, string, string, Translations<SeriesText>];

/**
 * A record's texts in other languages, by BCP 47 code (vi, zh-Hans); only the languages a
 * record is translated into are written, and English is the record itself.
 */
export type Translations<Text> = Record<string, Text>;

export interface EventText {
  title: string;
  summary: string;
}

export interface SeriesText {
  label: string;
  description: string;
}

export interface CompiledSource {
  title: string;
  publisher: string;
  date?: string;
  url?: string;
  /** the title's language as a BCP 47 tag, when it is not English */
  lang?: string;
}

export interface CompiledEvent {
  id: string;
  title: string;
  start: string;
  end?: string;
  precision: Precision;
  /** index into places; absent for online events and where the city is not known */
  place?: number;
  online?: true;
  /** index into states: host country when the city is not known */
  country?: number;
  participants: number[];
  series: number;
  confidence: Confidence;
  summary: string;
  sources: number[];
  notes?: string;
  translations?: Translations<EventText>;
}
