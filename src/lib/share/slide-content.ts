/**
 * What a slide deck of the current filter says, slide by slide, before any layout: a title slide,
 * then one slide per event in the order presenting steps through them. The deck is made where an
 * iframe cannot go, so every slide carries its event's permanent link and a line on its sources,
 * and the speaker notes keep the whole text and every source.
 */
import type { Translate } from '../i18n/translate.ts';
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
  /** the interface's language, as a BCP 47 tag: the deck's own words are in it */
  lang: string;
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
  /** the language of the title and the summary: English, unless the data gives a translation */
  textLang: string;
  /** as precisely as it is known: "6 December 2023", "May 2009" */
  date: string;
  place: string;
  /** the words before the place: "Place: " */
  placeLabel: string;
  /** who took part; none for an imported event that lists nobody */
  states?: string;
  /** the words before the states: "Participating states: " */
  statesLabel: string;
  summary: string;
  /** the first source in a few words, and how many more there are */
  sourceLine: string;
  /** the event's permanent link; none for a chronology opened from the reader's own disk */
  link?: string;
  /** the speaker notes: the whole summary, every source with its address, the reliability */
  notes: string;
}

export interface SlideDeck {
  /** the language of the deck's own words (labels, source lines, the filter in words) */
  lang: string;
  title: TitleSlide;
  events: EventSlide[];
}

/** The longest source line, in characters: it shares a line of the slide with nothing else. */
export const SOURCE_LINE_LENGTH = 110;

function sourceName(source: Source, t: Translate): string {
  return sourceByline(source, t) || source.title;
}

/**
 * "Source: Xinhua, 11 January 2004", "Sources: Xinhua, 11 January 2004, and 2 more", in the
 * language of `t`; the first source's name is cut to what the line leaves it.
 */
export function sourceLine(sources: readonly Source[], t: Translate): string {
  const [first, ...rest] = sources;
  if (!first) return t('slides.noSource');
  const say = (name: string) =>
    rest.length === 0
      ? t('slides.source', { name })
      : t('slides.sources', { name, count: rest.length });
  const room = SOURCE_LINE_LENGTH - say('').length;
  return say(wrapText(sourceName(first, t), room, (text) => text.length, 1).lines[0] ?? '');
}

function sourceNote(source: Source, index: number, t: Translate): string {
  const byline = sourceByline(source, t);
  return `${index + 1}. ${source.title}${byline ? `. ${byline}` : ''}${source.url ? `. ${source.url}` : ''}`;
}

function notesFor(
  event: ChronologyEvent,
  imported: boolean,
  link: string | undefined,
  t: Translate,
): string {
  const parts = [event.summary];
  if (!imported)
    parts.push(t('slides.reliability', { label: reliabilityLabel(event.confidence, t) }));
  if (event.sources.length > 0) {
    const notes = event.sources.map((source, index) => sourceNote(source, index, t));
    parts.push([t('slides.sourcesHeading'), ...notes].join('\n'));
  }
  if (link) parts.push(t('slides.link', { link }));
  return parts.join('\n\n');
}

export function eventSlide(
  event: ChronologyEvent,
  position: { index: number; count: number },
  subject: Pick<DeckSubject, 'imported'>,
  link: string | undefined,
  t: Translate,
): EventSlide {
  const listsStates = !subject.imported || event.participants.length > 0;
  return {
    id: event.id,
    kicker: t('presentation.position', {
      series: event.series.label,
      position: position.index + 1,
      count: position.count,
    }),
    seriesColor: event.series.color,
    title: event.title,
    textLang: event.textLang ?? 'en',
    date: event.dateLabel,
    place: placeLabel(event, t),
    placeLabel: t('slides.field', { label: t('card.place') }),
    ...(listsStates ? { states: participantsLabel(event, t) } : {}),
    statesLabel: t('slides.field', { label: t('card.participants') }),
    summary: event.summary,
    sourceLine: sourceLine(event.sources, t),
    ...(link ? { link } : {}),
    notes: notesFor(event, subject.imported, link, t),
  };
}

/**
 * The deck of `events` (the current filter), slide after slide in the order given: the filter
 * hands its events in the chronology's one order (order.ts), the order presenting steps through
 * them, and a sorted list is never sorted again. `linkFor` gives an event's permanent link, or
 * nothing where there is none. The deck's own words are in the language of `t`; the events' texts
 * are as the data gives them.
 */
export function slideDeck(
  subject: DeckSubject,
  events: readonly ChronologyEvent[],
  linkFor: (event: ChronologyEvent) => string | undefined,
  t: Translate,
): SlideDeck {
  return {
    lang: subject.lang,
    title: {
      title: subject.title,
      filterWords: subject.filterWords,
      pictureCaption: t('timeline.still', { range: subject.rangeLabel }),
      credit: subject.credit,
    },
    events: events.map((event, index) =>
      eventSlide(event, { index, count: events.length }, subject, linkFor(event), t),
    ),
  };
}

/** The longest file-name stem taken from a title, in characters. */
const STEM_LENGTH = 60;

/**
 * A file name from the chronology's title, in the language of `t`:
 * "asean-china-cooperation-slides.pptx". Latin letters lose their accents; the letters and marks
 * of other scripts stay whole (a Khmer or Thai vowel sign is a mark, not a separator), and a long
 * title is cut between its words.
 */
export function slidesFileName(title: string, t: Translate): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{Letter}\p{Mark}\p{Number}]+/u)
    .filter(Boolean);
  let stem = '';
  for (const word of words) {
    const longer = stem ? `${stem}-${word}` : word;
    if (Array.from(longer).length > STEM_LENGTH) break;
    stem = longer;
  }
  // a first word longer than a whole stem is cut, by characters as a reader sees them
  if (!stem && words[0]) {
    const characters = new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(words[0]);
    for (const { segment } of characters) {
      if (Array.from(stem + segment).length > STEM_LENGTH) break;
      stem += segment;
    }
  }
  return `${t('exports.fileSlides', { name: stem || t('exports.fileChronology') })}.pptx`;
}
