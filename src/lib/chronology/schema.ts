/**
 * The one definition of a hand-kept record (data/*.yaml). Used by the data compiler only: the app
 * reads the compiled dataset (compiled.ts) and never ships the schema library.
 */
import { z } from 'zod';
import { ALPHA3, SLUG } from './ids.ts';
import {
  PRECISIONS,
  endOf,
  parsePartialDate,
  precisionOf,
  startOf,
} from '../dates/partial-date.ts';
import { contrastRatio, DEFAULT_THEME, normalizeHex } from '../theme.ts';

/** The span the chronology covers; every date must fall inside it. */
export const CHRONOLOGY_FIRST_DAY = '2003-01-01';
export const CHRONOLOGY_LAST_DAY = '2023-12-31';
export const ONLINE = 'online';
export const CONFIDENCES = ['confirmed', 'single-source', 'uncertain'] as const;

const text = z.string().trim().min(1, 'must not be empty');
const slug = z.string().regex(SLUG, 'must be a slug: lowercase letters, digits and single hyphens');
const alpha3 = z.string().regex(ALPHA3, 'must be an ISO 3166-1 alpha-3 code such as VNM');
const writtenDate = z
  .string({ error: 'must be a date written as a quoted string: YYYY, YYYY-MM or YYYY-MM-DD' })
  .refine((value) => parsePartialDate(value) !== undefined, {
    error: (issue) =>
      `"${String(issue.input)}" is not a real date written as YYYY, YYYY-MM or YYYY-MM-DD`,
  });

/**
 * A BCP 47 language tag in its usual case: a language (vi), then optionally a script (zh-Hans) and
 * a region (pt-BR, es-419). Enough for `lang` attributes; private-use and variant subtags are not
 * needed by any source.
 */
export const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|\d{3}))?$/;
const languageTag = z
  .string({ error: 'must be a language tag written as a string, such as vi or zh-Hans' })
  .regex(LANGUAGE_TAG, {
    error: (issue) =>
      `"${String(issue.input)}" is not a BCP 47 language tag such as vi, zh-Hans or pt-BR`,
  });

function keyOf(values: readonly string[], what: string) {
  return z.string().refine((value) => values.includes(value), {
    error: (issue) => `unknown ${what} "${String(issue.input)}"`,
  });
}

export const stateRecord = z.strictObject({ code: alpha3, name: text });

export function placeRecord(states: readonly string[]) {
  return z.strictObject({
    key: slug.refine((key) => key !== ONLINE, `"${ONLINE}" is reserved for online events`),
    city: text,
    country: alpha3.pipe(keyOf(states, 'state')),
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    note: text.optional(),
  });
}

export const sourceRecord = z.strictObject({
  key: slug,
  title: text,
  publisher: text,
  date: writtenDate.optional(),
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  /** the language of the title, when it is not English: the page marks it for screen readers */
  lang: languageTag.optional(),
  /**
   * For the five source texts the chronology was started from: the file name of its copy kept
   * beside the project. Checked here, never compiled: readers know a source by title and publisher.
   */
  textFile: z
    .string()
    .regex(/^[\w-]+\.txt$/, 'must be the file name of a source text, such as 002_example.txt')
    .optional(),
});

/** A series' marks and lane label must stand out from both lane backgrounds (WCAG 1.4.11). */
export const MIN_SERIES_CONTRAST = 3;
const LANE_BACKGROUNDS = [DEFAULT_THEME.panel, DEFAULT_THEME.band];

const seriesColor = z
  .string({
    error: (issue) =>
      issue.input === undefined
        ? 'required field is missing'
        : issue.input === null
          ? `is empty: write the colour in quotes, such as '${DEFAULT_THEME.accent}' (an unquoted # starts a YAML comment)`
          : `must be a CSS hex colour in quotes, such as '${DEFAULT_THEME.accent}'`,
  })
  .transform((value, ctx) => {
    const hex = normalizeHex(value.trim());
    if (hex) return hex;
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is not a CSS hex colour such as '${DEFAULT_THEME.accent}' (#rgb or #rrggbb)`,
    });
    return z.NEVER;
  })
  .superRefine((hex, ctx) => {
    for (const background of LANE_BACKGROUNDS) {
      const ratio = contrastRatio(hex, background);
      if (ratio >= MIN_SERIES_CONTRAST) continue;
      ctx.addIssue({
        code: 'custom',
        message: `"${hex}" has a contrast of ${Math.floor(ratio * 100) / 100}:1 against the lane background ${background}; marks need at least ${MIN_SERIES_CONTRAST}:1 (WCAG 1.4.11)`,
      });
      return;
    }
  });

/**
 * A record's texts in other languages, by language code: `{ vi: { title, summary } }`. English is
 * the record's own text. The codes allowed are passed in (the interface's languages but English),
 * as the core knows no languages of its own.
 */
function translations<Shape extends z.ZodRawShape>(languages: readonly string[], shape: Shape) {
  const listed = languages.join(', ');
  return z
    .record(
      z.string(),
      z.strictObject(shape, {
        error: (issue) =>
          issue.code === 'unrecognized_keys'
            ? undefined
            : `must be a mapping of ${Object.keys(shape).join(' and ')}`,
      }),
      'must be a mapping of language codes to texts, such as vi: { … }',
    )
    .superRefine(
      (value, ctx) => {
        if (!value || typeof value !== 'object') return;
        for (const lang of Object.keys(value)) {
          if (languages.includes(lang)) continue;
          ctx.addIssue({
            code: 'custom',
            path: [lang],
            message:
              lang === 'en'
                ? `English is the record's own text; translations are in ${listed}`
                : `unknown language "${lang}" (one of ${listed})`,
          });
        }
      },
      // also when a translation has problems of its own, so that one run reports them all
      { when: () => true },
    );
}

export function seriesRecord(languages: readonly string[]) {
  return z.strictObject({
    key: slug,
    label: text,
    description: text,
    /** the colour of the series' marks, lane label and list edge */
    color: seriesColor,
    translations: translations(languages, { label: text, description: text }).optional(),
  });
}

export type StateRecord = z.infer<typeof stateRecord>;
export type PlaceRecord = z.infer<ReturnType<typeof placeRecord>>;
export type SourceRecord = z.infer<typeof sourceRecord>;
export type SeriesRecord = z.infer<ReturnType<typeof seriesRecord>>;

/** Keys that event records may refer to, taken from the other files. */
export interface RecordKeys {
  places: readonly string[];
  states: readonly string[];
  sources: readonly string[];
  series: readonly string[];
  /** the languages a record may be translated into */
  languages: readonly string[];
}

const chronologyStart = startOf(parsePartialDate(CHRONOLOGY_FIRST_DAY)!);
const chronologyEnd = endOf(parsePartialDate(CHRONOLOGY_LAST_DAY)!);

export function eventRecord(keys: RecordKeys) {
  return z
    .strictObject({
      id: slug,
      title: text,
      start: writtenDate,
      end: writtenDate.optional(),
      precision: z.enum(PRECISIONS, { error: 'must be one of day, month, year' }),
      place: keyOf([ONLINE, ...keys.places], 'place').optional(),
      /** host country when the city is not known */
      country: keyOf(keys.states, 'state').optional(),
      participants: z.array(keyOf(keys.states, 'state')),
      series: keyOf(keys.series, 'series'),
      confidence: z.enum(CONFIDENCES, { error: `must be one of ${CONFIDENCES.join(', ')}` }),
      summary: text,
      sources: z.array(keyOf(keys.sources, 'source')).min(1, 'an event needs at least one source'),
      notes: text.optional(),
      translations: translations(keys.languages, { title: text, summary: text }).optional(),
    })
    .superRefine((event, ctx) => {
      for (const field of ['start', 'end'] as const) {
        const written = event[field];
        // zod runs this even when a field failed its own check; those are reported already.
        if (typeof written !== 'string' || parsePartialDate(written) === undefined) continue;
        if (precisionOf(written) !== event.precision) {
          ctx.addIssue({
            code: 'custom',
            path: [field],
            message: `"${written}" does not match precision "${event.precision}"`,
          });
          continue;
        }
        const date = parsePartialDate(written)!;
        if (startOf(date) < chronologyStart || endOf(date) > chronologyEnd) {
          ctx.addIssue({
            code: 'custom',
            path: [field],
            message: `"${written}" is outside ${CHRONOLOGY_FIRST_DAY}..${CHRONOLOGY_LAST_DAY}`,
          });
        }
      }
      if (typeof event.end === 'string' && precisionOf(event.end) === precisionOf(event.start)) {
        const start = typeof event.start === 'string' ? parsePartialDate(event.start) : undefined;
        const end = parsePartialDate(event.end);
        if (start && end && startOf(end) <= startOf(start)) {
          ctx.addIssue({
            code: 'custom',
            path: ['end'],
            message: `"${event.end}" is not after start "${event.start}" (leave end out for a single date)`,
          });
        }
      }
      if (event.place !== undefined && event.country !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['country'],
          message: 'give country only when the place is not known (the place has its own country)',
        });
      }
    });
}

export type EventRecord = z.infer<ReturnType<typeof eventRecord>>;

/** A renamed event: links to its old id keep opening it. */
export function aliasRecord(eventIds: readonly string[]) {
  return z.strictObject({
    from: slug.refine((id) => !eventIds.includes(id), {
      error: (issue) => `"${String(issue.input)}" is still the id of an event`,
    }),
    to: keyOf(eventIds, 'event'),
  });
}

export type AliasRecord = z.infer<ReturnType<typeof aliasRecord>>;

/**
 * A file's list of records, checked on its own before each record is: every item must be a mapping
 * and its `key` field unique, so that one bad record does not hide a duplicate elsewhere.
 */
export function recordList(key: string) {
  return z
    .array(z.record(z.string(), z.unknown(), 'each record must be a mapping of fields'))
    .superRefine((records, ctx) => {
      const seen = new Map<unknown, number>();
      records.forEach((item, index) => {
        const value = item[key];
        if (value === undefined) return;
        const first = seen.get(value);
        if (first === undefined) seen.set(value, index);
        else
          ctx.addIssue({
            code: 'custom',
            path: [index, key],
            message: `duplicate ${key} "${String(value)}" (also record #${first + 1})`,
          });
      });
    });
}
