/**
 * Turns the compiled dataset into the model the app uses. The file comes over the network, so a
 * broken one is reported with what is wrong rather than half-shown.
 */
import { compareEvents } from './order.ts';
import {
  COMPILED_VERSION,
  type CompiledDataset,
  type Confidence,
  type Translations,
} from './compiled.ts';
import type { Chronology, ChronologyEvent, Place, Series, Source, State } from './model.ts';
import { endOf, formatPartialRange, parsePartialDate, startOf } from '../dates/partial-date.ts';
import { normalizeHex } from '../theme.ts';
import type { Said } from '../i18n/translate.ts';

/**
 * A dataset that cannot be shown. `message` is for developers, in English; `said`, where given, is
 * the sentence the page shows the reader in their language.
 */
export class DatasetError extends Error {
  override name = 'DatasetError';

  constructor(
    message: string,
    readonly said?: Said,
  ) {
    super(message);
  }
}

function at<T>(list: readonly T[], index: number | undefined, what: string, eventId: string): T {
  const item = index === undefined ? undefined : list[index];
  if (item === undefined)
    throw new DatasetError(`event ${eventId}: ${what} #${index} does not exist`);
  return item;
}

/** Reliability as files compiled before December 2026 wrote it, in today's terms. */
const EARLIER_CONFIDENCE: Readonly<Record<string, Confidence>> = {
  'public-only': 'single-source',
  'seed-only': 'single-source',
};

/**
 * A record's translations, each a mapping of the same non-empty texts; undefined when it has none.
 * Which languages they are in is for the interface to know: a file from a newer compiler may hold
 * one this app does not offer, and it is kept, unused.
 */
function translationsOf<Field extends string>(
  value: unknown,
  fields: readonly Field[],
  record: string,
): Translations<Record<Field, string>> | undefined {
  if (value === undefined) return undefined;
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new DatasetError(`${record}: translations are not a mapping of languages`);
  }
  const decoded: Translations<Record<Field, string>> = {};
  for (const [lang, texts] of Object.entries(value as Record<string, Record<string, unknown>>)) {
    const entry = {} as Record<Field, string>;
    for (const field of fields) {
      const text: unknown = texts?.[field];
      if (typeof text !== 'string' || text.trim() === '') {
        throw new DatasetError(`${record}: translation ${lang} has no ${field}`);
      }
      entry[field] = text;
    }
    decoded[lang] = entry;
  }
  return decoded;
}

export function decodeChronology(input: unknown): Chronology {
  const data = input as CompiledDataset;
  if (!data || typeof data !== 'object' || data.version !== COMPILED_VERSION) {
    throw new DatasetError(`not a version ${COMPILED_VERSION} chronology dataset`);
  }
  const states: State[] = data.states.map(([code, name]) => ({ code, name }));
  const places: Place[] = data.places.map(([key, city, country, lat, lon]) => ({
    key,
    city,
    country: at(states, country, 'state', key),
    lat,
    lon,
  }));
  const series: Series[] = data.series.map(([key, label, description, color, translated], rank) => {
    if (typeof color !== 'string' || normalizeHex(color) !== color) {
      throw new DatasetError(`series ${key}: colour ${JSON.stringify(color)} is not #rrggbb`);
    }
    const translations = translationsOf(translated, ['label', 'description'], `series ${key}`);
    return { key, label, description, color, rank, ...(translations && { translations }) };
  });
  const sources: Source[] = data.sources.map((source) => ({ ...source }));

  const events = data.events.map((record): ChronologyEvent => {
    const start = parsePartialDate(record.start);
    const end = record.end === undefined ? undefined : parsePartialDate(record.end);
    if (!start || (record.end !== undefined && !end)) {
      throw new DatasetError(`event ${record.id}: unreadable date`);
    }
    const place =
      record.place === undefined ? undefined : at(places, record.place, 'place', record.id);
    const translations = translationsOf(
      record.translations,
      ['title', 'summary'],
      `event ${record.id}`,
    );
    return {
      id: record.id,
      title: record.title,
      start: record.start,
      end: record.end,
      precision: record.precision,
      startMs: startOf(start),
      endMs: endOf(end ?? start),
      dateLabel: formatPartialRange(start, end),
      place,
      online: record.online === true,
      country:
        place?.country ??
        (record.country === undefined ? undefined : at(states, record.country, 'state', record.id)),
      participants: record.participants.map((index) => at(states, index, 'state', record.id)),
      series: at(series, record.series, 'series', record.id),
      confidence: EARLIER_CONFIDENCE[record.confidence] ?? record.confidence,
      summary: record.summary,
      sources: record.sources.map((index) => at(sources, index, 'source', record.id)),
      notes: record.notes,
      ...(translations && { translations }),
    };
  });
  const aliases = new Map(
    (data.aliases ?? []).map(([old, index]): [string, string] => {
      const target = data.events[index];
      if (!target) throw new DatasetError(`alias ${old}: event #${index} does not exist`);
      return [old, target.id];
    }),
  );
  events.sort(compareEvents);
  return { range: data.range, aliases, events, states, places, series, sources };
}
