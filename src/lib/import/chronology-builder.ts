/**
 * Turns the rows every import format reads (one `ImportedRow` per event) into a chronology: ids made
 * unique, groups into series, places shared by name, events sorted as the timeline lays them out.
 * Checks that hold for every format (dates, headline, place, media) live here, so that a row is
 * judged the same whichever file it came from.
 */
import { english } from '../i18n/english.ts';
import { said, say } from '../i18n/translate.ts';
import type { Chronology, ChronologyEvent, Era, Series, State } from '../chronology/model.ts';
import {
  endInstant,
  formatImportedRange,
  precisionOfDate,
  readDate,
  startInstant,
  writtenDate,
  type DateParts,
  type ImportedDate,
} from '../dates/imported-date.ts';
import { needsMarkup, plainText } from './plain-text.ts';
import { isBlank } from '../dates/cell-value.ts';
import type { ImportProblem } from './problems.ts';
import { compareEvents } from '../chronology/order.ts';
import { paletteColor } from '../theme.ts';
import {
  cellText,
  shortened,
  type ColumnNames,
  type ImportedRow,
  type ReportProblem,
} from './imported-row.ts';
import { ImportedPlaces } from './imported-places.ts';
import { readMedia } from './imported-media.ts';

export const UNGROUPED = 'Events';

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
  #places: ImportedPlaces;
  #states = new Map<string, State>();
  #ids = new Set<string>();
  #columns: ColumnNames;

  constructor(columns: ColumnNames) {
    this.#columns = columns;
    this.#places = new ImportedPlaces(columns, this.problem);
  }

  /** Files a problem in the import report (an arrow, so that the places and media can file them too). */
  readonly problem: ReportProblem = (row, column, what, outcome) => {
    const message = say(english, what);
    this.problems.push({ row: row.row, record: row.record, column, message, said: what, outcome });
  };

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
    let title = cellText(row, row.headline);
    const text = row.text ?? '';
    // text may carry markup in every format (our CSV's optional summary column too)
    const summary = plainText(text);
    if (!title) {
      // TimelineJS shows a slide without a headline; the list needs words to show
      title = summary ? shortened(summary.split(/(?<=[.!?])\s/)[0]!) : 'Untitled event';
      this.problem(row, columns.headline, said('importProblems.noHeadline', { title }), 'kept');
    }
    const { start, end } = dates;
    const id = this.#uniqueId(row);
    const displayDate = cellText(row, row.displayDate);
    const place = this.#places.read(row);
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
      series: this.#seriesFor(cellText(row, row.group)),
      confidence: 'confirmed',
      summary,
      sources: row.sources ?? [],
      // Every event has every field, even when undefined, in one order: events of one shape are
      // read several times faster by the page's code than events of a dozen shapes.
      notes: undefined,
      summaryHtml: needsMarkup(text) ? text : undefined,
      media: readMedia(row, columns.media, this.problem),
    };
    this.events.push(event);
    // a place named without coordinates may get them from a later row
    if (!place) this.#places.placeLater(event, row);
  }

  addEra(row: ImportedRow) {
    const dates = this.#dates(row);
    if (!dates) return;
    const { start, end } = dates;
    this.eras.push({
      label: cellText(row, row.headline) || `Era ${row.row}`,
      startMs: startInstant(start),
      endMs: endInstant(end ?? start),
      dateLabel: cellText(row, row.displayDate) || formatImportedRange(start, end),
    });
  }

  state(code: string, name = code): State {
    let state = this.#states.get(code);
    if (!state) this.#states.set(code, (state = { code, name }));
    return state;
  }

  #uniqueId(row: ImportedRow): string {
    // ids key the list and links: a missing or repeated one gets the row number
    // kept to what a link can carry (see EVENT_ID)
    const given = cellText(row, row.id)
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

  build(meta: { title?: string; introductionHtml?: string } = {}): Chronology {
    // A place named before any row gave its coordinates: found now that every row is read.
    this.#places.placeTheRest();
    // Sorted here in the worker, so that the page never sorts 100,000 events.
    const events = this.events.sort(compareEvents);
    return {
      range: ['', ''],
      aliases: new Map(),
      events,
      states: [...this.#states.values()],
      places: this.#places.values(),
      series: [...this.#series.values()],
      sources: [...new Set(events.flatMap((event) => event.sources))],
      ...(meta.title && { title: meta.title }),
      ...(meta.introductionHtml && { introductionHtml: meta.introductionHtml }),
      ...(this.eras.length > 0 && { eras: this.eras.sort((a, b) => a.startMs - b.startMs) }),
    };
  }
}
