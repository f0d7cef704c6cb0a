/**
 * Printing: the browser's own Print command (a `beforeprint`, then print media) and the "Print /
 * save as PDF" button give a handout of the current filter, not the screen's controls.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtDataset, openPage, useChromium, type WatchedPage } from './browser.ts';
import { expectCleanPage } from './page-checks.ts';

const dataset = builtDataset();
const total = dataset.events.length;
const pgcIndex = dataset.series.findIndex(([key]) => key === 'pgc');
const pgcLabel = dataset.series[pgcIndex]![1];
const pgcCount = dataset.events.filter((event) => event.series === pgcIndex).length;

const chromium = useChromium();

/** The page drawn and its handout's code arrived, so that a print from now on gets the handout. */
async function openReady(path: string): Promise<WatchedPage> {
  const watched = await openPage(chromium.current, path);
  await watched.page.locator('html[data-print-ready]').waitFor({ state: 'attached' });
  return watched;
}

/** What the browser does on Ctrl+P: `beforeprint`, then the page laid out for print. */
async function printMedia(page: Page) {
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
}

const listTitles = (page: Page) =>
  page.getByRole('region', { name: 'Events by year' }).locator('.event-title').allTextContents();

function hasTool(name: string): boolean {
  try {
    execFileSync('which', [name], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The pages of a PDF as Chromium writes them: an uncompressed page dictionary each. */
function pdfPages(pdf: Buffer): { width: number; height: number }[] {
  const text = pdf.toString('latin1');
  return [...text.matchAll(/\/Type \/Page\b[^]*?\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map(
    ([, width, height]) => ({ width: Number(width), height: Number(height) }),
  );
}

describe('printing', () => {
  it.each([
    { name: 'the whole chronology', path: '', count: total, words: `All ${total} events` },
    {
      name: 'a filtered link',
      path: '?series=pgc',
      count: pgcCount,
      words: `${pgcCount} of ${total} events: ${pgcLabel}`,
    },
  ])('a print of $name lists every event of the filter, in the list’s order', async (row) => {
    const watched = await openReady(row.path);
    const { page } = watched;
    const onScreen = await listTitles(page);
    expect(onScreen).toHaveLength(row.count);
    await printMedia(page);
    const handout = page.locator('.print-handout');
    await expect.poll(() => handout.isVisible()).toBe(true);
    await expect
      .poll(() => handout.getByRole('heading', { level: 1 }).textContent())
      .toContain('ASEAN–China cooperation against cybercrime');
    expect(await handout.locator('.filter-words').textContent()).toBe(row.words);
    expect(await handout.getByRole('heading', { level: 3 }).allTextContents()).toEqual(onScreen);
    // each event with its states and its sources' links written out, to be read on paper
    const printed = await handout
      .locator('section.event')
      .evaluateAll((sections) =>
        Object.fromEntries(
          sections.map((section) => [
            section.getAttribute('aria-labelledby')!.replace('handout-', ''),
            section.textContent!,
          ]),
        ),
      );
    for (const event of dataset.events.filter(
      (item) => row.path === '' || item.series === pgcIndex,
    )) {
      const text = printed[event.id]!;
      for (const state of event.participants) expect(text).toContain(dataset.states[state]![1]);
      for (const source of event.sources) {
        const { title, url } = dataset.sources[source]!;
        expect(text).toContain(title);
        if (url) expect(text).toContain(url);
      }
    }
    await expectCleanPage(watched);
  });

  it.each([
    { name: 'the page', path: '' },
    { name: 'an embed with the map', path: '?embed=1&map=1&event=2023-12-06-pgc-13-hanoi' },
  ])(
    'shows nothing of the screen in a print of $name: no button, no map frame, no timeline',
    async ({ path }) => {
      const watched = await openReady(path);
      const { page } = watched;
      await page.locator('.map-frame').waitFor();
      await printMedia(page);
      await page.locator('.print-handout').waitFor();
      expect(await page.locator('#app > :visible').count(), 'visible parts of the app').toBe(1);
      expect(await page.locator('button:visible').count(), 'visible buttons').toBe(0);
      expect(await page.locator('canvas:visible').count(), 'visible canvases').toBe(0);
      expect(await page.locator('input:visible, select:visible').count(), 'form fields').toBe(0);
      expect(await page.locator('[class*="map"]:visible').count(), 'map frames').toBe(0);
      await expectCleanPage(watched);
    },
  );

  it('pictures the timeline at paper width, as an image that is there when printing starts', async () => {
    const watched = await openReady('');
    const { page } = watched;
    await page.emulateMedia({ media: 'print' });
    const picture = page.locator('.print-handout figure img');
    // The browser lays out the print as soon as beforeprint's listeners and the microtasks they
    // queued are done (a data: URL image loads in one): the picture must be there by then.
    const sizeAtOnce = await page.evaluate(async () => {
      window.dispatchEvent(new Event('beforeprint'));
      await Promise.resolve();
      const img = document.querySelector<HTMLImageElement>('.print-handout figure img');
      return img ? { width: img.naturalWidth, height: img.naturalHeight } : undefined;
    });
    expect(sizeAtOnce?.width).toBeGreaterThan(1000);
    expect(sizeAtOnce?.height).toBeGreaterThan(100);
    expect(await picture.getAttribute('alt')).toMatch(/^The timeline, 2003/);
    const box = (await picture.boundingBox())!;
    const articleBox = (await page.locator('.print-handout').boundingBox())!;
    expect(box.width).toBeCloseTo(articleBox.width, 0);
    await expectCleanPage(watched);
  });

  it('gives back the screen after printing', async () => {
    const watched = await openReady('');
    const { page } = watched;
    await printMedia(page);
    await page.locator('.print-handout').waitFor();
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.locator('.print-handout').waitFor({ state: 'detached' });
    await expect.poll(() => page.getByRole('button', { name: 'Present' }).isVisible()).toBe(true);
    await expectCleanPage(watched);
  });

  it('prints from the “Print / save as PDF” button with the handout already rendered', async () => {
    const watched = await openReady('?series=pgc');
    const { page } = watched;
    // the print dialog itself cannot open headless: note what it would print
    await page.evaluate(() => {
      window.print = () => {
        window.dispatchEvent(new Event('beforeprint'));
        const titles = document.querySelectorAll('.print-handout h3');
        document.documentElement.dataset.printedEvents = String(titles.length);
      };
    });
    await page.getByRole('button', { name: 'Print / save as PDF' }).click();
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.printedEvents))
      .toBe(String(pgcCount));
    await expectCleanPage(watched);
  });

  it.each([
    // in points; Chromium rounds the paper to whole CSS pixels
    { format: 'A4', width: 595.28, height: 841.89 },
    { format: 'Letter', width: 612, height: 792 },
  ])('saves as a PDF of several numbered $format pages', async ({ format, width, height }) => {
    const watched = await openReady('');
    const pdf = await watched.page.pdf({ format });
    const pages = pdfPages(pdf);
    expect(pages.length).toBeGreaterThan(1);
    expect(pdf.toString('latin1'), 'the timeline picture').toMatch(/\/Subtype \/Image\b/);
    for (const page of pages) {
      expect(Math.abs(page.width - width)).toBeLessThan(1);
      expect(Math.abs(page.height - height)).toBeLessThan(1);
    }
    if (hasTool('pdftotext')) {
      const file = join(mkdtempSync(join(tmpdir(), 'print-')), 'handout.pdf');
      writeFileSync(file, pdf);
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      const pageTexts = text.split('\f').filter((pageText) => pageText.trim() !== '');
      expect(pageTexts).toHaveLength(pages.length);
      pageTexts.forEach((pageText, index) =>
        expect(pageText).toContain(`${index + 1} / ${pages.length}`),
      );
      expect(pageTexts[0]).toContain(`All ${total} events`);
      expect(text).toContain(dataset.events.at(-1)!.title.slice(0, 30));
      expect(text).not.toContain('Open your own chronology');
    }
    await expectCleanPage(watched);
  });
});
