/**
 * What a reader meets first: a linked event's title, date, place and the start of its summary in
 * the first screen at every size, a wide page that does not scroll, and embeds that fit each of
 * the frames slides and articles give them, with and without the map.
 */
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { decodeChronology } from '../../src/lib/chronology/decode.ts';
import { builtDataset, openPage, useChromium } from './browser.ts';
import { expectCleanPage, pageScroll, within } from './page-checks.ts';

const dataset = decodeChronology(builtDataset());
const chromium = useChromium();
const PGC13 = '2023-12-06-pgc-13-hanoi';
const FIRST = dataset.events[0]!.id;
const LAST = dataset.events.at(-1)!.id;

/** The part of an element that lies inside the window, top and bottom. */
async function verticalBox(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not laid out');
  return { top: box.y, bottom: box.y + box.height, height: box.height };
}

const PAGE_SIZES = [
  { width: 320, height: 568, touch: true },
  { width: 390, height: 844, touch: true },
  { width: 768, height: 1024, touch: true },
  { width: 1280, height: 800, touch: false },
  { width: 1920, height: 1080, touch: false },
];

describe('a link to an event', () => {
  for (const size of PAGE_SIZES) {
    for (const id of size.width === 320 ? [PGC13, FIRST, LAST] : [PGC13]) {
      const event = dataset.events.find((item) => item.id === id)!;
      it(`shows ${id === PGC13 ? 'the event' : id === FIRST ? 'the first event' : 'the last event'}'s title, date, place and summary in the first screen at ${size.width}×${size.height}`, async () => {
        const watched = await openPage(
          chromium.current,
          `/?event=${id}`,
          size,
          'light',
          size.touch,
        );
        const { page } = watched;
        const card = page.locator('#event-details');
        const title = card.getByRole('heading', { level: 2 });
        await expect.poll(() => title.textContent()).toBe(event.title);
        await page.waitForSelector('html[data-timeline-ready]');
        const screen = size.height;
        expect((await verticalBox(title)).bottom).toBeLessThanOrEqual(screen);
        const dateline = card.locator('.dateline');
        expect(await dateline.textContent()).toContain(event.dateLabel);
        expect((await verticalBox(dateline)).bottom).toBeLessThanOrEqual(screen);
        // at least the summary's first line
        const summary = card.locator('.summary');
        const lineHeight = await summary.evaluate((element) =>
          parseFloat(getComputedStyle(element).lineHeight),
        );
        expect((await verticalBox(summary)).top + lineHeight).toBeLessThanOrEqual(screen);
        // the timeline strip is above it, in the same screen, and nothing was scrolled to get there
        const timeline = await verticalBox(page.locator('[data-timeline] canvas'));
        expect(timeline.top).toBeGreaterThanOrEqual(0);
        expect(timeline.bottom).toBeLessThanOrEqual(screen);
        const scroll = await pageScroll(page);
        expect(scroll.scrolled).toBe(0);
        expect(scroll.x).toBeLessThanOrEqual(0);
        // a wide screen is the whole view: no page scroll at all
        if (size.width >= 1024) expect(scroll.y).toBeLessThanOrEqual(0);
        await expectCleanPage(watched);
      });
    }
  }
});

describe('a wide page in languages with longer words', () => {
  // Thai, Khmer and Vietnamese titles and ledes take a line more than English in the header
  for (const lang of ['vi', 'th', 'km']) {
    it(`is still one screen at 1280×800 in ${lang}`, async () => {
      const watched = await openPage(chromium.current, `/?lang=${lang}&event=${PGC13}`, {
        width: 1280,
        height: 800,
      });
      const { page } = watched;
      await page.waitForSelector('html[data-timeline-ready]');
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      const scroll = await pageScroll(page);
      expect(scroll.x).toBeLessThanOrEqual(0);
      expect(scroll.y).toBeLessThanOrEqual(0);
      await expectCleanPage(watched);
    });
  }
});

const FRAMES = [
  { width: 640, height: 360 },
  { width: 800, height: 450 },
  { width: 1024, height: 576 },
  { width: 800, height: 600 },
  { width: 600, height: 600 },
  { width: 360, height: 640 },
];

describe('an embed', () => {
  for (const frame of FRAMES) {
    for (const map of [false, true]) {
      it(`fits a ${frame.width}×${frame.height} frame${map ? ' with the map' : ''}: timeline, card${map ? ', map' : ''} and credit, nothing to scroll`, async () => {
        const event = dataset.events.find((item) => item.id === PGC13)!;
        const watched = await openPage(
          chromium.current,
          `/?embed=1&event=${PGC13}${map ? '&map=1' : ''}`,
          frame,
        );
        const { page } = watched;
        await page.waitForSelector('html[data-timeline-ready]');
        const card = page.locator('.embed-card');
        const title = card.getByRole('heading', { level: 2 });
        await expect.poll(() => title.textContent()).toBe(event.title);
        if (map) await page.locator('.embed-map .map-picture svg').waitFor({ state: 'visible' });

        const scroll = await pageScroll(page);
        expect(scroll.x).toBeLessThanOrEqual(0);
        expect(scroll.y).toBeLessThanOrEqual(0);
        // each part whole inside the frame, and the card's title whole inside the card
        expect(await within(page.locator('[data-timeline]'), frame)).toBe(true);
        expect(await within(page.locator('[data-timeline] canvas'), frame)).toBe(true);
        const cardBox = (await card.boundingBox())!;
        expect(await within(card, frame)).toBe(true);
        expect(await within(title, cardBox)).toBe(true);
        expect(await within(page.getByRole('link', { name: 'Open full chronology' }), frame)).toBe(
          true,
        );
        if (map) {
          const mapBox = page.locator('.embed-map .map-picture');
          expect(await within(mapBox, frame)).toBe(true);
          // a map one can read, not a sliver
          expect((await mapBox.boundingBox())!.height).toBeGreaterThanOrEqual(100);
        }
        // the legend is whole on the timeline, or waits behind its Key button
        const legend = page.getByRole('list', { name: 'How to read the marks' });
        if (await legend.isVisible()) {
          expect(await within(legend, (await page.locator('[data-timeline]').boundingBox())!)).toBe(
            true,
          );
        } else {
          await page.getByRole('button', { name: 'Key' }).waitFor({ state: 'visible' });
        }
        await expectCleanPage(watched);
      });
    }
  }
});
