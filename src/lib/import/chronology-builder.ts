/**
 * Turns the rows every import format reads (one `ImportedRow` per event) into a chronology: ids made
 * unique, groups into series, places shared by name, events sorted as the timeline lays them out.
 * Checks that hold for every format (dates, headline, place, media) live here, so that a row is
 * judged the same whichever file it came from.
 */
import { english } from '../i18n/english.ts';
import { said, say, type Said } from '../i18n/translate.ts';
import type {
  Chronology,
  ChronologyEvent,
  Era,
  MediaLink,
  Place,
  Series,
  Source,
  State,
} from '../chronology/model.ts';
import {
  endInstant,
  formatImportedRange,
  precisionOfDate,
  readDate,
  startInstant,
  writtenDate,
  type DatePart,
  type DateParts,
  type ImportedDate,
} from '../dates/imported-date.ts';
import { needsMarkup, plainText } from './plain-text.ts';
import { isBlank, quotedValue } from '../dates/cell-value.ts';
import type { ImportProblem } from './problems.ts';
import { compareEvents } from '../chronology/order.ts';
import { paletteColor } from '../theme.ts';

/** How the report names a column: a function of the date part for dates. */
export interface ColumnNames {
  start: (part: DatePart) => string;
  end: (part: DatePart) => string;
  displayDate: string;
  headline: string;
  text: string;
  media: string;
  latitude: string;
  longitude: string;
}

export interface ImportedRow {
  row: number;
  /** "row 12", "event 5" */
  record: string;
  id?: string;
  headline?: string;
  /** may hold HTML */
  text?: string;
  start?: DateParts;
  end?: DateParts;
  displayDate?: string;
  group?: string;
  location?: { name?: unknown; lat?: unknown; lon?: unknown };
  media?: { url?: unknown; caption?: unknown; credit?: unknown };
  /** the file's short text cells (title, place, group…) are plain text, as in our CSV */
  plain?: boolean;
  /** our own CSV's extra columns */
  country?: State;
  participants?: State[];
  online?: boolean;
  sources?: Source[];
}

export const UNGROUPED = 'Events';

const WEB_ADDRESS = /^https?:\/\/[^\s<>"]+$/i;

function short(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > 40 ? `${trimmed.slice(0, 40)}…` : trimmed;
}

function asText(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

/** Decimal degrees: "48.86", "-0.13", "1e-7" (as JavaScript writes tiny numbers), "48,86". */
const DEGREES = /^\s*[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?\s*$/;
const DECIMAL_COMMA = /^\s*[-+]?\d+,\d+\s*$/;

function coordinate(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  // spreadsheets in many locales write a decimal comma
  const text = DECIMAL_COMMA.test(value) ? value.replace(',', '.') : value;
  return DEGREES.test(text) ? Number(text) : undefined;
}

/**
 * An end given only as a time of day ends on the day the event starts, as in a sheet row with a
 * Time and an End Time but no End Year.
 */
function endOnTheStartDay(end: DateParts | undefined, start: ImportedDate): DateParts | undefined {
  if (!end || isBlank(end.time)) return end;
  const dateless = [end.year, end.month, end.day].every(isBlank);
  return dateless ? { ...end, year: start.year, month: start.month, day: start.day } : end;
}

export class ChronologyBuilder {
  readonly problems: ImportProblem[] = [];
  readonly events: ChronologyEvent[] = [];
  readonly eras: Era[] = [];
  #series = new Map<string, Series>();
  #places = new Map<string, Place>();
  /** events whose place was named without coordinates before any row gave them */
  readonly #placeLater: { event: ChronologyEvent; name: string }[] = [];
  #states = new Map<string, State>();
  #ids = new Set<string>();
  #columns: ColumnNames;

  constructor(columns: ColumnNames) {
    this.#columns = columns;
  }

  /** `what`: the problem, said in English for the problem's `message` and later in the reader's */
  problem(
    row: Pick<ImportedRow, 'row' | 'record'>,
    column: string,
    what: Said,
    outcome: ImportProblem['outcome'],
  ) {
    const message = say(english, what);
    this.problems.push({ row: row.row, record: row.record, column, message, said: what, outcome });
  }

  /** Reads both ends of a date range; undefined (and a problem) when the row cannot be placed in time. */
  #dates(row: ImportedRow): { start: ImportedDate; end?: ImportedDate } | undefined {
    const columns = this.#columns;
    const start = readDate(row.start);
    if (start.ok === 'absent') {
      this.problem(row, columns.start('year'), said('importProblems.noStart'), 'skipped');
      return undefined;
    }
    if (!start.ok) {
      this.problem(row, columns.start(start.part), start.said, 'skipped');
      return undefined;
    }
    const end = readDate(endOnTheStartDay(row.end, start.date));
    if (end.ok === false) {
      this.problem(row, columns.end(end.part), end.said, 'skipped');
      return undefined;
    }
    if (end.ok === true && endInstant(end.date) <= startInstant(start.date)) {
      this.problem(
        row,
        columns.end('year'),
        said('importProblems.endBeforeStart', {
          end: formatImportedRange(end.date),
          start: formatImportedRange(start.date),
        }),
        'skipped',
      );
      return undefined;
    }
    return { start: start.date, end: end.ok === true ? end.date : undefined };
  }

  addEvent(row: ImportedRow) {
    const dates = this.#dates(row);
    if (!dates) return;
    const columns = this.#columns;
    let title = this.#text(row, row.headline);
    const text = row.text ?? '';
    // text may carry markup in every format (our CSV's optional summary column too)
    const summary = plainText(text);
    if (!title) {
      // TimelineJS shows a slide without a headline; the list needs words to show
      title = summary ? short(summary.split(/(?<=[.!?])\s/)[0]!) : 'Untitled event';
      this.problem(row, columns.headline, said('importProblems.noHeadline', { title }), 'kept');
    }
    const { start, end } = dates;
    const id = this.#uniqueId(row);
    const displayDate = this.#text(row, row.displayDate);
    const place = this.#place(row);
    const event: ChronologyEvent = {
      id,
      title,
      start: writtenDate(start),
      end: end && writtenDate(end),
      precision: precisionOfDate(start),
      startMs: startInstant(start),
      endMs: endInstant(end ?? start),
      dateLabel: displayDate || formatImportedRange(start, end),
      place,
      online: row.online ?? false,
      country: row.country ?? place?.country,
      participants: row.participants ?? [],
      series: this.#seriesFor(this.#text(row, row.group)),
      confidence: 'confirmed',
      summary,
      sources: row.sources ?? [],
      // Every event has every field, even when undefined, in one order: events of one shape are
      // read several times faster by the page's code than events of a dozen shapes.
      notes: undefined,
      summaryHtml: needsMarkup(text) ? text : undefined,
      media: this.#media(row),
    };
    this.events.push(event);
    // a place named without coordinates may get them from a later row
    const named = place ? undefined : this.#nameWithoutCoordinates(row);
    if (named) this.#placeLater.push({ event, name: named });
  }

  addEra(row: ImportedRow) {
    const dates = this.#dates(row);
    if (!dates) return;
    const { start, end } = dates;
    this.eras.push({
      label: this.#text(row, row.headline) || `Era ${row.row}`,
      startMs: startInstant(start),
      endMs: endInstant(end ?? start),
      dateLabel: this.#text(row, row.displayDate) || formatImportedRange(start, end),
    });
  }

  state(code: string, name = code): State {
    let state = this.#states.get(code);
    if (!state) this.#states.set(code, (state = { code, name }));
    return state;
  }

  /** A cell as text: HTML reduced to its words, or, from a plain-text format, only tidied. */
  #text(row: Pick<ImportedRow, 'plain'>, value: string | undefined): string {
    if (!value) return '';
    return row.plain ? value.replace(/\s+/g, ' ').trim() : plainText(value);
  }

  #uniqueId(row: ImportedRow): string {
    // ids key the list and links: a missing or repeated one gets the row number
    // kept to what a link can carry (see EVENT_ID)
    const given = this.#text(row, row.id)
      .replace(/[^\w.:-]+/g, '-')
      .replace(/^[^A-Za-z0-9]+/, '')
      .slice(0, 100);
    let id = given || `row-${row.row}`;
    if (this.#ids.has(id)) id = `${id}-row-${row.row}`;
    while (this.#ids.has(id)) id += '-again';
    this.#ids.add(id);
    return id;
  }

  #seriesFor(group: string): Series {
    const name = group || UNGROUPED;
    let series = this.#series.get(name);
    if (!series) {
      // in the order groups first appear, which is the order of their lanes
      const color = paletteColor(this.#series.size);
      series = { key: name, label: name, description: '', color, rank: this.#series.size };
      this.#series.set(name, series);
    }
    return series;
  }

  /** The name of a place given without coordinates; undefined when none, or with coordinates. */
  #nameWithoutCoordinates(row: ImportedRow): string | undefined {
    const location = row.location;
    if (!location || !isBlank(location.lat) || !isBlank(location.lon)) return undefined;
    return this.#text(row, asText(location.name)) || undefined;
  }

  #place(row: ImportedRow): Place | undefined {
    const location = row.location;
    if (!location) return undefined;
    const name = this.#text(row, asText(location.name));
    const rawLat = location.lat;
    const rawLon = location.lon;
    if (isBlank(rawLat) && isBlank(rawLon)) {
      return name ? this.#placeNamed(name, undefined, undefined, row.country) : undefined;
    }
    const lat = this.#coordinate(row, rawLat, 'latitude', 90);
    if (lat === undefined) return undefined;
    const lon = this.#coordinate(row, rawLon, 'longitude', 180);
    if (lon === undefined) return undefined;
    return this.#placeNamed(name, lat, lon, row.country);
  }

  /** A latitude or longitude within ±limit, or undefined and a problem saying what is wrong. */
  #coordinate(
    row: ImportedRow,
    raw: unknown,
    which: 'latitude' | 'longitude',
    limit: number,
  ): number | undefined {
    const value = coordinate(raw);
    if (value !== undefined && Math.abs(value) <= limit) return value;
    const latitude = which === 'latitude';
    this.problem(
      row,
      this.#columns[which],
      isBlank(raw)
        ? said(latitude ? 'importProblems.latitudeMissing' : 'importProblems.longitudeMissing')
        : said(latitude ? 'importProblems.notLatitude' : 'importProblems.notLongitude', {
            value: quotedValue(raw),
            limit: String(limit),
          }),
      'kept',
    );
    return undefined;
  }

  /**
   * One place per name (its first coordinates): a chronology that names the same city with
   * slightly different coordinates each time still shows one city. A name without coordinates is
   * a place only once some row gives it coordinates; until then it cannot be mapped.
   */
  #placeNamed(name: string, lat: number | undefined, lon: number | undefined, country?: State) {
    const identity = name ? `name:${name}` : `at:${lat!.toFixed(2)},${lon!.toFixed(2)}`;
    let place = this.#places.get(identity);
    if (!place && lat !== undefined && lon !== undefined) {
      // keys travel in links (?place=), so they are short and plain
      const key = `p${this.#places.size + 1}`;
      place = { key, city: name || `${lat.toFixed(2)}, ${lon.toFixed(2)}`, lat, lon, country };
      this.#places.set(identity, place);
    }
    return place;
  }

  #media(row: ImportedRow): MediaLink | undefined {
    const raw = row.media;
    const given = asText(raw?.url).trim();
    if (!given) return undefined;
    // TimelineJS accepts embed code; its address is kept as a link, the code never runs
    const embedded = /^<[^>]*\bsrc\s*=\s*["']?(https?:\/\/[^"'\s>]+)/i.exec(given)?.[1];
    const url = embedded ?? given;
    if (!WEB_ADDRESS.test(url)) {
      this.problem(
        row,
        this.#columns.media,
        said('importProblems.notWebAddress', { value: short(given) }),
        'kept',
      );
      return undefined;
    }
    const caption = this.#text(row, asText(raw?.caption));
    const credit = this.#text(row, asText(raw?.credit));
    return { url, ...(caption && { caption }), ...(credit && { credit }) };
  }

  build(meta: { title?: string; introductionHtml?: string } = {}): Chronology {
    // A place named before any row gave its coordinates: found now that every row is read.
    for (const { event, name } of this.#placeLater) {
      const place = this.#placeNamed(name, undefined, undefined);
      if (!place) continue;
      event.place = place;
      event.country ??= place.country;
    }
    // Sorted here in the worker, so that the page never sorts 100,000 events.
    const events = this.events.sort(compareEvents);
    return {
      range: ['', ''],
      aliases: new Map(),
      events,
      states: [...this.#states.values()],
      places: [...this.#places.values()],
      series: [...this.#series.values()],
      sources: [...new Set(events.flatMap((event) => event.sources))],
      ...(meta.title && { title: meta.title }),
      ...(meta.introductionHtml && { introductionHtml: meta.introductionHtml }),
      ...(this.eras.length > 0 && { eras: this.eras.sort((a, b) => a.startMs - b.startMs) }),
    };
  }
}
