/**
 * Validates the hand-kept records in data/ and compiles the dataset the app loads:
 * public/data/events.json (compact) and public/data/events.csv (flat, for spreadsheets).
 *
 *   tsx scripts/compile-data.ts [--data <dir>] [--out <dir>]
 *
 * Any problem stops it with one line per problem (file, record, field) and exit status 1; the
 * previous outputs stay as they were.
 */
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeAtomically } from './write-atomically.ts';
import { describe, displayPath, keysOf, readList, validate, type RawFile } from './yaml-records.ts';
import { COMPILED_VERSION, type CompiledDataset } from '../src/lib/chronology/compiled.ts';
import { eventsToCsv } from '../src/lib/chronology/csv.ts';
import { decodeChronology } from '../src/lib/chronology/decode.ts';
import { compareEvents } from '../src/lib/chronology/order.ts';
import { endOf, parsePartialDate, startOf } from '../src/lib/dates/partial-date.ts';
import { LANGUAGES } from '../src/lib/i18n/languages.ts';
import {
  CHRONOLOGY_FIRST_DAY,
  CHRONOLOGY_LAST_DAY,
  ONLINE,
  aliasRecord,
  eventRecord,
  placeRecord,
  seriesRecord,
  sourceRecord,
  stateRecord,
  type AliasRecord,
  type EventRecord,
  type PlaceRecord,
  type SeriesRecord,
  type SourceRecord,
  type StateRecord,
} from '../src/lib/chronology/schema.ts';

const ROOT = join(fileURLToPath(import.meta.url), '../..');

/** Records may be translated into the interface's languages; English is their own text. */
const TRANSLATION_LANGUAGES = LANGUAGES.filter((lang) => lang !== 'en');

/** Translations in the interface's order of languages, so the same input gives the same bytes. */
function inLanguageOrder<Text>(translations: Record<string, Text>): Record<string, Text> {
  return Object.fromEntries(
    TRANSLATION_LANGUAGES.flatMap((lang) =>
      translations[lang] === undefined ? [] : [[lang, translations[lang]] as const],
    ),
  );
}

export const DATA_FILES = {
  states: 'states.yaml',
  series: 'series.yaml',
  places: 'places.yaml',
  sources: 'sources.yaml',
  events: 'events.yaml',
  aliases: 'aliases.yaml',
} as const;

export type CompileResult =
  | { ok: true; dataset: CompiledDataset; json: string; csv: string }
  | { ok: false; problems: string[] };

/**
 * Our own working words, which a reader must never meet: the file names of the source texts we
 * keep copies of (whole, without ".txt", or the hash part alone), and what we called them.
 */
function workingWordsIn(text: string, textFiles: readonly string[]): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(/\b(?:seeds?|traps?)\b/gi)) found.add(match[0]);
  for (const file of textFiles) {
    const stem = file.replace(/\.txt$/, '');
    const hash = stem.slice(stem.indexOf('_') + 1);
    for (const form of [file, stem, hash.length >= 8 ? hash : '']) {
      if (form && text.includes(form)) found.add(form);
    }
  }
  return [...found];
}

/** Every field a reader is shown, checked for working words, each problem with its record. */
function checkReaderText(
  raw: Record<string, RawFile>,
  sources: SourceRecord[],
  problems: string[],
) {
  const textFiles = sources.flatMap((source) => (source.textFile ? [source.textFile] : []));
  const shown: [keyof typeof DATA_FILES, string, string[]][] = [
    ['events', 'id', ['title', 'summary', 'notes']],
    ['sources', 'key', ['title', 'publisher']],
    ['series', 'key', ['label', 'description']],
    ['places', 'key', ['city']],
  ];
  for (const [name, key, fields] of shown) {
    const file = raw[name]!;
    file.records.forEach((record, index) => {
      const translated = Object.entries(
        (record.translations ?? {}) as Record<string, Record<string, unknown>>,
      ).flatMap(([lang, texts]) =>
        fields.map((field): [string, unknown] => [
          `translations.${lang}.${field}`,
          texts && typeof texts === 'object' ? texts[field] : undefined,
        ]),
      );
      for (const [field, value] of [
        ...fields.map((field): [string, unknown] => [field, record[field]]),
        ...translated,
      ]) {
        if (typeof value !== 'string') continue;
        for (const word of workingWordsIn(value, textFiles)) {
          problems.push(
            `${describe(file, key, index)}, field "${field}": readers would see "${word}", a word ` +
              'of our own working; name the source by its title and publisher instead',
          );
        }
      }
    });
  }
}

export function compileDataset(dataDir: string): CompileResult {
  const problems: string[] = [];
  const raw = {
    states: readList(dataDir, DATA_FILES.states, 'code', problems),
    series: readList(dataDir, DATA_FILES.series, 'key', problems),
    places: readList(dataDir, DATA_FILES.places, 'key', problems),
    sources: readList(dataDir, DATA_FILES.sources, 'key', problems),
    events: readList(dataDir, DATA_FILES.events, 'id', problems),
    aliases: readList(dataDir, DATA_FILES.aliases, 'from', problems),
  };
  const stateKeys = keysOf(raw.states, 'code');
  const states = validate<StateRecord>(raw.states, 'code', stateRecord, problems);
  const series = validate<SeriesRecord>(
    raw.series,
    'key',
    seriesRecord(TRANSLATION_LANGUAGES),
    problems,
  );
  const places = validate<PlaceRecord>(raw.places, 'key', placeRecord(stateKeys), problems);
  const sources = validate<SourceRecord>(raw.sources, 'key', sourceRecord, problems);
  const events = validate<EventRecord>(
    raw.events,
    'id',
    eventRecord({
      states: stateKeys,
      series: keysOf(raw.series, 'key'),
      places: keysOf(raw.places, 'key'),
      sources: keysOf(raw.sources, 'key'),
      languages: TRANSLATION_LANGUAGES,
    }),
    problems,
  );
  const aliases = validate<AliasRecord>(
    raw.aliases,
    'from',
    aliasRecord(keysOf(raw.events, 'id')),
    problems,
  );
  checkReaderText(raw, sources, problems);
  if (problems.length > 0) return { ok: false, problems };

  const sortedStates = [...states].sort((a, b) => a.code.localeCompare(b.code));
  const stateIndex = new Map(sortedStates.map((state, index) => [state.code, index]));
  const placeIndex = new Map(places.map((place, index) => [place.key, index]));
  const seriesIndex = new Map(series.map((item, index) => [item.key, index]));
  const sourceIndex = new Map(sources.map((source, index) => [source.key, index]));
  // In the one order of the app (chronology/order.ts), so the files need no sorting when read.
  const sortedEvents = events
    .map((event) => {
      const start = parsePartialDate(event.start)!;
      const end = event.end === undefined ? start : parsePartialDate(event.end)!;
      const series = { rank: seriesIndex.get(event.series)! };
      return { record: event, id: event.id, startMs: startOf(start), endMs: endOf(end), series };
    })
    .sort(compareEvents)
    .map(({ record }) => record);

  const dataset: CompiledDataset = {
    version: COMPILED_VERSION,
    range: [CHRONOLOGY_FIRST_DAY, CHRONOLOGY_LAST_DAY],
    states: sortedStates.map((state) => [state.code, state.name]),
    places: places.map((place) => [
      place.key,
      place.city,
      stateIndex.get(place.country)!,
      place.lat,
      place.lon,
    ]),
    series: series.map(({ key, label, description, color, translations }) =>
      translations
        ? [key, label, description, color, inLanguageOrder(translations)]
        : [key, label, description, color],
    ),
    // `textFile` stays behind: it names our copy of a text, which is nothing to a reader.
    sources: sources.map(({ title, publisher, date, url, lang }) => ({
      title,
      publisher,
      ...(date && { date }),
      ...(url && { url }),
      ...(lang && { lang }),
    })),
    events: sortedEvents.map((event) => ({
      id: event.id,
      title: event.title,
      start: event.start,
      ...(event.end && { end: event.end }),
      precision: event.precision,
      ...(event.place === ONLINE && { online: true as const }),
      ...(event.place && event.place !== ONLINE && { place: placeIndex.get(event.place)! }),
      ...(event.country && { country: stateIndex.get(event.country)! }),
      participants: event.participants.map((code) => stateIndex.get(code)!),
      series: seriesIndex.get(event.series)!,
      confidence: event.confidence,
      summary: event.summary,
      sources: event.sources.map((key) => sourceIndex.get(key)!),
      ...(event.notes && { notes: event.notes }),
      ...(event.translations && { translations: inLanguageOrder(event.translations) }),
    })),
    aliases: aliases.map(({ from, to }) => [
      from,
      sortedEvents.findIndex((event) => event.id === to),
    ]),
  };
  const csv = eventsToCsv(decodeChronology(dataset).events);
  return { ok: true, dataset, json: JSON.stringify(dataset) + '\n', csv };
}

function main(argv: string[]): number {
  const option = (name: string, fallback: string) => {
    const at = argv.indexOf(name);
    return at >= 0 && argv[at + 1] ? argv[at + 1]! : fallback;
  };
  const dataDir = option('--data', join(ROOT, 'data'));
  const outDir = option('--out', join(ROOT, 'public/data'));
  const result = compileDataset(dataDir);
  if (!result.ok) {
    for (const problem of result.problems) console.error(problem);
    console.error(
      `data: ${result.problems.length} problem(s); nothing written, ${displayPath(outDir)} left as it was`,
    );
    return 1;
  }
  writeAtomically(outDir, { 'events.json': result.json, 'events.csv': result.csv });
  console.log(
    `data: ${result.dataset.events.length} events, ${result.dataset.places.length} places, ` +
      `${result.dataset.sources.length} sources → ${displayPath(outDir)}/events.{json,csv}`,
  );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
