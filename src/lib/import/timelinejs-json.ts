/**
 * TimelineJS3's JSON format: {"title": slide, "events": [slide…], "eras": [era…]}. A slide has
 * start_date/end_date ({year, month, day, hour, minute, second, display_date}), text
 * ({headline, text}), media ({url, caption, credit}), group, display_date, unique_id, and, as
 * StoryMapJS writes it, location ({name, lat, lon}).
 */
import { plainText } from './plain-text.ts';
import { ChronologyBuilder } from './chronology-builder.ts';
import type { ColumnNames, ImportedRow } from './imported-row.ts';
import type { DateParts } from '../dates/imported-date.ts';
import type { ImportedChronology } from './imported-chronology.ts';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const field = (value: unknown, key: string): unknown => (isObject(value) ? value[key] : undefined);

const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;

export function isTimelineJsJson(input: unknown): boolean {
  return isObject(input) && (Array.isArray(input.events) || isObject(input.title));
}

function columns(list: string): ColumnNames {
  return {
    start: (part) => `${list}.start_date.${part}`,
    end: (part) => `${list}.end_date.${part}`,
    displayDate: `${list}.display_date`,
    headline: `${list}.text.headline`,
    text: `${list}.text.text`,
    media: `${list}.media.url`,
    latitude: `${list}.location.lat`,
    longitude: `${list}.location.lon`,
  };
}

function dateParts(value: unknown): DateParts | undefined {
  if (!isObject(value)) return undefined;
  const { year, month, day, hour, minute, second } = value;
  return { year, month, day, hour, minute, second };
}

function slideRow(slide: unknown, position: number, record: string): ImportedRow {
  const start = field(slide, 'start_date');
  const end = field(slide, 'end_date');
  return {
    row: position,
    record: `${record} ${position}`,
    id: text(field(slide, 'unique_id')),
    headline: text(field(field(slide, 'text'), 'headline')),
    text: text(field(field(slide, 'text'), 'text')),
    start: dateParts(start),
    end: dateParts(end),
    displayDate: text(field(slide, 'display_date')) ?? text(field(start, 'display_date')),
    group: text(field(slide, 'group')),
    location: isObject(field(slide, 'location'))
      ? (field(slide, 'location') as ImportedRow['location'])
      : undefined,
    media: isObject(field(slide, 'media'))
      ? (field(slide, 'media') as ImportedRow['media'])
      : undefined,
  };
}

/**
 * Reads a parsed TimelineJS file. Every slide that cannot be placed in time is reported and left
 * out; `onProgress` gets the share of slides read.
 */
export function readTimelineJsJson(
  input: unknown,
  onProgress?: (fraction: number) => void,
): ImportedChronology {
  const events = isObject(input) && Array.isArray(input.events) ? input.events : [];
  const builder = new ChronologyBuilder(columns('events'));
  events.forEach((slide, index) => {
    builder.addEvent(slideRow(slide, index + 1, 'event'));
    if (onProgress && (index + 1) % 5000 === 0) onProgress((index + 1) / events.length);
  });
  const eras = isObject(input) && Array.isArray(input.eras) ? input.eras : [];
  const eraBuilder = new ChronologyBuilder(columns('eras'));
  eras.forEach((era, index) => eraBuilder.addEra(slideRow(era, index + 1, 'era')));
  builder.eras.push(...eraBuilder.eras);
  const title = isObject(input) ? input.title : undefined;
  return {
    chronology: builder.build({
      title: plainText(text(field(field(title, 'text'), 'headline'))),
      introductionHtml: text(field(field(title, 'text'), 'text'))?.trim(),
    }),
    problems: [...builder.problems, ...eraBuilder.problems],
  };
}
