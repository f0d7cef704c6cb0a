/**
 * Opening a chronology of one's own, as a reader does it: a file chosen in the dialog, a file that
 * cannot be read, a `?data=` link, a hostile file, a 100,000-row file read in the worker.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe.ts';
import { describe, expect, it } from 'vitest';
import { BASE_URL, builtDataset, openPage, useChromium } from './browser.ts';
import { expectCleanPage, listedTitles, openLegend } from './page-checks.ts';
import { ALLOWED_TAGS } from '../unit/allowed-markup.ts';
import { timelineJsSheetWorkload } from './workload.ts';
import { startLiveMap } from './live-map.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/import');
const dataset = builtDataset();
const OUR_TITLE = 'ASEAN–China cooperation against cybercrime and transnational crime';
const ORIGIN = new URL(BASE_URL).origin;

const chromium = useChromium();

async function openApp(path = '') {
  const watched = await openPage(chromium.current, path);
  await watched.page.locator('[data-event-id]').first().waitFor();
  return watched;
}

/** Serves the import fixtures at `/test-data/<name>` on the app's own origin (404 for others). */
async function serveTestData(page: Page) {
  await page.route(
    (url) => url.pathname.startsWith('/test-data/'),
    (route) => {
      const name = new URL(route.request().url()).pathname.slice('/test-data/'.length);
      let body: Buffer;
      try {
        body = readFileSync(join(FIXTURES, name));
      } catch {
        return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' });
      }
      const type = name.endsWith('.json') ? 'application/json' : 'text/csv';
      return route.fulfill({ status: 200, contentType: type, body });
    },
  );
}

async function openWithTestData(search: string) {
  const watched = await openPage(chromium.current, null);
  await serveTestData(watched.page);
  await watched.page.goto(new URL(search, BASE_URL).href);
  return watched;
}

type FileToChoose = string | { name: string; mimeType: string; buffer: Buffer };

/** Opens the dialog and chooses a file in its file input, as a reader does. */
async function chooseFile(page: Page, file: FileToChoose) {
  await page.getByRole('button', { name: 'Open your own chronology…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open your own chronology' });
  await dialog.waitFor();
  await dialog
    .locator('input[type="file"]')
    .setInputFiles(typeof file === 'string' ? join(FIXTURES, file) : file);
}

/** Text as a reader sees it: runs of white space are one space. */
const squeeze = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
const heading = (page: Page) => page.locator('header h1').textContent();
const listedCount = (page: Page) => page.locator('#events [data-event-id]').count();

async function expectOursShown(page: Page) {
  expect(await heading(page)).toBe(OUR_TITLE);
  // the first rows come with the page, the rest a moment later
  await expect.poll(() => listedCount(page)).toBe(dataset.events.length);
}

async function openReport(page: Page) {
  const report = page.locator('details.import-report');
  await report.locator('summary').click();
  await expect.poll(() => report.getAttribute('open')).not.toBeNull();
  return report;
}

/** The share of the map's pixels painted as land (the map's LAND colour, give or take). */
async function landShare(page: Page): Promise<number> {
  const png = await page.locator('.map canvas').screenshot();
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    let land = 0;
    for (let i = 0; i < data.length; i += 4) {
      // LAND is #f4f2ec; the sea (#dce8ee) is bluer and darker
      if (
        Math.abs(data[i]! - 0xf4) + Math.abs(data[i + 1]! - 0xf2) + Math.abs(data[i + 2]! - 0xec) <
        12
      )
        land++;
    }
    return land / (data.length / 4);
  }, png.toString('base64'));
}

interface Format {
  file: string;
  format: string;
  /** the h1: the file's title, or what the page says when it has none */
  title: string;
  /** the events shown, in the list's (time) order */
  events: string[];
  eras: string[];
  /** each problem: where (row or event number) and the column the file names */
  problems: [where: string, column: string][];
  /** how many of the problem rows are left out */
  skipped: number;
  /** one problem's message, to show the report says what is wrong */
  message: string;
  /** the marks the timeline's legend explains: only those its events are drawn with */
  legend: string[];
}

const DAY_MARK = 'date known to the day';
const SPAN_MARK = 'known only to the month or year';
const CLUSTER_MARK = '12 many events: click to zoom in';

const FORMATS: Format[] = [
  {
    file: 'timelinejs.json',
    format: 'TimelineJS JSON',
    title: 'Ancient Mediterranean ports',
    events: [
      'Piraeus fortified',
      'Caesar killed in Rome',
      'Portus built at Ostia',
      'A letter about the eruption',
      'Only a text, no headline.',
      'Far north',
    ],
    eras: ['Archaic period', 'Classical period'],
    problems: [
      ['event 5', 'events.start_date.year'],
      ['event 6', 'events.start_date.month'],
      ['event 7', 'events.end_date.year'],
      ['event 8', 'events.text.headline'],
      ['event 9', 'events.location.lat'],
      ['event 10', 'events.start_date.year'],
    ],
    skipped: 4,
    message: '“13” is not a month (1–12)',
    legend: [DAY_MARK, SPAN_MARK, CLUSTER_MARK],
  },
  {
    file: 'timelinejs-sheet.csv',
    format: 'TimelineJS spreadsheet (CSV)',
    title: 'River crossings',
    events: [
      'Suez Canal opens',
      'Forth Bridge text only',
      'Sydney Harbour Bridge opens',
      'Golden Gate Bridge opens',
    ],
    eras: ['Early modern bridges'],
    problems: [
      ['row 7', 'Day'],
      ['row 8', 'End Year'],
      ['row 9', 'Headline'],
      ['row 9', 'Longitude'],
      ['row 10', 'Year'],
      ['row 11', 'Time'],
    ],
    skipped: 4,
    message: '“25:00” is not a time of day',
    // every date to the day; nothing uncertain or held online, as in any TimelineJS file
    legend: [DAY_MARK, CLUSTER_MARK],
  },
  {
    file: 'chronology.csv',
    format: 'this chronology’s CSV',
    title: 'An imported chronology',
    events: ['An old treaty', 'First meeting', 'Bad country', 'No id', 'Online call'],
    eras: [],
    problems: [
      ['row 5', 'start'],
      ['row 6', 'country'],
    ],
    skipped: 1,
    message: '“Atlantis” is not a country code',
    // its online call is known to the month only, so drawn as a span, not as an online mark
    legend: [DAY_MARK, SPAN_MARK, CLUSTER_MARK],
  },
];

describe('opening a chronology file from the dialog', () => {
  it.each(FORMATS)(
    '$file: shows its title, events, eras and a downloadable problem report',
    async (expected) => {
      const watched = await openApp();
      const { page } = watched;
      await chooseFile(page, expected.file);

      await expect.poll(() => heading(page)).toBe(expected.title);
      // the first rows come with the page, the rest a moment later
      await expect.poll(() => listedTitles(page)).toEqual(expected.events);
      expect(squeeze(await page.locator('.toolbar [role="status"]').textContent())).toBe(
        `All ${expected.events.length} events`,
      );
      expect(await page.getByRole('note').textContent()).toContain(
        `This view shows ${expected.file}, opened from your computer`,
      );
      // a file from the computer has no address: the link carries nothing that would open another
      expect(new URL(page.url()).search).toBe('');

      const eraButtons = page.getByRole('list', { name: 'Eras' }).getByRole('button');
      const eraLabels = await eraButtons.evaluateAll((buttons) =>
        buttons.map((button) => button.firstChild!.textContent!.trim()),
      );
      expect(eraLabels).toEqual(expected.eras);
      if (expected.eras.length > 0) {
        // an era button brings its span into view on the timeline
        const timeline = page.locator('[data-timeline]');
        const span = async () =>
          (Date.parse((await timeline.getAttribute('data-visible-to'))!) -
            Date.parse((await timeline.getAttribute('data-visible-from'))!)) /
          (365.25 * 86_400_000);
        const before = await span();
        await eraButtons.first().click();
        await expect.poll(span).toBeLessThan(before * 0.8);
      }

      const legend = await openLegend(page);
      expect((await legend.getByRole('listitem').allTextContents()).map(squeeze)).toEqual(
        expected.legend,
      );

      const report = page.locator('details.import-report');
      expect(squeeze(await report.locator('summary').textContent())).toBe(
        `${expected.problems.length} problems in ${expected.file} (${expected.format}), ` +
          'read as Unicode (UTF-8): ' +
          `${expected.skipped} ${expected.skipped === 1 ? 'row' : 'rows'} not shown; ` +
          `${expected.events.length} events shown.`,
      );
      await openReport(page);
      const rows = await report
        .locator('tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())),
        );
      expect(rows.map(([where, column]) => [where, column])).toEqual(expected.problems);
      expect(rows.some(([, , message]) => message!.includes(expected.message))).toBe(true);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        report.getByRole('button', { name: 'Download the report (CSV)' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(
        `${expected.file.replace(/\.[a-z]+$/, '')}-problems.csv`,
      );
      const csv = readFileSync((await download.path())!, 'utf8');
      // a byte-order mark first, so that Excel reads it as UTF-8
      expect(csv.startsWith('\uFEFF')).toBe(true);
      const lines = csv.slice(1).trimEnd().split('\r\n');
      expect(lines[0]).toBe('row,record,column,problem,outcome');
      expect(lines).toHaveLength(expected.problems.length + 1);
      expected.problems.forEach(([where, column], index) => {
        expect(lines[index + 1]).toMatch(new RegExp(`^\\d+,${where},${column},`));
      });

      // the events themselves open
      await page.locator('#events [data-event-id]').first().click();
      await expect
        .poll(() => page.locator('#details-heading').textContent())
        .toBe(expected.events[0]);
      await expectCleanPage(watched);
    },
  );
});

describe('Back after opening a file', () => {
  it('returns to our chronology as it was, on the event that was open', async () => {
    const watched = await openApp();
    const { page } = watched;
    const ours = dataset.events[3]!;
    await page.locator(`[data-event-id="${ours.id}"]`).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(ours.id);

    await chooseFile(page, 'timelinejs.json');
    await expect.poll(() => heading(page)).toBe('Ancient Mediterranean ports');
    await page.locator('[data-event-id="ides"]').click();
    await expect
      .poll(() => page.locator('#details-heading').textContent())
      .toBe('Caesar killed in Rome');

    await page.goBack();
    await expect.poll(() => heading(page)).toBe(OUR_TITLE);
    await expect.poll(() => page.locator('#details-heading').textContent()).toBe(ours.title);
    await expect.poll(() => listedCount(page)).toBe(dataset.events.length);
    // nothing says an event is missing, as it would if ours were looked for in the file
    expect(await page.getByRole('alert').count()).toBe(0);
    await expectCleanPage(watched);
  });
});

describe('presenting an imported chronology', () => {
  it.each([
    { how: 'from a file', open: 'file' },
    { how: 'by its address', open: 'url' },
  ])('$how points to no page this site does not have', async ({ open }) => {
    const watched =
      open === 'file'
        ? await openApp()
        : await openWithTestData('/?data=/test-data/timelinejs.json');
    const { page } = watched;
    if (open === 'file') await chooseFile(page, 'timelinejs.json');
    await expect.poll(() => heading(page)).toBe('Ancient Mediterranean ports');
    await page.getByRole('button', { name: 'Present' }).click();
    const presentation = page.locator('dialog.presentation');
    await expect.poll(() => presentation.locator('h2').textContent()).toBe('Piraeus fortified');
    // the summary as plain text, words and punctuation as the formatting showed them
    expect(await presentation.locator('.presentation-summary').textContent()).toBe(
      'Themistocles begins the walls.',
    );
    const text = squeeze(await presentation.textContent());
    // share pages (/event/<id>/) exist for the ASEAN–China events only
    expect(text).not.toContain('/event/');
    expect(text).not.toContain('0 sources');
    await expectCleanPage(watched);
  });
});

describe('a file that cannot be read', () => {
  it.each([
    ['empty.json', 'The file is empty.'],
    ['workbook.xlsx', 'an Excel (.xlsx) or OpenDocument workbook, not a chronology'],
    ['truncated.json', 'The JSON file ends before it is complete: it looks cut short.'],
    ['not-a-chronology.csv', 'This is not a chronology this app can read.'],
    ['truncated.csv', 'The file ends inside a quoted cell that starts in row 2'],
    ['all-bad.csv', 'None of the rows could be shown'],
  ])('%s: one alert says why, and the ASEAN–China chronology stays', async (file, message) => {
    const watched = await openApp();
    const { page } = watched;
    await chooseFile(page, file);
    const alert = page.getByRole('alert');
    await alert.first().waitFor();
    expect(await alert.count()).toBe(1);
    const text = await alert.textContent();
    expect(text).toContain('The chronology could not be opened.');
    expect(text).toContain(message);
    expect(text).toContain('The chronology shown before is still here.');
    expect(await page.locator('.import-progress').count()).toBe(0);
    await expectOursShown(page);
    // Dismiss takes the message away, and the chronology is still there
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => alert.count()).toBe(0);
    await expectOursShown(page);
    await expectCleanPage(watched);
  });
});

describe('?data= opens a chronology by its address', () => {
  it('shows it, keeps ?data= in the address and in copied links, and maps its places', async () => {
    const watched = await openWithTestData('/?data=/test-data/timelinejs.json');
    const { page } = watched;
    await page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
    await expect.poll(() => heading(page)).toBe('Ancient Mediterranean ports');
    await expect.poll(() => listedTitles(page)).toEqual(FORMATS[0]!.events);
    expect(await page.getByRole('note').textContent()).toContain(
      `loaded from ${new URL(BASE_URL).host}`,
    );
    const dataOf = (url: string) => new URL(url).searchParams.get('data');
    expect(dataOf(page.url())).toBe('/test-data/timelinejs.json');

    await page.locator('[data-event-id="ides"]').click();
    await expect
      .poll(() => page.locator('#details-heading').textContent())
      .toBe('Caesar killed in Rome');
    await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe('ides');
    expect(dataOf(page.url())).toBe('/test-data/timelinejs.json');

    await page.locator('#event-details').getByRole('button', { name: 'Copy link' }).click();
    await expect
      .poll(() => page.locator('#event-details .copied').textContent())
      .toBe('Link copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(dataOf(copied)).toBe('/test-data/timelinejs.json');
    expect(new URL(copied).searchParams.get('event')).toBe('ides');

    // the map looks at the imported places, not ours
    await startLiveMap(page);
    await expect
      .poll(() =>
        page
          .locator('.map-label-city')
          .allTextContents()
          .then((names) => names.sort()),
      )
      .toEqual(['Ostia', 'Piraeus', 'Rome']);
    const centre = async () =>
      ((await page.locator('.map').getAttribute('data-centre')) || '0,0').split(',').map(Number);
    // the Mediterranean (where Rome, the selected event's city, is), not Southeast Asia
    await expect.poll(async () => (await centre())[0], { timeout: 15_000 }).toBeGreaterThan(5);
    const [lon, lat] = await centre();
    expect(lon).toBeLessThan(30);
    expect(lat).toBeGreaterThan(30);
    expect(lat).toBeLessThan(50);
    // with the world's shapes, not only our region's: Italy and Greece are land, not empty sea
    await expect.poll(() => landShare(page), { timeout: 15_000 }).toBeGreaterThan(0.1);

    // the copied link, opened afresh, shows the same chronology and event
    const again = await openWithTestData(new URL(copied).pathname + new URL(copied).search);
    await expect.poll(() => heading(again.page)).toBe('Ancient Mediterranean ports');
    await expect
      .poll(() => again.page.locator('#details-heading').textContent())
      .toBe('Caesar killed in Rome');
    await expectCleanPage(again);
    await expectCleanPage(watched);
  });

  it('maps places on both sides of the date line (San Francisco and Sydney)', async () => {
    const watched = await openWithTestData('/?data=/test-data/timelinejs-sheet.csv');
    const { page } = watched;
    await expect.poll(() => heading(page)).toBe('River crossings');
    await startLiveMap(page);
    expect((await page.locator('.map-label-city').allTextContents()).sort()).toEqual([
      'San Francisco',
      'Sydney',
    ]);
    // each name whole inside the map: Sydney, near its right edge, is written before its circle
    const mapBox = (await page.locator('.map').boundingBox())!;
    for (const name of await page.locator('.map-label-city').all()) {
      const box = (await name.boundingBox())!;
      expect(box.x, (await name.textContent())!).toBeGreaterThanOrEqual(mapBox.x);
      expect(box.x + box.width, (await name.textContent())!).toBeLessThanOrEqual(
        mapBox.x + mapBox.width,
      );
    }
    await page.locator('[data-event-id="row-5"]').click();
    const map = page.locator('.map');
    const centre = async () =>
      ((await map.getAttribute('data-centre')) || '0,0').split(',').map(Number);
    // selecting the Sydney Harbour Bridge flies there
    await expect
      .poll(async () => Math.hypot((await centre())[0]! - 151.21, (await centre())[1]! + 33.85), {
        timeout: 15_000,
      })
      .toBeLessThan(0.01);
    await expectCleanPage(watched);
  });

  it('names only the opened chronology’s places on a map that showed another', async () => {
    const watched = await openApp();
    const { page } = watched;
    await startLiveMap(page);
    const names = (kind: 'city' | 'country') =>
      page
        .locator(`.map-label-${kind}`)
        .allTextContents()
        .then((found) => found.sort());
    expect(await names('city')).toContain('Bangkok');
    expect(await names('country')).toContain('Thailand');

    await chooseFile(page, 'timelinejs.json');
    await expect.poll(() => heading(page)).toBe('Ancient Mediterranean ports');
    // no name of ours stays behind, hidden off screen but still a button in the tab order
    await expect.poll(() => names('city')).toEqual(['Ostia', 'Piraeus', 'Rome']);
    expect(await names('country')).toEqual([]);

    // another file's places have the same keys (p1, p2…) but are other cities
    await chooseFile(page, 'timelinejs-sheet.csv');
    await expect.poll(() => heading(page)).toBe('River crossings');
    await expect.poll(() => names('city')).toEqual(['San Francisco', 'Sydney']);
    await expectCleanPage(watched);
  });

  it('draws the world’s shapes for a file opened while the map is still loading', async () => {
    const watched = await openApp();
    const { page } = watched;
    // no wait for the map: it starts with our region and must change its shapes once it loads
    await chooseFile(page, 'timelinejs.json');
    await expect.poll(() => heading(page)).toBe('Ancient Mediterranean ports');
    await startLiveMap(page);
    await page.locator('.map-label-city', { hasText: 'Rome' }).waitFor();
    await expect.poll(() => landShare(page), { timeout: 15_000 }).toBeGreaterThan(0.1);
    await expectCleanPage(watched);
  });

  it('keeps where the reader moved the map when a filter changes what it counts', async () => {
    const watched = await openApp();
    const { page } = watched;
    await startLiveMap(page);
    await chooseFile(page, 'timelinejs.json');
    const rome = page.locator('.map-label-city', { hasText: 'Rome' });
    await rome.waitFor();
    // the notice about the opened file comes above the page a moment after its chronology, moving
    // the map down: where to drag is read once it is there
    await page.locator('.file-notice').waitFor();
    const map = page.locator('.map');
    const fitted = await map.getAttribute('data-centre');
    // drag the map a good way to the left (with the import's notices above, it may be below the fold),
    // from a point of the map itself, not one of the city names over it
    await map.scrollIntoViewIfNeeded();
    const box = (await map.boundingBox())!;
    const start = await page.evaluate(({ x, y, width, height }) => {
      for (const fy of [0.6, 0.5, 0.7, 0.4, 0.8])
        for (const fx of [0.7, 0.8, 0.6, 0.9]) {
          const at = { x: x + width * fx, y: y + height * fy };
          if (document.elementFromPoint(at.x, at.y)?.matches('canvas')) return at;
        }
      return { x: x + width * 0.7, y: y + height * 0.6 };
    }, box);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let step = 1; step <= 10; step++) {
      await page.mouse.move(start.x - box.width * step * 0.03, start.y);
    }
    await page.mouse.up();
    await expect.poll(() => map.getAttribute('data-centre')).not.toBe(fitted);
    const moved = await map.getAttribute('data-centre');

    // Harbours only: Rome hosted none of them, and the map says so where the reader left it
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await page.getByRole('checkbox', { name: /Harbours/ }).check();
    await expect.poll(() => rome.getAttribute('aria-label')).toMatch(/^Rome: 0 events in view/);
    expect(await map.getAttribute('data-centre')).toBe(moved);
    await expectCleanPage(watched);
  });

  it('says why an address that answers 404 cannot be opened, and shows ours', async () => {
    const watched = await openWithTestData('/?data=/test-data/no-such-file.json');
    const { page } = watched;
    const alert = page.getByRole('alert');
    await alert.first().waitFor();
    expect(await alert.count()).toBe(1);
    const said = squeeze(await alert.textContent());
    expect(said).toContain('could not be downloaded (HTTP 404)');
    // it names what it tried to open, and says what is shown instead
    expect(said).toContain('/test-data/no-such-file.json');
    await page.locator('[data-event-id]').first().waitFor();
    await expectOursShown(page);
    expect(squeeze(await alert.textContent())).toContain(
      'The ASEAN–China chronology is shown instead.',
    );
    expect(watched.offOrigin()).toEqual([]);
    // the browser logs the failed download itself; nothing else may go wrong
    expect(watched.errors.filter((error) => !/status of 404/.test(error))).toEqual([]);
    await page.context().close();
  });

  it('gives way to a file the reader opens while it is still downloading', async () => {
    const watched = await openPage(chromium.current, null);
    const { page } = watched;
    // this address never answers while the test runs
    await page.route(
      (url) => url.pathname === '/test-data/slow.json',
      () => {},
    );
    await page.goto(new URL('/?data=/test-data/slow.json', BASE_URL).href);
    await page.locator('.import-progress').waitFor();
    await chooseFile(page, 'timelinejs.json');
    await expect.poll(() => heading(page)).toBe('Ancient Mediterranean ports');
    // giving up the address must not bring in our chronology, which could land over the file's
    expect(watched.requests.filter((url) => url.includes('data/events.json'))).toEqual([]);
    await expect.poll(() => listedCount(page)).toBe(6);
    await expectCleanPage(watched);
  });
});

/** The only elements an imported file's formatting may bring (see rich-text.ts). */
const KEPT_TAGS = [...ALLOWED_TAGS];

/** What a hostile file could have left in the page, read from the live DOM. */
function traces() {
  const own = (url: string) => new URL(url, location.href).origin === location.origin;
  const elements = [...document.querySelectorAll('*')];
  const describe = (element: Element) => element.outerHTML.slice(0, 120);
  const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'poster'];
  return {
    xss: (window as unknown as { __xss?: unknown }).__xss,
    handlers: elements.flatMap((element) =>
      [...element.attributes]
        .filter((attribute) => /^on/i.test(attribute.name))
        .map((attribute) => `${element.tagName} ${attribute.name}`),
    ),
    scriptUrls: elements
      .filter((element) =>
        URL_ATTRIBUTES.some((name) =>
          /^\s*(javascript|vbscript|data:text\/html)/i.test(
            (element.getAttribute(name) ?? '').replace(/[\s\p{Cc}]/gu, ''),
          ),
        ),
      )
      .map(describe),
    embedded: [
      ...document.querySelectorAll('iframe, frame, object, embed, video, audio, base'),
    ].map(describe),
    foreignScripts: [...document.querySelectorAll('script')]
      .filter((script) => !script.src || !own(script.src))
      .map(describe),
    foreignStyles: [...document.querySelectorAll('style, link[rel~="stylesheet"], meta')]
      .filter((element) => /evil|__xss|display\s*:\s*none|refresh/i.test(element.outerHTML))
      .map(describe),
    styledFromData: [...document.querySelectorAll('[style]')]
      .filter((element) => /url\(|position\s*:\s*fixed/i.test(element.getAttribute('style')!))
      .map(describe),
    images: [...document.images].map((image) => image.src),
    forms: [...document.forms].filter((form) => form.hasAttribute('action')).map(describe),
    richTextTags: [
      ...new Set(
        [...document.querySelectorAll('.rich-text *')].map((element) =>
          element.tagName.toLowerCase(),
        ),
      ),
    ].sort(),
    foreignLinks: [...document.querySelectorAll('a[href]')]
      .filter((link) => !own((link as HTMLAnchorElement).href))
      .map((link) => ({
        href: (link as HTMLAnchorElement).href,
        rel: link.getAttribute('rel') ?? '',
        target: link.getAttribute('target') ?? '',
      })),
    bodyShown: getComputedStyle(document.body).display !== 'none',
  };
}

describe('a hostile chronology', () => {
  it.each([
    { file: 'xss.json', how: 'by its address (?data=)' },
    { file: 'xss-sheet.csv', how: 'chosen from the computer' },
  ])(
    '$file, opened $how, runs nothing, loads nothing and keeps only safe markup',
    async ({ file, how }) => {
      const byAddress = how.startsWith('by');
      const watched = await openPage(chromium.current, null);
      const { page } = watched;
      // alert(), confirm() and prompt() are recorded from the first byte of the page on
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await serveTestData(page);
      await page.goto(new URL(byAddress ? `/?data=/test-data/${file}` : '/', BASE_URL).href);
      if (!byAddress) {
        await page.locator('[data-event-id]').first().waitFor();
        await chooseFile(page, {
          // the file's name is shown too
          name: '<img src=x onerror=alert(1)>.csv',
          mimeType: 'text/csv',
          buffer: readFileSync(join(FIXTURES, file)),
        });
      }
      await expect.poll(() => heading(page)).toMatch(/^XSS corpus/);
      await expect.poll(() => listedCount(page)).toBe(25);
      const ids = await page
        .locator('#events [data-event-id]')
        .evaluateAll((buttons) =>
          buttons.map((button) => (button as HTMLElement).dataset.eventId!),
        );
      expect(ids).toHaveLength(25);

      // every event's details, with its own formatting (through the sanitizer)
      for (const [index, id] of ids.entries()) {
        await page.locator(`[data-event-id="${id}"]`).click();
        await expect
          .poll(() => page.locator('#event-details .rich-text').textContent())
          .toContain(`Payload ${index + 1}`);
      }
      if (byAddress) {
        await page.locator('#event-details').getByRole('button', { name: 'Cite' }).click();
        await page.locator('#cite-panel textarea').first().waitFor();
      }
      // the report quotes the bad values, as text
      const report = await openReport(page);
      expect(await report.locator('tbody').textContent()).toContain(
        '“<script>window.__xss=1</script>” is not a web address',
      );
      if (!byAddress) {
        expect(await page.getByRole('note').textContent()).toContain(
          'This view shows <img src=x onerror=alert(1)>.csv, opened from your computer',
        );
      }
      // every event presented, one by one
      await page.getByRole('button', { name: 'Present' }).click();
      const presentation = page.locator('dialog.presentation');
      await presentation.waitFor();
      const next = presentation.getByRole('button', { name: 'Next →' });
      while (await next.isEnabled()) await next.click();
      expect(await presentation.locator('.presentation-meta').textContent()).toContain('25 of 25');
      await presentation.getByRole('button', { name: 'Leave (Esc)' }).click();
      await presentation.waitFor({ state: 'detached' });

      const found = await page.evaluate(traces);
      expect(found.xss, 'window.__xss').toBeUndefined();
      expect(dialogs, 'alert/confirm/prompt dialogs').toEqual([]);
      expect(watched.offOrigin(), 'requests to other hosts').toEqual([]);
      expect(found.handlers, 'on* attributes').toEqual([]);
      expect(found.scriptUrls, 'javascript: and data: addresses').toEqual([]);
      expect(found.embedded, 'frames, objects, media, <base>').toEqual([]);
      expect(found.foreignScripts, 'scripts not served by the app').toEqual([]);
      expect(found.foreignStyles, 'styles, stylesheets and meta from the data').toEqual([]);
      expect(found.styledFromData, 'style attributes from the data').toEqual([]);
      expect(found.images, 'images').toEqual([]);
      expect(found.forms, 'forms that send somewhere').toEqual([]);
      expect(found.bodyShown).toBe(true);
      // the formatting that is kept: paragraphs, emphasis, lists and links, nothing else
      expect(found.richTextTags).toEqual(expect.arrayContaining(['a', 'p']));
      expect(KEPT_TAGS).toEqual(expect.arrayContaining(found.richTextTags));
      // links to other sites survive only as links that open apart from this page
      expect(found.foreignLinks.some((link) => link.href.startsWith('https://evil.example/'))).toBe(
        true,
      );
      for (const link of found.foreignLinks) {
        expect(link.rel.split(' '), link.href).toContain('noopener');
        expect(link.target, link.href).toBe('_blank');
      }
      expect(watched.errors).toEqual([]);
      await page.context().close();
    },
    120_000,
  );

  it('refuses a ?data= address that is not a web address', async () => {
    const watched = await openApp('/?data=javascript:window.__xss%3D1');
    expect(
      await watched.page.evaluate(() => (window as { __xss?: unknown }).__xss),
    ).toBeUndefined();
    await expectOursShown(watched.page);
    await expectCleanPage(watched);
  });
});

const BIG = 100_000;
let bigSheet: Buffer | undefined;
/** 100,000 rows of the TimelineJS sheet template, made once (about 9 MB). */
const bigFile = () => ({
  name: 'hundred-thousand.csv',
  mimeType: 'text/csv',
  buffer: (bigSheet ??= Buffer.from(
    timelineJsSheetWorkload(BIG, 1, 'One hundred thousand events'),
  )),
});

/** Records the import progress bar's value at every frame, from now on. */
function sampleProgress() {
  const samples: number[] = [];
  (window as unknown as { progressSamples: number[] }).progressSamples = samples;
  const sample = () => {
    const bar = document.querySelector<HTMLProgressElement>('.import-progress progress');
    if (bar) samples.push(bar.value);
    if (samples.length < 100_000) requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
}

describe('a 100,000-row file', () => {
  it('is read in the worker with a moving progress bar, while the page answers', async () => {
    const watched = await openApp();
    const { page } = watched;
    await page.evaluate(sampleProgress);
    await chooseFile(page, bigFile());
    const progress = page.getByRole('status').filter({ has: page.locator('progress') });
    await progress.waitFor();
    expect(await progress.textContent()).toContain('Opening hundred-thousand.csv');

    // while the file is read, the chronology still shown answers: a series filter narrows it
    const series = dataset.series.findIndex(([key]) => key === 'pgc');
    const expected = dataset.events.filter((event) => event.series === series).length;
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await page
      .getByRole('group', { name: 'Series of meetings' })
      .getByRole('checkbox', { name: new RegExp(`^${dataset.series[series]![1]}`) })
      .check();
    const meanwhile = await page.waitForFunction(
      () => {
        const status = document.querySelector('.toolbar [role="status"]')?.textContent ?? '';
        if (!/Showing/.test(status)) return false;
        return {
          status: status.replace(/\s+/g, ' ').trim(),
          importing: !!document.querySelector('.import-progress'),
        };
      },
      null,
      { timeout: 30_000 },
    );
    expect(await meanwhile.jsonValue()).toEqual({
      status: `Showing ${expected} of ${dataset.events.length} events`,
      importing: true,
    });

    await expect
      .poll(() => heading(page), { timeout: 120_000 })
      .toBe('One hundred thousand events');
    expect(await page.locator('[data-timeline] canvas').getAttribute('aria-label')).toBe(
      `Timeline of ${BIG.toLocaleString('en')} events`,
    );
    expect(squeeze(await page.locator('#events .in-view').textContent())).toContain(
      'of 100,000 in view on the timeline',
    );
    expect(squeeze(await page.locator('.toolbar [role="status"]').textContent())).toBe(
      'All 100,000 events',
    );
    expect(await page.locator('.import-progress').count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    // the list shows the first page of events, and offers the rest
    await expect.poll(() => listedCount(page)).toBe(200);

    const samples = await page.evaluate(
      () => (window as unknown as { progressSamples: number[] }).progressSamples,
    );
    const rises = samples.filter((value, index) => index > 0 && value > samples[index - 1]!);
    expect(
      rises.length,
      `progress values seen: ${[...new Set(samples)].join(', ')}`,
    ).toBeGreaterThanOrEqual(2);
    await expectCleanPage(watched);
  }, 180_000);

  it('can be cancelled: the bar goes, the reading stops, ours stays', async () => {
    const watched = await openApp();
    const { page } = watched;
    await chooseFile(page, bigFile());
    const progress = page.locator('.import-progress');
    await progress.waitFor();
    const readers = () => page.workers().filter((worker) => worker.url().includes('import.worker'));
    await expect.poll(() => readers().length).toBe(1);
    await progress.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => progress.count()).toBe(0);
    // a worker busy in one long step (decoding the text) stops at its end
    await expect.poll(() => readers().length, { timeout: 15_000 }).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    await expectOursShown(page);
    await expectCleanPage(watched);
  }, 120_000);
});

describe('Cancel', () => {
  it('works even before the reader has loaded, and nothing is read after', async () => {
    const watched = await openApp();
    const { page } = watched;
    // the reader's code is held back until Cancel has been pressed
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/run-import-[^/]*\.js$/, async (route) => {
      await held;
      await route.fallback();
    });
    await chooseFile(page, 'timelinejs.json');
    const progress = page.locator('.import-progress');
    await progress.waitFor();
    await progress.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => progress.count()).toBe(0);

    const loaded = page.waitForResponse(/\/assets\/run-import-[^/]*\.js$/);
    release();
    const reader = (await loaded).url();
    // importing the module again settles after the page's own import of it has gone on
    // (a string: the test runner would rewrite an import() written here)
    await page.evaluate(`import(${JSON.stringify(reader)}).then(() => true)`);
    expect(watched.requests.filter((url) => url.includes('import.worker'))).toEqual([]);
    expect(await progress.count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    await expectOursShown(page);
    await expectCleanPage(watched);
  });
});

describe('accessibility of an imported chronology', () => {
  it('has no WCAG 2.1 A/AA violations with its report open and an event selected', async () => {
    const watched = await openApp();
    const { page } = watched;
    await chooseFile(page, 'timelinejs.json');
    await expect.poll(() => heading(page)).toBe('Ancient Mediterranean ports');
    await page.locator('[data-event-id="piraeus"]').click();
    await page.locator('#event-details .rich-text').waitFor();
    await openReport(page);
    expect(await axeViolations(page)).toEqual([]);
    await expectCleanPage(watched);
  });
});
