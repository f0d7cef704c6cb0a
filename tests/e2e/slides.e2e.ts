/**
 * Where an iframe cannot go: the Download menu's slides (a .pptx read back as the zip it is) and
 * its pictures sized for 16:9 slides (read back as the PNGs they are).
 */
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { messages as km } from '../../src/lib/i18n/messages/km.ts';
import { DARK_THEME, DEFAULT_THEME } from '../../src/lib/theme.ts';
import { axeViolations } from './axe.ts';
import { recordCanvasTexts, canvasTexts, forgetCanvasTexts } from './canvas-texts.ts';
import { BASE_URL, builtDataset, openPage, useChromium } from './browser.ts';
import { expectCleanPage } from './page-checks.ts';
import { readPixels } from './png-pixels.ts';

const dataset = builtDataset();
const chromium = useChromium();
const PGC = dataset.series.findIndex(([key]) => key === 'pgc');
const pgcTitles = dataset.events.filter((event) => event.series === PGC).map((e) => e.title);
const HANOI_ID = '2023-12-06-pgc-13-hanoi';

async function openApp(path: string, colorScheme: 'light' | 'dark' = 'light', width = 1280) {
  const watched = await openPage(chromium.current, path, { width, height: 900 }, colorScheme);
  await watched.page.locator('html[data-timeline-ready]').waitFor({ state: 'attached' });
  return watched;
}

async function openDownloadMenu(page: Page) {
  await page.getByRole('button', { name: 'Download', exact: true }).click();
  await page.locator('#download-menu').waitFor();
}

async function download(page: Page, click: () => Promise<void>): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return file;
}

/** The text of a slide's runs, in order, as a reader sees it. */
function textOf(xml: string): string {
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)]
    .map((match) => match[1]!)
    .join('\n')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

/** The slides of a downloaded .pptx, in their order in the deck. */
async function slidesOf(file: Download) {
  const zip = await JSZip.loadAsync(await readFile((await file.path())!));
  const presentation = await zip.file('ppt/presentation.xml')!.async('string');
  // the deck's order is presentation.xml's list of slide relationships
  const rels = await zip.file('ppt/_rels/presentation.xml.rels')!.async('string');
  const target = new Map(
    [...rels.matchAll(/Id="(rId\d+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]),
  );
  const order = [...presentation.matchAll(/<p:sldId [^>]*r:id="(rId\d+)"/g)].map(
    (m) => `ppt/${target.get(m[1]!)!}`,
  );
  const slides = await Promise.all(order.map((name) => zip.file(name)!.async('string')));
  return { zip, presentation, slides };
}

describe('Download slides (PowerPoint)', () => {
  it('writes a title slide and one slide per event of the filter, in order, each with its title', async () => {
    const watched = await openApp('/?series=pgc');
    const { page } = watched;
    expect(pgcTitles.length).toBeGreaterThan(3);
    await openDownloadMenu(page);
    const file = await download(page, () =>
      page.getByRole('button', { name: 'Download slides (PowerPoint)' }).click(),
    );
    expect(file.suggestedFilename()).toBe(
      'asean-china-cooperation-against-cybercrime-2003-2023-slides.pptx',
    );
    const { zip, presentation, slides } = await slidesOf(file);
    // 16:9
    expect(presentation).toMatch(/<p:sldSz cx="9144000" cy="5143500"/);
    expect(slides).toHaveLength(pgcTitles.length + 1);
    const cover = textOf(slides[0]!);
    expect(cover).toContain('ASEAN–China cooperation against cybercrime, 2003–2023');
    expect(cover).toContain(`${pgcTitles.length} of ${dataset.events.length} events`);
    expect(cover).toContain('Prosecutors-General Conferences');
    // the timeline's picture is on the title slide
    expect(slides[0]).toContain('<p:pic>');
    expect(Object.keys(zip.files).some((name) => /^ppt\/media\/.+\.png$/.test(name))).toBe(true);
    pgcTitles.forEach((title, index) => {
      const text = textOf(slides[index + 1]!);
      expect(text).toContain(title);
      expect(text).toMatch(/\/event\/[^/]+\/$/m);
    });
    await expectCleanPage(watched);
  });

  it('paints the slides in the dark when the page is dark', async () => {
    const watched = await openApp(`/?event=${HANOI_ID}&series=pgc`, 'dark');
    const { page } = watched;
    await openDownloadMenu(page);
    const file = await download(page, () =>
      page.getByRole('button', { name: 'Download slides (PowerPoint)' }).click(),
    );
    const { slides } = await slidesOf(file);
    const background = (paper: string) => `<a:srgbClr val="${paper.slice(1).toUpperCase()}"`;
    expect(slides[1]).toContain(background(DARK_THEME.paper));
    expect(slides[1]).not.toContain(background(DEFAULT_THEME.paper));
    await expectCleanPage(watched);
  });
});

/** The width and height a PNG's header gives, and how much of it is not its background. */
async function readPng(page: Page, file: Download) {
  const png = await readFile((await file.path())!);
  expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  expect(png.toString('ascii', 12, 16)).toBe('IHDR');
  const size = { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
  // every 7th pixel is enough to tell a picture from a blank
  const drawn = await readPixels(page, png, (pixels) => {
    const [r, g, b] = pixels;
    let other = 0;
    let seen = 0;
    for (let i = 0; i < pixels.length; i += 28) {
      seen += 1;
      if (pixels[i] !== r || pixels[i + 1] !== g || pixels[i + 2] !== b) other += 1;
    }
    return other / seen;
  });
  return { ...size, drawn };
}

describe('Download image, sized for slides', () => {
  it.each([
    { size: 'Slide, 1920 × 1080', width: 1920, height: 1080 },
    { size: 'Slide, 3840 × 2160 (4K)', width: 3840, height: 2160 },
  ])('saves a $width × $height PNG with the timeline drawn on it', async ({ size, ...pixels }) => {
    const watched = await openApp(`/?event=${HANOI_ID}`);
    const { page } = watched;
    await openDownloadMenu(page);
    await page.getByRole('radio', { name: size }).check();
    const file = await download(page, () =>
      page.getByRole('button', { name: 'Download image (PNG)' }).click(),
    );
    expect(file.suggestedFilename()).toMatch(
      new RegExp(`^chronology-timeline-.*-${pixels.width}x${pixels.height}\\.png$`),
    );
    const png = await readPng(page, file);
    expect({ width: png.width, height: png.height }).toEqual(pixels);
    expect(png.drawn).toBeGreaterThan(0.05);
    await expectCleanPage(watched);
  });

  it('puts the selected event’s title and date and the credit on the slide picture', async () => {
    const watched = await openPage(chromium.current, null);
    const { page } = watched;
    await recordCanvasTexts(page);
    await page.goto(new URL(`/?event=${HANOI_ID}`, BASE_URL).href);
    await page.locator('html[data-timeline-ready]').waitFor({ state: 'attached' });
    await openDownloadMenu(page);
    await page.getByRole('radio', { name: 'Slide, 1920 × 1080' }).check();
    await forgetCanvasTexts(page);
    await download(page, () => page.getByRole('button', { name: 'Download image (PNG)' }).click());
    const drawn = await canvasTexts(page);
    const hanoi = dataset.events.find((event) => event.id === HANOI_ID)!;
    expect(drawn.join('\n')).toContain(hanoi.title.split(' ').slice(0, 4).join(' '));
    expect(drawn.some((text) => text.startsWith('6 December 2023'))).toBe(true);
    expect(drawn.some((text) => text.startsWith('Data:'))).toBe(true);
    await expectCleanPage(watched);
  });
});

describe('the Download menu', () => {
  it('works from the keyboard, names its choices and closes with Escape', async () => {
    const watched = await openApp('/');
    const { page } = watched;
    const toggle = page.getByRole('button', { name: 'Download', exact: true });
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const view = page.getByRole('radio', { name: 'Twice the view' });
    expect(await view.isChecked()).toBe(true);
    await view.focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: 'Slide, 1920 × 1080' }).isChecked()).toBe(true);
    expect(await page.getByRole('group', { name: 'Image of the timeline' }).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#download-menu').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toMatch(
      /^Download/,
    );
    await expectCleanPage(watched);
  });

  it('stays on a 320 px phone’s screen, with targets of at least 24 × 24 px', async () => {
    const watched = await openApp('/', 'light', 320);
    const { page } = watched;
    await page.setViewportSize({ width: 320, height: 568 });
    // a phone's header keeps sharing and downloading behind one button
    await page.getByRole('button', { name: 'Share and download' }).click();
    await openDownloadMenu(page);
    const panel = (await page.locator('#download-menu').boundingBox())!;
    expect(panel.x).toBeGreaterThanOrEqual(0);
    expect(panel.x + panel.width).toBeLessThanOrEqual(320);
    const targets = page.locator('#download-menu button, #download-menu label');
    for (const box of await targets.evaluateAll((elements) =>
      elements.map((element) => element.getBoundingClientRect().toJSON() as DOMRect),
    )) {
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
      expect(box.right).toBeLessThanOrEqual(320);
    }
    await expectCleanPage(watched);
  });
});

describe('slides and slide pictures in Khmer', () => {
  /** the words before a slide's field, as the Khmer catalog writes them ("ទីកន្លែង៖ ") */
  const field = (label: string) => km.slides.field.replace('{label}', label).trim();

  it('labels every event slide and names the file in Khmer', async () => {
    const watched = await openApp('/?lang=km&series=pgc');
    const { page } = watched;
    await page.getByRole('button', { name: km.share.download, exact: true }).click();
    await page.locator('#download-menu').waitFor();
    const file = await download(page, () =>
      page.getByRole('button', { name: km.share.downloadSlides }).click(),
    );
    const slidesWord = km.exports.fileSlides.replace('{name}', '');
    expect(file.suggestedFilename().endsWith(`${slidesWord}.pptx`)).toBe(true);
    const { slides } = await slidesOf(file);
    expect(slides).toHaveLength(pgcTitles.length + 1);
    for (const slide of slides.slice(1)) {
      const text = textOf(slide);
      expect(text).toContain(field(km.card.place));
      expect(text).toContain(field(km.card.participants));
      expect(text).not.toMatch(/Place:|Participating states:|Sources?:/);
    }
    await expectCleanPage(watched);
  });

  it('writes the credit of a slide-sized picture in Khmer', async () => {
    const watched = await openPage(chromium.current, null);
    const { page } = watched;
    await recordCanvasTexts(page);
    await page.goto(new URL(`/?lang=km&event=${HANOI_ID}`, BASE_URL).href);
    await page.locator('html[data-timeline-ready]').waitFor({ state: 'attached' });
    await page.getByRole('button', { name: km.share.download, exact: true }).click();
    await page.locator('#download-menu').waitFor();
    await page
      .getByRole('radio', { name: km.share.sizeSlide.replace('{pixels}', '1920 × 1080') })
      .check();
    await forgetCanvasTexts(page);
    const file = await download(page, () =>
      page.getByRole('button', { name: km.share.downloadPicture }).click(),
    );
    expect(file.suggestedFilename().startsWith(km.exports.fileTimeline)).toBe(true);
    const drawn = await canvasTexts(page);
    const creditStart = km.exports.creditOurs.split('{site}')[0]!;
    expect(drawn.some((text) => text.startsWith(creditStart))).toBe(true);
    expect(drawn.some((text) => text.startsWith('Data:'))).toBe(false);
    await expectCleanPage(watched);
  });
});
