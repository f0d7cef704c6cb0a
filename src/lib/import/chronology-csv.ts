/**
 * This app's own spreadsheet export (events.csv: id, title, start, end, precision, city, country,
 * lat, lon, participants, series, sources), read back, so a chronology edited in a spreadsheet can
 * be opened again.
 */
import { said } from '../i18n/translate.ts';
import { ALPHA3 } from '../chronology/ids.ts';
import type { Source, State } from '../chronology/model.ts';
import { restoreNeutralized } from '../chronology/csv-cell.ts';
import { findCountry } from '../chronology/country-codes.ts';
import { ChronologyBuilder } from './chronology-builder.ts';
import { ColumnIndex } from './csv-columns.ts';
import { isBlankRecord } from './csv-parse.ts';
import { writtenDateParts } from '../dates/written-date.ts';
import type { ImportedChronology } from './imported-chronology.ts';

export function isChronologyCsv(columns: ColumnIndex): boolean {
  return columns.has('title') && columns.has('start');
}

export function readChronologyCsv(
  records: readonly string[][],
  onProgress?: (fraction: number) => void,
): ImportedChronology {
  const columns = new ColumnIndex(records[0] ?? []);
  const at = {
    id: columns.find('id'),
    title: columns.find('title'),
    start: columns.find('start'),
    end: columns.find('end'),
    city: columns.find('city'),
    country: columns.find('country'),
    lat: columns.find('lat', 'latitude'),
    lon: columns.find('lon', 'longitude'),
    participants: columns.find('participants'),
    series: columns.find('series'),
    sources: columns.find('sources'),
    summary: columns.find('summary', 'text'),
  };
  const builder = new ChronologyBuilder({
    start: () => columns.label(at.start, 'start'),
    end: () => columns.label(at.end, 'end'),
    displayDate: 'start',
    headline: columns.label(at.title, 'title'),
    text: columns.label(at.summary, 'summary'),
    media: 'media',
    latitude: columns.label(at.lat, 'lat'),
    longitude: columns.label(at.lon, 'lon'),
  });
  const sources = new Map<string, Source>();

  for (let index = 1; index < records.length; index++) {
    const record = records[index]!;
    if (isBlankRecord(record)) continue;
    // a cell this app wrote as text ('=…) reads back as it was
    const cell = (position: number | undefined) =>
      position === undefined ? '' : restoreNeutralized((record[position] ?? '').trim());
    const row = { row: index + 1, record: `row ${index + 1}` };
    // a country by ISO 3166-1 code (VN, VNM) or English name, kept by alpha-3 as the map is keyed
    const stateCode = (text: string, column: string): State | undefined => {
      const country = findCountry(text);
      if (country) return builder.state(country.alpha3, country.name);
      // a three-letter code ISO does not list (a region, an organisation) is kept as written
      if (ALPHA3.test(text.toUpperCase())) return builder.state(text.toUpperCase());
      builder.problem(
        row,
        columns.label(at[column as 'country'], column),
        said('importProblems.notCountry', { value: text }),
        'kept',
      );
      return undefined;
    };
    const city = cell(at.city);
    const online = city.toLowerCase() === 'online';
    const countryCode = cell(at.country);
    builder.addEvent({
      ...row,
      plain: true,
      id: cell(at.id),
      headline: cell(at.title),
      text: cell(at.summary),
      start: writtenDateParts(cell(at.start)),
      end: writtenDateParts(cell(at.end)),
      group: cell(at.series),
      online,
      country: countryCode ? stateCode(countryCode, 'country') : undefined,
      location: online ? undefined : { name: city, lat: cell(at.lat), lon: cell(at.lon) },
      participants: cell(at.participants)
        .split(';')
        .map((code) => code.trim())
        .filter(Boolean)
        .map((code) => stateCode(code, 'participants'))
        .filter((state): state is State => state !== undefined),
      sources: cell(at.sources)
        .split(';')
        .map((reference) => reference.trim())
        .filter(Boolean)
        .map((reference) => {
          let source = sources.get(reference);
          if (!source) {
            const isLink = /^https?:\/\//i.test(reference);
            source = { title: reference, publisher: '', ...(isLink && { url: reference }) };
            sources.set(reference, source);
          }
          return source;
        }),
    });
    if (onProgress && index % 5000 === 0) onProgress(index / records.length);
  }
  return { chronology: builder.build(), problems: builder.problems };
}
