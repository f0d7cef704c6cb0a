/**
 * The compiled dataset the app loads (public/data/events.json). Places, states, series and sources
 * are stored once and referred to by their index; dates stay written as partial ISO dates with
 * their precision.
 */
import type { Precision } from './precision.ts';

export const COMPILED_VERSION = 2;

export type Confidence = 'confirmed' | 'public-only' | 'seed-only' | 'uncertain';

export interface CompiledDataset {
  version: typeof COMPILED_VERSION;
  /** first and last day the chronology covers */
  range: [string, string];
  /** [ISO alpha-3 code, name] */
  states: [string, string][];
  /** [key, city, index into states, lat, lon] */
  places: [string, string, number, number, number][];
  /** [key, label, description, colour as #rrggbb] */
  series: [string, string, string, string][];
  sources: CompiledSource[];
  events: CompiledEvent[];
  /** [old id, index into events] for renamed events, so published links keep working */
  aliases: [string, number][];
}

export interface CompiledSource {
  title: string;
  publisher: string;
  date?: string;
  url?: string;
  /** file name of the seed text, for the seed documents */
  seed?: string;
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
}
