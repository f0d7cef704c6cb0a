/**
 * The places of an imported chronology: one place per name (its first coordinates), coordinates
 * read as spreadsheets in many locales write them, and a name given without coordinates matched to
 * a row that gives them later.
 */
import { said } from '../i18n/translate.ts';
import type { ChronologyEvent, Place, State } from '../chronology/model.ts';
import { isBlank, quotedValue } from '../dates/cell-value.ts';
import type { ColumnNames, ImportedRow, ReportProblem } from './imported-row.ts';
import { asText, cellText } from './imported-row.ts';

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

export class ImportedPlaces {
  #places = new Map<string, Place>();
  /** events whose place was named without coordinates before any row gave them */
  readonly #placeLater: { event: ChronologyEvent; name: string }[] = [];
  #columns: Pick<ColumnNames, 'latitude' | 'longitude'>;
  #report: ReportProblem;

  constructor(columns: Pick<ColumnNames, 'latitude' | 'longitude'>, report: ReportProblem) {
    this.#columns = columns;
    this.#report = report;
  }

  /** The row's place; undefined when it has none, none yet, or its coordinates are wrong. */
  read(row: ImportedRow): Place | undefined {
    const location = row.location;
    if (!location) return undefined;
    const name = cellText(row, asText(location.name));
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

  /** Remembers an event without a place whose row names one, since a later row may give it coordinates. */
  placeLater(event: ChronologyEvent, row: ImportedRow) {
    const location = row.location;
    if (!location || !isBlank(location.lat) || !isBlank(location.lon)) return;
    const name = cellText(row, asText(location.name));
    if (name) this.#placeLater.push({ event, name });
  }

  /** Gives the events remembered by `placeLater` the place some row gave coordinates to. */
  placeTheRest() {
    for (const { event, name } of this.#placeLater) {
      const place = this.#placeNamed(name, undefined, undefined);
      if (!place) continue;
      event.place = place;
      event.country ??= place.country;
    }
  }

  values(): Place[] {
    return [...this.#places.values()];
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
    this.#report(
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
}
