/**
 * `BASE_PATH=/some/path/ npm run build` makes a site that works served under that path: built
 * here into a folder of its own (dist/ is the other tests'), served by a plain static server that
 * knows nothing of the app, and read as a reader, a crawler and a CMS would.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtDataset, useChromium } from './browser.ts';
import { serveUnder } from './static-server.ts';

const ROOT = join(import.meta.dirname, '../..');
const BASE = '/some/path/';
const HANOI = '2023-12-06-pgc-13-hanoi';
const dataset = builtDataset();
const titleOf = (id: string) => dataset.events.find((event) => event.id === id)!.title;
const chromium = useChromium();

let outDir = '';
let site: { origin: string; close: () => void } | undefined;
const at = (path: string) => `${site!.origin}${BASE}${path}`;

function build(env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    // the build a person runs: not in the test runner's mode (NODE_ENV=test, VITEST=…)
    const outside = Object.entries(process.env).filter(
      ([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST'),
    );
    const child = spawn('npm', ['run', 'build'], {
      cwd: ROOT,
      env: { ...Object.fromEntries(outside), ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`the build failed (${code}):\n${errors}`)),
    );
  });
}

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'chronology-base-path-'));
  // the server first: the build writes its address into the absolute links
  site = await serveUnder(outDir, BASE);
  await build({ BASE_PATH: BASE, OUT_DIR: outDir, SITE_URL: site.origin });
}, 240_000);

afterAll(() => {
  site?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** A page that records what it asked for and what failed. */
async function open(path: string) {
  const context = await chromium.current.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const requests: string[] = [];
  const failures: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    return url.startsWith(site!.origin) || url.startsWith('data:') || url.startsWith('blob:')
      ? route.continue()
      : route.abort();
  });
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
  });
  page.on('pageerror', (error) => failures.push(error.message));
  await page.goto(at(path));
  /** requests on the site's origin outside the base path, which a host there would not serve */
  const outside = () =>
    requests.filter(
      (url) => url.startsWith(site!.origin) && !url.startsWith(`${site!.origin}${BASE}`),
    );
  return { page, failures, outside };
}

const ready = (page: Page) => page.waitForSelector('html[data-timeline-ready]');

describe('a site built for a sub-path', () => {
  it('loads the app and its data from under the path', async () => {
    const { page, failures, outside } = await open('');
    await ready(page);
    await expect
      .poll(() => page.locator('#events [data-event-id]').count())
      .toBe(dataset.events.length);
    expect(failures).toEqual([]);
    expect(outside()).toEqual([]);
    await page.context().close();
  });

  it('opens an event from its share page, whose card is there', async () => {
    const { page, failures, outside } = await open(`event/${HANOI}/`);
    expect(await page.locator('h1').textContent()).toBe(titleOf(HANOI));
    const card = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(card).toBe(at(`event/${HANOI}/card.png`));
    const response = await fetch(card!);
    expect([response.status, response.headers.get('content-type')]).toEqual([200, 'image/png']);
    await page.getByRole('link', { name: 'Open in the interactive timeline' }).click();
    await expect.poll(() => page.url()).toBe(at(`?event=${HANOI}`));
    await expect.poll(() => page.locator('#details-heading').textContent()).toBe(titleOf(HANOI));
    expect(failures).toEqual([]);
    expect(outside()).toEqual([]);
    await page.context().close();
  });

  it('resolves the oEmbed files, and their code points under the path', async () => {
    for (const path of [`event/${HANOI}/`, '']) {
      const html = await (await fetch(at(path))).text();
      const href = /type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1];
      expect(href, path).toBe(at(`${path}oembed.json`));
      const oembed = (await (await fetch(href!)).json()) as Record<string, string>;
      expect(oembed['provider_url']).toBe(at(''));
      const sources = [...oembed['html']!.matchAll(/src="([^"]+)"/g)].map((match) => match[1]!);
      expect(sources.map((src) => src.startsWith(at(''))).every(Boolean), path).toBe(true);
      for (const src of sources)
        expect((await fetch(src.replaceAll('&amp;', '&'))).status).toBe(200);
      expect((await fetch(oembed['thumbnail_url']!)).status).toBe(200);
    }
  });

  it('opens a chronology named by ?data= from under the path', async () => {
    const csv = at('data/events.csv');
    const { page, failures } = await open(`?data=${encodeURIComponent(csv)}`);
    await ready(page);
    // shown as a chronology of the reader's own, not ours in its place
    await expect
      .poll(() => page.locator('.colophon').textContent())
      .toContain('An imported chronology');
    await expect
      .poll(() => page.locator('#events [data-event-id]').count())
      .toBe(dataset.events.length);
    // its link home leads to ours, under the path
    expect(await page.locator('.colophon a').getAttribute('href')).toBe(BASE);
    expect(failures).toEqual([]);
    await page.context().close();
  });

  it('lists every page under the path in its sitemap, and names it in robots.txt', async () => {
    const xml = await (await fetch(at('sitemap.xml'))).text();
    const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
    expect(urls).toEqual([at(''), ...dataset.events.map((event) => at(`event/${event.id}/`))]);
    for (const url of urls.slice(0, 4)) expect((await fetch(url)).status, url).toBe(200);
    expect(await (await fetch(at('robots.txt'))).text()).toContain(`Sitemap: ${at('sitemap.xml')}`);
  });
});
