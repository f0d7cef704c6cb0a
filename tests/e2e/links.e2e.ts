import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, builtDataset, openPage, useChromium } from './browser.ts';
import { downloadCsvLines } from './page-checks.ts';

const dataset = builtDataset();
const SOME_IDS: [string, string, string] = [
  '2004-01-10-asean-china-mou-nts-bangkok',
  '2018-08-14-pgc-11-bandar-seri-begawan',
  '2023-12-06-pgc-13-hanoi',
];
const titleOf = (id: string) => dataset.events.find((event) => event.id === id)!.title;

const chromium = useChromium();

async function ready(page: Page) {
  await page.waitForSelector('html[data-timeline-ready]');
}

describe('links to one event', () => {
  it.each(SOME_IDS)('?event=%s opens that event, in view, with its title first', async (id) => {
    const { page, errors, offOrigin } = await openPage(chromium.current, `/?event=${id}`);
    await ready(page);
    await expect.poll(() => page.locator('#details-heading').textContent()).toBe(titleOf(id));
    expect(await page.title()).toMatch(
      new RegExp(`^${titleOf(id).replace(/[()+.?*[\]]/g, '\\$&')}`),
    );
    const root = page.locator('[data-timeline]');
    const from = Date.parse((await root.getAttribute('data-visible-from'))!);
    const to = Date.parse((await root.getAttribute('data-visible-to'))!);
    const event = dataset.events.find((item) => item.id === id)!;
    expect(Date.parse(event.start)).toBeGreaterThan(from);
    expect(Date.parse(event.start)).toBeLessThan(to);
    expect(to - from).toBeLessThan(5 * 365 * 86_400_000);
    expect(await page.locator(`[data-event-id="${id}"]`).getAttribute('aria-current')).toBe('true');
    expect(offOrigin()).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('on a wide screen, brings the linked event into view in the list, and the page stays put', async () => {
    // the last year's events are far below the first screen of the list
    const id = SOME_IDS[2];
    const { page, errors } = await openPage(chromium.current, `/?event=${id}`);
    await ready(page);
    const row = page.locator(`#events [data-event-id="${id}"]`);
    const rowInPane = () =>
      row.evaluate((element) => {
        const pane = element.closest('.pane')!.getBoundingClientRect();
        const box = element.getBoundingClientRect();
        return box.top >= pane.top && box.bottom <= pane.bottom;
      });
    await expect.poll(rowInPane, { timeout: 5000 }).toBe(true);
    // one scroll box, the pane: the list inside it does not scroll on its own
    const listScrolls = await page
      .locator('#events')
      .evaluate((list) => list.scrollHeight > list.clientHeight + 1);
    expect(listScrolls).toBe(false);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says an unknown event was not found and keeps the list whole', async () => {
    const { page, errors } = await openPage(chromium.current, '/?event=2099-01-01-no-such-event');
    await ready(page);
    await expect.poll(() => page.getByText('Event not found.').isVisible()).toBe(true);
    await expect
      .poll(() => page.locator('#events [data-event-id]').count())
      .toBe(dataset.events.length);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('survives nonsense in the address and shows nothing from it as HTML', async () => {
    const { page, errors } = await openPage(
      chromium.current,
      '/?event=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&from=2020-99&to=banana&q=%3Cb%3Ebold%3C%2Fb%3E&state=%3Cscript%3E',
    );
    await ready(page);
    expect(await page.locator('#events img, #events b').count()).toBe(0);
    expect(await page.getByRole('searchbox', { name: 'Search' }).inputValue()).toBe('<b>bold</b>');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('returns to the first event with Back after selecting two', async () => {
    const { page } = await openPage(chromium.current, '/');
    await ready(page);
    await page.locator(`[data-event-id="${SOME_IDS[0]}"]`).click();
    await expect.poll(() => page.url()).toContain(`event=${SOME_IDS[0]}`);
    await page.locator(`[data-event-id="${SOME_IDS[2]}"]`).click();
    await expect.poll(() => page.url()).toContain(`event=${SOME_IDS[2]}`);
    await page.goBack();
    await expect
      .poll(() => page.locator('#details-heading').textContent())
      .toBe(titleOf(SOME_IDS[0]));
    await page.context().close();
  });

  it('keeps filters and the visible range in the link', async () => {
    const { page } = await openPage(chromium.current, '/?state=VNM&series=pgc&from=2009&to=2012');
    await ready(page);
    const vietnam = dataset.states.findIndex(([code]) => code === 'VNM');
    const pgc = dataset.series.findIndex(([key]) => key === 'pgc');
    const expected = dataset.events.filter(
      (event) => event.series === pgc && event.participants.includes(vietnam),
    );
    await expect.poll(() => page.locator('#events [data-event-id]').count()).toBe(expected.length);
    const root = page.locator('[data-timeline]');
    expect(await root.getAttribute('data-visible-from')).toMatch(/^2009-01-01/);
    expect(await root.getAttribute('data-visible-to')).toMatch(/^2013-01-01/);
    await page.getByRole('searchbox', { name: 'Search' }).fill('hanoi');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('hanoi');
    expect(new URL(page.url()).searchParams.get('state')).toBe('VNM');
    await page.context().close();
  });

  it('copies the link and offers citations for the selected event', async () => {
    const { page } = await openPage(chromium.current, `/?event=${SOME_IDS[2]}`);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(BASE_URL).origin,
    });
    await ready(page);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`${new URL(BASE_URL).origin}/event/${SOME_IDS[2]}/`);
    await page.getByRole('button', { name: 'Cite' }).click();
    expect(await page.getByLabel('BibTeX').inputValue()).toMatch(
      /^@misc\{2023-12-06-pgc-13-hanoi,/,
    );
    expect(await page.getByLabel('APA style').inputValue()).toContain(`/event/${SOME_IDS[2]}/`);
    await page.context().close();
  });
});

describe('the embed', () => {
  let host: Server;
  let hostUrl: string;

  beforeAll(async () => {
    // A page on another origin (another port) that frames the chronology and talks to it.
    host = createServer((_request, response) => {
      response.setHeader('content-type', 'text/html');
      response.end(`<!doctype html><title>Slides</title>
        <iframe id="chronology" title="Chronology" width="900" height="600"
          src="${BASE_URL}?embed=1&event=${SOME_IDS[1]}"></iframe>
        <script>
          window.received = [];
          addEventListener('message', (event) => window.received.push(event.data));
        </script>`);
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    const address = host.address() as { port: number };
    hostUrl = `http://127.0.0.1:${address.port}/`;
  });

  afterAll(() => host?.close());

  it('opens the linked event inside an iframe and answers the host page both ways', async () => {
    const context = await chromium.current.newContext({ viewport: { width: 1000, height: 700 } });
    const page = await context.newPage();
    await page.goto(hostUrl);
    const frame = page.frameLocator('#chronology');
    await expect
      .poll(() => frame.locator('#details-heading').textContent())
      .toBe(titleOf(SOME_IDS[1]));
    expect(await frame.locator('.masthead').count()).toBe(0);
    expect(
      await frame.getByRole('link', { name: 'Open full chronology' }).getAttribute('href'),
    ).toContain(`event=${SOME_IDS[1]}`);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { received: unknown[] }).received))
      .toContainEqual({ type: 'chronology:select', id: SOME_IDS[1] });

    // the host selects another event; messages of any other shape change nothing
    await page.evaluate((id) => {
      const target = (document.getElementById('chronology') as HTMLIFrameElement).contentWindow!;
      target.postMessage({ type: 'chronology:open', id: '2023-12-06-pgc-13-hanoi' }, '*');
      target.postMessage('chronology:select', '*');
      target.postMessage({ type: 'chronology:select', id }, '*');
    }, SOME_IDS[0]);
    await expect
      .poll(() => frame.locator('#details-heading').textContent())
      .toBe(titleOf(SOME_IDS[0]));
    await context.close();
  });

  it('has no WCAG 2.1 A/AA violations in embed mode', async () => {
    const { page } = await openPage(chromium.current, `/?embed=1&event=${SOME_IDS[1]}`);
    await ready(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('presenting and exporting', () => {
  it('steps through the filtered events with PageDown and leaves with Escape', async () => {
    const { page, errors } = await openPage(chromium.current, '/?present=1&series=pgc');
    await ready(page);
    const pgc = dataset.series.findIndex(([key]) => key === 'pgc');
    const slides = dataset.events.filter((event) => event.series === pgc);
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.locator('h2').textContent()).toBe(slides[0]!.title);
    expect(await dialog.textContent()).toContain(`1 of ${slides.length}`);
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await expect.poll(() => dialog.locator('h2').textContent()).toBe(slides[2]!.title);
    await page.keyboard.press('PageUp');
    await expect.poll(() => dialog.locator('h2').textContent()).toBe(slides[1]!.title);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.locator('#details-heading').textContent()).toBe(slides[1]!.title);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('downloads the timeline as a PNG at twice its size', async () => {
    const { page } = await openPage(chromium.current, '/');
    await ready(page);
    const canvas = (await page.locator('[data-timeline] canvas').boundingBox())!;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download image' }).click(),
    ]);
    const png = readFileSync((await download.path())!);
    expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    expect(png.toString('ascii', 12, 16)).toBe('IHDR');
    expect(png.readUInt32BE(16)).toBe(Math.round(canvas.width * 2));
    expect(png.readUInt32BE(20)).toBe(Math.round((canvas.height + 44 + 26) * 2));
    expect(download.suggestedFilename()).toMatch(/^chronology-timeline-.*\.png$/);
    await page.context().close();
  });

  it('downloads the filtered events as CSV with the published columns', async () => {
    const { page } = await openPage(chromium.current, '/?state=RUS');
    await ready(page);
    const lines = await downloadCsvLines(page);
    expect(lines[0]).toBe(
      'id,title,start,end,precision,city,country,lat,lon,participants,series,sources',
    );
    const russia = dataset.states.findIndex(([code]) => code === 'RUS');
    expect(lines).toHaveLength(
      1 + dataset.events.filter((e) => e.participants.includes(russia)).length,
    );
    await page.context().close();
  });
});

describe('share pages', () => {
  const DIST = join(import.meta.dirname, '../../dist');

  it('exist for every event, with Open Graph and Twitter meta, a canonical link and a card', () => {
    for (const event of dataset.events) {
      const html = readFileSync(join(DIST, 'event', event.id, 'index.html'), 'utf8');
      const meta = (key: string) =>
        html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`))?.[1];
      expect(meta('og:title')).toBe(
        event.title.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;'),
      );
      expect(meta('og:description')!.length).toBeGreaterThan(40);
      expect(meta('og:url')).toMatch(new RegExp(`/event/${event.id}/$`));
      expect(meta('og:image')).toMatch(new RegExp(`/event/${event.id}/card\\.png$`));
      expect(meta('twitter:card')).toBe('summary_large_image');
      expect(html).toContain(`<link rel="canonical" href="${meta('og:url')}" />`);
      expect(html).toContain(`href="/?event=${event.id}"`);
      const png = readFileSync(join(DIST, 'event', event.id, 'card.png'));
      expect(png.toString('ascii', 12, 16)).toBe('IHDR');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    }
  });

  it('read with JavaScript off: title, date, place, summary and sources', async () => {
    const context = await chromium.current.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL(`/event/${SOME_IDS[2]}/`, BASE_URL).href);
    expect(await page.locator('h1').textContent()).toBe(titleOf(SOME_IDS[2]));
    const text = await page.locator('main').textContent();
    expect(text).toContain('6 December 2023');
    expect(text).toContain('Hanoi, Viet Nam');
    expect(await page.locator('main ol li a').count()).toBeGreaterThan(2);
    await context.close();
  });

  it('stay put with JavaScript on, and open the event in the timeline from their link', async () => {
    const { page, errors, offOrigin } = await openPage(chromium.current, `/event/${SOME_IDS[0]}/`);
    expect(await page.locator('h1').textContent()).toBe(titleOf(SOME_IDS[0]));
    // no script of the page's own forwards the reader: the page is the event, at once
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
    expect(new URL(page.url()).pathname).toBe(`/event/${SOME_IDS[0]}/`);
    await page.getByRole('link', { name: 'Open in the interactive timeline' }).click();
    await expect.poll(() => page.url()).toContain(`/?event=${SOME_IDS[0]}`);
    await expect
      .poll(() => page.locator('#details-heading').textContent())
      .toBe(titleOf(SOME_IDS[0]));
    expect(offOrigin()).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("lead to the events before and after, in the chronology's order", async () => {
    const { page } = await openPage(chromium.current, `/event/${SOME_IDS[1]}/`);
    const at = dataset.events.findIndex((event) => event.id === SOME_IDS[1]);
    await page.getByRole('link', { name: /^Next/ }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(dataset.events[at + 1]!.title);
    await page.getByRole('link', { name: /^← Previous/ }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(titleOf(SOME_IDS[1]));
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('crawlers', () => {
  it('get a real robots.txt that allows every page and names the sitemap', async () => {
    const response = await fetch(new URL('/robots.txt', BASE_URL));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain\b/);
    const text = await response.text();
    expect(text).toMatch(/^User-agent: \*$/m);
    expect(text).not.toMatch(/^Disallow: \/\s*$/m);
    expect(text).toMatch(/^Sitemap: https?:\/\/[^/\s]+\/sitemap\.xml$/m);
  });

  it('get a sitemap of the app and every share page', async () => {
    const response = await fetch(new URL('/sitemap.xml', BASE_URL));
    expect(response.status).toBe(200);
    const xml = await response.text();
    const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (match) => new URL(match[1]!).pathname,
    );
    expect(paths).toEqual(['/', ...dataset.events.map((event) => `/event/${event.id}/`)]);
  });
});
