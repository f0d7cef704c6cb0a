/**
 * The TimelineJS Google Sheets template, exported as CSV. Its columns: Year, Month, Day, Time,
 * End Year, End Month, End Day, End Time, Display Date, Headline, Text, Media, Media Credit,
 * Media Caption, Media Thumbnail, Type, Group, Background. A row of Type "title" is the title slide,
 * of Type "era" a shaded era. Location, Latitude and Longitude columns, which the template lacks,
 * are read when present, so a sheet can put its events on the map.
 */
import { said } from '../i18n/translate.ts';
import { ChronologyBuilder } from './chronology-builder.ts';
import type { ImportedRow } from './imported-row.ts';
import { ColumnIndex } from './csv-columns.ts';
import { isBlankRecord } from './csv-parse.ts';
import type { DatePart } from '../dates/imported-date.ts';
import type { ImportedChronology } from './imported-chronology.ts';
import { plainText } from './plain-text.ts';

/** The template's columns in its order, then the place columns this reader adds. */
export const SHEET_COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Group',
  'Background',
  'Location',
  'Latitude',
  'Longitude',
] as const;

export function isTimelineJsSheet(columns: ColumnIndex): boolean {
  return columns.has('year') && columns.has('headline');
}

const DATE_COLUMN: Record<DatePart, string> = {
  year: 'year',
  month: 'month',
  day: 'day',
  time: 'time',
  hour: 'time',
  minute: 'time',
  second: 'time',
};

export function readTimelineJsSheet(
  records: readonly string[][],
  onProgress?: (fraction: number) => void,
): ImportedChronology {
  const columns = new ColumnIndex(records[0] ?? []);
  const at = {
    year: columns.find('year'),
    month: columns.find('month'),
    day: columns.find('day'),
    time: columns.find('time'),
    endYear: columns.find('end year'),
    endMonth: columns.find('end month'),
    endDay: columns.find('end day'),
    endTime: columns.find('end time'),
    displayDate: columns.find('display date'),
    headline: columns.find('headline'),
    text: columns.find('text'),
    media: columns.find('media'),
    credit: columns.find('media credit'),
    caption: columns.find('media caption'),
    type: columns.find('type'),
    group: columns.find('group'),
    id: columns.find('unique id', 'id'),
    place: columns.find('location', 'place', 'location name'),
    lat: columns.find('latitude', 'lat'),
    lon: columns.find('longitude', 'lon', 'lng', 'long'),
  };
  const startLabels: Record<string, string> = {
    year: columns.label(at.year, 'Year'),
    month: columns.label(at.month, 'Month'),
    day: columns.label(at.day, 'Day'),
    time: columns.label(at.time, 'Time'),
  };
  const endLabels: Record<string, string> = {
    year: columns.label(at.endYear, 'End Year'),
    month: columns.label(at.endMonth, 'End Month'),
    day: columns.label(at.endDay, 'End Day'),
    time: columns.label(at.endTime, 'End Time'),
  };
  const builder = new ChronologyBuilder({
    start: (part) => startLabels[DATE_COLUMN[part]]!,
    end: (part) => endLabels[DATE_COLUMN[part]]!,
    displayDate: columns.label(at.displayDate, 'Display Date'),
    headline: columns.label(at.headline, 'Headline'),
    text: columns.label(at.text, 'Text'),
    media: columns.label(at.media, 'Media'),
    latitude: columns.label(at.lat, 'Latitude'),
    longitude: columns.label(at.lon, 'Longitude'),
  });
  let title: string | undefined;
  let introductionHtml: string | undefined;

  for (let index = 1; index < records.length; index++) {
    const record = records[index]!;
    if (isBlankRecord(record)) continue;
    const cell = (position: number | undefined) =>
      position === undefined ? undefined : (record[position] ?? '');
    const row: ImportedRow = {
      row: index + 1,
      record: `row ${index + 1}`,
      id: cell(at.id),
      headline: cell(at.headline),
      text: cell(at.text),
      start: { year: cell(at.year), month: cell(at.month), day: cell(at.day), time: cell(at.time) },
      end: {
        year: cell(at.endYear),
        month: cell(at.endMonth),
        day: cell(at.endDay),
        time: cell(at.endTime),
      },
      displayDate: cell(at.displayDate),
      group: cell(at.group),
      location:
        at.place !== undefined || at.lat !== undefined || at.lon !== undefined
          ? { name: cell(at.place), lat: cell(at.lat), lon: cell(at.lon) }
          : undefined,
      media: { url: cell(at.media), caption: cell(at.caption), credit: cell(at.credit) },
    };
    const type = (cell(at.type) ?? '').trim().toLowerCase();
    if (type === 'title') {
      if (title !== undefined) {
        builder.problem(
          row,
          columns.label(at.type, 'Type'),
          said('importProblems.secondTitle'),
          'skipped',
        );
        continue;
      }
      title = plainText(row.headline);
      introductionHtml = row.text?.trim();
    } else if (type === 'era') {
      builder.addEra(row);
    } else {
      builder.addEvent(row);
    }
    if (onProgress && index % 5000 === 0) onProgress(index / records.length);
  }
  return { chronology: builder.build({ title, introductionHtml }), problems: builder.problems };
}
