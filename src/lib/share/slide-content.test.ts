import { describe, expect, it } from 'vitest';
import { sampleChronology } from '../../../tests/unit/sample-chronology.ts';
import type { ChronologyEvent, Source } from '../chronology/model.ts';
import { inEventOrder } from '../chronology/order.ts';
import { english } from '../i18n/english.ts';
import { messages as km } from '../i18n/messages/km.ts';
import { translatorFor } from '../../../tests/unit/translator-for.ts';
import { SOURCE_LINE_LENGTH, slideDeck, slidesFileName, sourceLine } from './slide-content.ts';

const khmer = translatorFor('km', km);

const chronology = sampleChronology();
const subject = {
  title: 'ASEAN–China cooperation against cybercrime, 2003–2023',
  filterWords: 'All 3 events',
  rangeLabel: '2003 – 2023',
  credit: 'Data: example.org/ — compiled from public records; every event lists its sources.',
  imported: false,
  lang: 'en',
};
const link = (event: ChronologyEvent) => `https://example.org/event/${event.id}/`;
const byId = (id: string) => chronology.events.find((event) => event.id === id)!;

describe('slideDeck', () => {
  it('opens with a title slide naming the chronology, the filter and the timeline’s span', () => {
    const { title } = slideDeck(subject, chronology.events, link, english);
    expect(title).toEqual({
      title: subject.title,
      filterWords: 'All 3 events',
      pictureCaption: 'The timeline, 2003 – 2023',
      credit: subject.credit,
    });
  });

  it('gives one slide per event, in the chronology’s order, as presenting steps through them', () => {
    const deck = slideDeck(subject, chronology.events, link, english);
    expect(inEventOrder(chronology.events)).toBe(true);
    expect(deck.events.map((slide) => slide.id)).toEqual(chronology.events.map((e) => e.id));
    expect(deck.events.map((slide) => slide.kicker)).toEqual([
      'ASEAN Regional Forum · 1 of 3',
      'ASEAN Regional Forum · 2 of 3',
      'Prosecutors-General Conferences · 3 of 3',
    ]);
  });

  it('puts an event’s title, date at its precision, place, states, summary, source and link on its slide', () => {
    const hanoi = byId('2023-12-06-pgc-13-hanoi');
    const [slide] = slideDeck(subject, [hanoi], link, english).events;
    expect(slide).toMatchObject({
      title: '13th Prosecutors-General Conference, "high-tech crime", Hanoi',
      date: '6 December 2023',
      place: 'Hanoi, Viet Nam',
      states: 'China, Viet Nam',
      summary: 'A one-day conference.',
      link: 'https://example.org/event/2023-12-06-pgc-13-hanoi/',
    });
    expect(slide!.sourceLine).toMatch(/^Sources: .+, and 1 more$/);
  });

  it('dates a month or a year as no more precisely than it is known', () => {
    const deck = slideDeck(subject, chronology.events, link, english);
    expect(deck.events.map((slide) => slide.date)).toEqual([
      '2008',
      'April–May 2021',
      '6 December 2023',
    ]);
  });

  it('keeps the whole summary, every source’s address and the reliability in the notes', () => {
    const hanoi = byId('2023-12-06-pgc-13-hanoi');
    const { notes } = slideDeck(subject, [hanoi], link, english).events[0]!;
    expect(notes).toContain('A one-day conference.');
    expect(notes).toContain('Reliability: Confirmed');
    for (const source of hanoi.sources) if (source.url) expect(notes).toContain(source.url);
    expect(notes).toContain('Permanent link: https://example.org/event/2023-12-06-pgc-13-hanoi/');
  });

  it('leaves out the link where there is none, and reliability and states an imported file lacks', () => {
    const imported = { ...subject, imported: true };
    const webinar = byId('2021-04-arf-webinar');
    const [slide] = slideDeck(imported, [webinar], () => undefined, english).events;
    expect(slide!.link).toBeUndefined();
    expect(slide!.states).toBeUndefined();
    expect(slide!.notes).not.toContain('Reliability');
    expect(slide!.notes).not.toContain('Permanent link');
  });
});

describe('a deck in Khmer', () => {
  const hanoi = byId('2023-12-06-pgc-13-hanoi');
  const [slide] = slideDeck(subject, [hanoi], link, khmer).events;
  const field = (label: string) => km.slides.field.replace('{label}', label);

  it('labels the place and the states in Khmer, not English', () => {
    expect(slide!.placeLabel).toBe(field(km.card.place));
    expect(slide!.statesLabel).toBe(field(km.card.participants));
    expect(slide!.placeLabel).not.toMatch(/[A-Za-z]/);
  });

  it('says the source line, the kicker and the notes’ headings in Khmer', () => {
    const sourcesWord = km.slides.sources.other.split('{name}')[0]!;
    expect(slide!.sourceLine.startsWith(sourcesWord)).toBe(true);
    expect(slide!.kicker).toBe(
      km.presentation.position
        .replace('{series}', hanoi.series.label)
        .replace('{position}', '1')
        .replace('{count}', '1'),
    );
    expect(slide!.notes).toContain(km.slides.sourcesHeading);
    expect(slide!.notes).toContain(km.slides.link.replace('{link}', link(hanoi)));
    for (const english of ['Source', 'Reliability', 'Permanent link', ' of '])
      expect(slide!.notes + slide!.sourceLine + slide!.kicker).not.toContain(english);
  });

  it('marks the deck’s words as Khmer and the event’s texts as English', () => {
    const deck = slideDeck({ ...subject, lang: 'km' }, [hanoi], link, khmer);
    expect(deck.lang).toBe('km');
    expect(deck.events[0]!.textLang).toBe('en');
  });

  it('captions the title slide’s picture in Khmer', () => {
    const { title } = slideDeck(subject, [hanoi], link, khmer);
    expect(title.pictureCaption).toBe(km.timeline.still.replace('{range}', subject.rangeLabel));
  });

  it('cuts a long Khmer title between its words, never inside one', () => {
    const title = 'កិច្ចសហប្រតិបត្តិការអាស៊ាន–ចិន ប្រឆាំងឧក្រិដ្ឋកម្មតាមប្រព័ន្ធបច្ចេកវិទ្យា ២០០៣–២០២៣';
    const name = slidesFileName(title, khmer);
    const stem = name.slice(
      0,
      -km.exports.fileSlides.replace('{name}', '').length - '.pptx'.length,
    );
    expect(Array.from(stem).length).toBeLessThanOrEqual(60);
    expect(title.replace(/[\s–]+/gu, '-').startsWith(stem)).toBe(true);
    expect(title.replace(/[\s–]+/gu, '-').split('-')).toContain(stem.split('-').at(-1));
  });

  it('names the file in Khmer without breaking its words at vowel signs', () => {
    expect(slidesFileName('កិច្ចសហប្រតិបត្តិការ អាស៊ាន', khmer)).toBe(
      km.exports.fileSlides.replace('{name}', 'កិច្ចសហប្រតិបត្តិការ-អាស៊ាន') + '.pptx',
    );
  });
});

describe('sourceLine', () => {
  const source = (publisher: string, title = 'A report'): Source => ({ title, publisher });

  it.each([
    { name: 'no source', sources: [], expected: 'No source listed' },
    { name: 'one source', sources: [source('Xinhua')], expected: 'Source: Xinhua' },
    {
      name: 'three sources',
      sources: [source('Xinhua'), source('VNA'), source('SPP')],
      expected: 'Sources: Xinhua, and 2 more',
    },
    {
      name: 'no publisher',
      sources: [source('', 'Joint statement')],
      expected: 'Source: Joint statement',
    },
  ])('names the first source and counts the rest ($name)', ({ sources, expected }) => {
    expect(sourceLine(sources, english)).toBe(expected);
  });

  it('stays short when the first source has a long name', () => {
    const line = sourceLine(
      [source('A very long publisher name '.repeat(10)), source('VNA')],
      english,
    );
    expect(line.length).toBeLessThanOrEqual(SOURCE_LINE_LENGTH);
    expect(line).toMatch(/…, and 1 more$/);
  });
});

describe('slidesFileName', () => {
  it.each([
    {
      title: subject.title,
      expected: 'asean-china-cooperation-against-cybercrime-2003-2023-slides.pptx',
    },
    { title: 'Les étapes du café', expected: 'les-etapes-du-cafe-slides.pptx' },
    { title: '中国与东盟', expected: '中国与东盟-slides.pptx' },
    { title: '***', expected: 'chronology-slides.pptx' },
  ])('names the file after the chronology’s title ($title)', ({ title, expected }) => {
    expect(slidesFileName(title, english)).toBe(expected);
  });
});
