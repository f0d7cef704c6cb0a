/**
 * What a slide deck of the current filter says, slide by slide, before any layout: a title slide,
 * then one slide per event in the order presenting steps through them. The deck is made where an
 * iframe cannot go, so every slide carries its event's permanent link and a line on its sources,
 * and the speaker notes keep the whole text and every source.
 */
// The deck's own words are English for now (the interface's languages do not reach it yet).
import { english } from '../i18n/english.ts';
import {
  participantsLabel,
  placeLabel,
  reliabilityLabel,
  sourceByline,
} from '../chronology/describe.ts';
import type { ChronologyEvent, Source } from '../chronology/model.ts';
import { wrapText } from './wrap-text.ts';

/** The chronology the deck is of, and what of it is shown. */
export interface DeckSubject {
  /** the chronology's title */
  title: string;
  /** the filter in words: "All 80 events", "3 of 80 events: …" */
  filterWords: string;
  /** the span of time the title slide's timeline shows */
  rangeLabel: string;
  /** whose data it is (see export-text.ts) */
  credit: string;
  /** an imported chronology says nothing of reliability, and may not list who took part */
  imported: boolean;
}

export interface TitleSlide {
  title: string;
  filterWords: string;
  /** the caption of the timeline's picture */
  pictureCaption: string;
  credit: string;
}

export interface EventSlide {
  id: string;
  /** its series and its place in the deck: "ASEAN Regional Forum · 3 of 12" */
  kicker: string;
  /** its series' colour, #rrggbb, as the data gives it */
  seriesColor: string;
  title: string;
  /** as precisely as it is known: "6 December 2023", "May 2009" */
  date: string;
  place: string;
  /** who took part; none for an imported event that lists nobody */
  states?: string;
  summary: string;
  /** the first source in a few words, and how many more there are */
  sourceLine: string;
  /** the event's permanent link; none for a chronology opened from the reader's own disk */
  link?: string;
  /** the speaker notes: the whole summary, every source with its address, the reliability */
  notes: string;
}

export interface SlideDeck {
  title: TitleSlide;
  events: EventSlide[];
}

/** The longest source line, in characters: it shares a line of the slide with nothing else. */
export const SOURCE_LINE_LENGTH = 110;

function sourceName(source: Source): string {
  return sourceByline(source, english) || source.title;
}

/** "Source: Xinhua, 11 January 2004", "Sources: Xinhua, 11 January 2004, and 2 more". */
export function sourceLine(sources: readonly Source[]): string {
  const [first, ...rest] = sources;
  if (!first) return 'No source listed';
  const more = rest.length === 0 ? '' : `, and ${rest.length} more`;
  const label = rest.length === 0 ? 'Source' : 'Sources';
  const room = SOURCE_LINE_LENGTH - label.length - 2 - more.length;
  const name = wrapText(sourceName(first), room, (text) => text.length, 1).lines[0] ?? '';
  return `${label}: ${name}${more}`;
}

function sourceNote(source: Source, index: number): string {
  const byline = sourceByline(source, english);
  return `${index + 1}. ${source.title}${byline ? `. ${byline}` : ''}${source.url ? `. ${source.url}` : ''}`;
}

function notesFor(event: ChronologyEvent, imported: boolean, link: string | undefined): string {
  const parts = [event.summary];
  if (!imported) parts.push(`Reliability: ${reliabilityLabel(event.confidence, english)}`);
  if (event.sources.length > 0) {
    parts.push(['Sources:', ...event.sources.map(sourceNote)].join('\n'));
  }
  if (link) parts.push(`Permanent link: ${link}`);
  return parts.join('\n\n');
}

export function eventSlide(
  event: ChronologyEvent,
  position: { index: number; count: number },
  subject: Pick<DeckSubject, 'imported'>,
  link: string | undefined,
): EventSlide {
  const listsStates = !subject.imported || event.participants.length > 0;
  return {
    id: event.id,
    kicker: `${event.series.label} · ${position.index + 1} of ${position.count}`,
    seriesColor: event.series.color,
    title: event.title,
    date: event.dateLabel,
    place: placeLabel(event, english),
    ...(listsStates ? { states: participantsLabel(event, english) } : {}),
    summary: event.summary,
    sourceLine: sourceLine(event.sources),
    ...(link ? { link } : {}),
    notes: notesFor(event, subject.imported, link),
  };
}

/**
 * The deck of `events` (the current filter), slide after slide in the order given: the filter
 * hands its events in the chronology's one order (order.ts), the order presenting steps through
 * them, and a sorted list is never sorted again. `linkFor` gives an event's permanent link, or
 * nothing where there is none.
 */
export function slideDeck(
  subject: DeckSubject,
  events: readonly ChronologyEvent[],
  linkFor: (event: ChronologyEvent) => string | undefined,
): SlideDeck {
  return {
    title: {
      title: subject.title,
      filterWords: subject.filterWords,
      pictureCaption: `The timeline, ${subject.rangeLabel}`,
      credit: subject.credit,
    },
    events: events.map((event, index) =>
      eventSlide(event, { index, count: events.length }, subject, linkFor(event)),
    ),
  };
}

/** A file name from the chronology's title: "asean-china-cooperation-slides.pptx". */
export function slidesFileName(title: string): string {
  const stem = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number}]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 60)
    .replace(/-+$/u, '');
  return `${stem || 'chronology'}-slides.pptx`;
}
