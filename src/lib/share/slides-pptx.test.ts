import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { sampleChronology } from '../../../tests/unit/sample-chronology.ts';
import { english } from '../i18n/english.ts';
import { DARK_THEME, DEFAULT_THEME } from '../theme.ts';
import { slideDeck } from './slide-content.ts';
import { slidesPptx } from './slides-pptx.ts';

const chronology = sampleChronology();
const deck = slideDeck(
  {
    title: 'A chronology',
    filterWords: 'All 3 events',
    rangeLabel: '2003 – 2023',
    credit: 'Data: example.org/',
    imported: false,
    lang: 'km',
  },
  chronology.events,
  (event) => `https://example.org/event/${event.id}/`,
  english,
);

/** The slides' XML, in their order in the file. */
async function slidesOf(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files)
    .filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    .sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]));
  return { zip, slides: await Promise.all(names.map((name) => zip.file(name)!.async('string'))) };
}

/** The text of a slide's runs, as a reader sees it. */
const textOf = (xml: string) =>
  [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)]
    .map((match) => match[1]!)
    .join('\n')
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

describe('slidesPptx', () => {
  it('writes a title slide and one slide per event, each with its title and link', async () => {
    const { slides } = await slidesOf(await slidesPptx(deck, DEFAULT_THEME));
    expect(slides).toHaveLength(chronology.events.length + 1);
    expect(textOf(slides[0]!)).toContain('A chronology');
    deck.events.forEach((event, index) => {
      const text = textOf(slides[index + 1]!);
      expect(text).toContain(event.title);
      expect(text).toContain(event.date);
      expect(text).toContain(event.link!);
    });
  });

  it('marks the deck’s own words in its language and the events’ texts in theirs', async () => {
    const { slides } = await slidesOf(await slidesPptx(deck, DEFAULT_THEME));
    const langOf = (xml: string, text: string) =>
      [...xml.matchAll(/<a:rPr lang="([^"]+)"[^>]*>(?:(?!<\/a:r>).)*<a:t>([^<]*)<\/a:t>/gs)].find(
        (run) => run[2] === text,
      )?.[1];
    const [first] = deck.events;
    expect(langOf(slides[1]!, first!.title.replaceAll('"', '&quot;'))).toBe('en');
    expect(langOf(slides[1]!, first!.placeLabel)).toBe('km');
    expect(langOf(slides[0]!, deck.title.filterWords)).toBe('km');
  });

  it('paints the slides in the colours of the scheme shown', async () => {
    const light = (await slidesOf(await slidesPptx(deck, DEFAULT_THEME))).slides[1]!;
    const dark = (await slidesOf(await slidesPptx(deck, DARK_THEME))).slides[1]!;
    const background = (theme: typeof DEFAULT_THEME) =>
      `<a:srgbClr val="${theme.paper.slice(1).toUpperCase()}"`;
    expect(light).toContain(background(DEFAULT_THEME));
    expect(dark).toContain(background(DARK_THEME));
    expect(dark).not.toContain(background(DEFAULT_THEME));
  });

  it('puts the whole summary and the sources in the speaker notes', async () => {
    const { zip } = await slidesOf(await slidesPptx(deck, DEFAULT_THEME));
    const notes = await zip.file('ppt/notesSlides/notesSlide2.xml')!.async('string');
    expect(notes).toContain(deck.events[0]!.summary);
    expect(notes).toContain('Sources:');
  });
});
