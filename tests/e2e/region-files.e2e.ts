/**
 * Files as people in the region have them, and a file that is not lost on Back: legacy encodings
 * read right (and fixed by the reader when the guess is wrong), countries named any way shaded on
 * the map, places across the Pacific framed across it, and an opened file that Back, Forward and
 * a reload show again until the reader forgets it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HEADLINES, legacySheet } from '../unit/legacy-encoding.ts';
import { axeViolations } from './axe.ts';
import { builtDataset, openPage, useChromium } from './browser.ts';
import { expectCleanPage, listedTitles } from './page-checks.ts';
import { startLiveMap } from './live-map.ts';

const chromium = useChromium();
const dataset = builtDataset();
const OUR_TITLE = 'ASEAN–China cooperation against cybercrime and transnational crime';
/** Reading a file starts a worker and loads its code: on a busy machine, more than a second. */
const READ = { timeout: 10_000 };

async function openApp() {
  const watched = await openPage(chromium.current, '');
  await watched.page.locator('[data-event-id]').first().waitFor();
  return watched;
}

async function chooseFile(page: Page, name: string, buffer: Uint8Array | string) {
  await page.getByRole('button', { name: 'Open your own chronology…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open your own chronology' });
  await dialog.waitFor();
  await dialog
    .locator('input[type="file"]')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(buffer) });
}

const heading = (page: Page) => page.locator('header h1').textContent();
const encodingNote = (page: Page) => page.getByRole('form', { name: 'Text encoding' });

describe('a CSV saved by Excel on a Windows in the region', () => {
  it.each([
    ['windows-874', 'Thai (Windows-874)'],
    ['windows-1258', 'Vietnamese (Windows-1258)'],
    ['gb18030', 'Chinese, Simplified (GBK, GB18030)'],
    ['big5', 'Chinese, Traditional (Big5)'],
    ['windows-1252', 'Western European (Windows-1252)'],
  ])(
    'in %s shows its headlines as written, and says which encoding it was read in',
    async (encoding, name) => {
      const watched = await openApp();
      const { page } = watched;
      await chooseFile(page, `${encoding}.csv`, legacySheet(encoding));
      await expect.poll(() => heading(page), READ).toBe('An imported chronology');
      await expect
        .poll(async () => (await listedTitles(page)).sort())
        .toEqual(HEADLINES[encoding]!.map((headline) => headline.normalize('NFC')).sort());
      await expect.poll(() => encodingNote(page).textContent()).toContain(`read as ${name}`);
      await expectCleanPage(watched);
    },
  );

  it('is read again in the encoding the reader picks when the guess was wrong', async () => {
    const watched = await openApp();
    const { page } = watched;
    // one tone mark is too little for the detector to see Vietnamese
    await chooseFile(page, 'hue.csv', legacySheet('windows-1258', ['Huế']));
    await expect.poll(() => heading(page), READ).toBe('An imported chronology');
    expect(await listedTitles(page)).not.toEqual(['Huế']);
    await encodingNote(page).getByRole('combobox', { name: 'Encoding' }).selectOption({
      label: 'Vietnamese (Windows-1258)',
    });
    await encodingNote(page).getByRole('button', { name: 'Read again' }).click();
    await expect.poll(() => listedTitles(page), READ).toEqual(['Huế']);
    expect(await encodingNote(page).textContent()).toContain('as you chose');
    // the choice of encoding and the note on the kept file hold to WCAG 2.1 A/AA
    await page.getByRole('button', { name: 'Forget this file' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await expectCleanPage(watched);
  });
});

describe('countries named by code or name', () => {
  it('shade on the world map whether given as alpha-2, alpha-3 or English names', async () => {
    const watched = await openApp();
    const { page } = watched;
    const csv =
      'id,title,start,city,country,lat,lon,participants\r\n' +
      'paris,Meeting in Paris,2019-05-02,Paris,FR,48.86,2.35,TH;Viet Nam;PHL;United States;de\r\n' +
      'seoul,Meeting in Seoul,2020-06-03,Seoul,Republic of Korea,37.57,126.98,KOR;fr\r\n';
    await chooseFile(page, 'mix.csv', csv);
    await expect.poll(() => listedTitles(page), READ).toHaveLength(2);
    await startLiveMap(page);
    // every state has a shape to shade: each gets its name on the map
    await expect
      .poll(async () => (await page.locator('.map-label-country').allTextContents()).sort())
      .toEqual(
        [
          'France',
          'Germany',
          'Philippines',
          'South Korea',
          'Thailand',
          'United States of America',
          'Vietnam',
        ].sort(),
      );
    await page.locator('[data-event-id="paris"]').click();
    await expect
      .poll(() => page.locator('.map').getAttribute('data-shaded-states'))
      .toBe('DEU,FRA,PHL,THA,USA,VNM');
    await expectCleanPage(watched);
  });
});

describe('places on both sides of the antimeridian', () => {
  it('are framed across the Pacific, not across Africa', async () => {
    const watched = await openApp();
    const { page } = watched;
    const csv =
      'id,title,start,city,lat,lon\r\n' +
      'sf,In San Francisco,2019-05-02,San Francisco,37.77,-122.42\r\n' +
      'syd,In Sydney,2020-06-03,Sydney,-33.87,151.21\r\n';
    await chooseFile(page, 'pacific.csv', csv);
    await startLiveMap(page);
    await expect
      .poll(async () => {
        const [lon] = ((await page.locator('.map').getAttribute('data-centre')) || '0,0')
          .split(',')
          .map(Number);
        // the centre, as a longitude from −180 to 180: mid-Pacific is near ±180, Africa near 20
        return Math.abs(((lon! + 540) % 360) - 180);
      })
      .toBeGreaterThan(150);
    // both cities' names are in view
    const mapBox = (await page.locator('.map').boundingBox())!;
    for (const name of ['San Francisco', 'Sydney']) {
      const box = (await page.locator('.map-label-city', { hasText: name }).boundingBox())!;
      expect(box.x, name).toBeGreaterThanOrEqual(mapBox.x);
      expect(box.x + box.width, name).toBeLessThanOrEqual(mapBox.x + mapBox.width);
    }
    await expectCleanPage(watched);
  });
});

describe('an opened file', () => {
  it('survives a reload, Back and Forward in the same tab, until the reader forgets it', async () => {
    const watched = await openApp();
    const { page } = watched;
    await chooseFile(page, 'mine.csv', legacySheet('windows-874'));
    await expect.poll(() => heading(page), READ).toBe('An imported chronology');
    const note = page.getByRole('note');
    // the page loads afresh each time, and reads the file again in its worker
    const again = { timeout: 15_000 };
    await expect.poll(() => note.textContent(), again).toContain('kept only in this browser');
    const titles = await listedTitles(page);

    await page.reload();
    await expect.poll(() => listedTitles(page), again).toEqual(titles);
    await expect.poll(() => note.textContent()).toContain('This view shows mine.csv');

    await page.goBack();
    await expect.poll(() => heading(page), again).toBe(OUR_TITLE);
    await expect
      .poll(() => page.locator('#events [data-event-id]').count())
      .toBe(dataset.events.length);

    await page.goForward();
    await expect.poll(() => listedTitles(page), again).toEqual(titles);
    await expect.poll(() => note.textContent(), again).toContain('kept only in this browser');

    await note.getByRole('button', { name: 'Forget this file' }).click();
    await expect.poll(() => heading(page), again).toBe(OUR_TITLE);
    // its entry is still in the history, but the file is gone from this browser
    await page.goBack();
    await expect.poll(() => heading(page), again).toBe(OUR_TITLE);
    await expect
      .poll(() => page.locator('#events [data-event-id]').count())
      .toBe(dataset.events.length);
    await expectCleanPage(watched);
  });
});
