/**
 * Whose data a downloaded picture says it shows. The credit line is read where it is drawn: an
 * init script notes every text the page paints on a 2D canvas, the picture's credit among them.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { recordCanvasTexts, canvasTexts, forgetCanvasTexts } from './canvas-texts.ts';
import { BASE_URL, openPage, useChromium, type WatchedPage } from './browser.ts';
import { expectCleanPage } from './page-checks.ts';
import { startLiveMap } from './live-map.ts';

const IMPORT_FIXTURES = join(import.meta.dirname, '../fixtures/import');
/** the title of tests/fixtures/import/timelinejs.json, as the page shows it */
const IMPORTED_TITLE = 'Ancient Mediterranean ports';
const OUR_TITLE = 'ASEAN–China cooperation against cybercrime and transnational crime';
const OUR_CREDIT = 'compiled from public records';

const chromium = useChromium();

/** A page whose canvas texts are recorded (canvas-texts.ts), not yet navigated. */
async function openRecordingPage(): Promise<WatchedPage> {
  const watched = await openPage(chromium.current, null);
  await recordCanvasTexts(watched.page);
  return watched;
}

/** The import fixture timelinejs.json, served on the app's own origin. */
async function serveImportFixture(page: Page) {
  await page.route(
    (url) => url.pathname === '/test-data/timelinejs.json',
    (route) => route.fulfill({ path: join(IMPORT_FIXTURES, 'timelinejs.json') }),
  );
}

type Opening = 'ours' | 'by its address' | 'from a file';

async function openChronology(opening: Opening): Promise<WatchedPage> {
  const watched = await openRecordingPage();
  const { page } = watched;
  await serveImportFixture(page);
  const path = opening === 'by its address' ? '/?data=/test-data/timelinejs.json' : '/';
  await page.goto(new URL(path, BASE_URL).href);
  await page.locator('[data-event-id]').first().waitFor();
  if (opening === 'from a file') {
    await page.getByRole('button', { name: 'Open your own chronology…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open your own chronology' });
    await dialog
      .locator('input[type="file"]')
      .setInputFiles(join(IMPORT_FIXTURES, 'timelinejs.json'));
  }
  const title = opening === 'ours' ? OUR_TITLE : IMPORTED_TITLE;
  await expect.poll(() => page.locator('header h1').textContent()).toBe(title);
  return watched;
}

/** Clicks a download button and returns the credit lines drawn for the picture it saved. */
async function creditsOfDownload(page: Page, button: string): Promise<string[]> {
  await forgetCanvasTexts(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.png$/);
  const drawn = await canvasTexts(page);
  return drawn.filter((text) => text.startsWith('Data:'));
}

describe('the timeline picture', () => {
  it.each<Opening>(['by its address', 'from a file'])(
    'of a chronology opened %s credits that chronology, not our public records',
    async (opening) => {
      const watched = await openChronology(opening);
      const credits = await creditsOfDownload(watched.page, 'Download image');
      expect(credits).toHaveLength(1);
      expect(credits[0]).toContain(IMPORTED_TITLE);
      if (opening === 'from a file') expect(credits[0]).toContain('timelinejs.json');
      expect(credits[0]).not.toContain(OUR_CREDIT);
      await expectCleanPage(watched);
    },
  );

  it('of our chronology credits the public records it is compiled from', async () => {
    const watched = await openChronology('ours');
    const credits = await creditsOfDownload(watched.page, 'Download image');
    expect(credits).toHaveLength(1);
    expect(credits[0]).toContain(OUR_CREDIT);
    expect(credits[0]).toContain(new URL(BASE_URL).host);
    await expectCleanPage(watched);
  });
});

describe('the map picture', () => {
  async function openWithMap(opening: Opening) {
    const watched = await openChronology(opening);
    await startLiveMap(watched.page);
    return watched;
  }

  it('of an imported chronology credits that chronology, and the country shapes', async () => {
    const watched = await openWithMap('by its address');
    const credits = await creditsOfDownload(watched.page, 'Download map image');
    expect(credits).toHaveLength(1);
    expect(credits[0]).toContain(IMPORTED_TITLE);
    expect(credits[0]).toContain('Natural Earth');
    expect(credits[0]).not.toContain(OUR_CREDIT);
    await expectCleanPage(watched);
  });

  it('of our chronology credits this site and the country shapes', async () => {
    const watched = await openWithMap('ours');
    const credits = await creditsOfDownload(watched.page, 'Download map image');
    expect(credits).toHaveLength(1);
    expect(credits[0]).toContain(`Data: ${new URL(BASE_URL).host}/`);
    expect(credits[0]).toContain('Natural Earth');
    await expectCleanPage(watched);
  });
});
