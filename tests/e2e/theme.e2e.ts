/**
 * Dark mode: the page follows the reader's prefers-color-scheme (inside an iframe, the host's
 * color-scheme for the frame), a link's ?theme= overrides it, and the canvas, the list and the
 * exported pictures use the scheme shown. Axe checks contrast in the dark.
 */
import { readFile } from 'node:fs/promises';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DARK_THEME, DEFAULT_THEME, relativeLuminance } from '../../src/lib/theme.ts';
import { axeViolations } from './axe.ts';
import { BASE_URL, openPage, useChromium } from './browser.ts';
import { expectCleanPage } from './page-checks.ts';
import { readPixels } from './png-pixels.ts';
import { startLiveMap } from './live-map.ts';

const HANOI_ID = '2023-12-06-pgc-13-hanoi';
const chromium = useChromium();

async function openApp(
  path: string,
  colorScheme: 'light' | 'dark',
  viewport = { width: 1280, height: 900 },
) {
  const watched = await openPage(chromium.current, path, viewport, colorScheme);
  await watched.page.locator('html[data-timeline-ready]').waitFor({ state: 'attached' });
  return watched;
}

function hex(rgb: number[]): string {
  return `#${rgb.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
}

/** The page's background, as #rrggbb. */
function pageBackground(target: Page | Frame): Promise<string> {
  return target.evaluate(() => {
    const [r, g, b] = getComputedStyle(document.documentElement)
      .backgroundColor.match(/\d+/g)!
      .map(Number);
    return `#${[r, g, b].map((channel) => channel!.toString(16).padStart(2, '0')).join('')}`;
  });
}

/**
 * The colour of the timeline's lane bands: the commonest opaque colour on the canvas (the other
 * lanes are left clear, and marks are small beside the bands).
 */
async function laneBand(target: Page | Frame): Promise<string> {
  const rgb = await target
    .locator('[data-timeline] canvas')
    .evaluate((canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      const counts = new Map<number, number>();
      for (let at = 0; at < data.length; at += 4) {
        if (data[at + 3] !== 255) continue;
        const key = (data[at]! << 16) | (data[at + 1]! << 8) | data[at + 2]!;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      const [commonest] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
      return [(commonest >> 16) & 255, (commonest >> 8) & 255, commonest & 255];
    });
  return hex(rgb);
}

/** The colour of a PNG's top-left corner (its background), decoded by the page. */
async function cornerOfPng(page: Page, path: string): Promise<string> {
  const corner = (pixels: Uint8ClampedArray, width: number) => {
    const at = (2 * width + 2) * 4;
    return [...pixels.slice(at, at + 3)];
  };
  return hex(await readPixels(page, await readFile(path), corner));
}

/** The share of an element's screenshot that is `colour`, give or take a little. */
async function shareOfColour(page: Page, selector: string, colour: string): Promise<number> {
  const screenshot = await page.locator(selector).screenshot();
  const share = (pixels: Uint8ClampedArray, _width: number, _height: number, wanted: string) => {
    const target = [1, 3, 5].map((at) => Number.parseInt(wanted.slice(at, at + 2), 16));
    let matching = 0;
    for (let at = 0; at < pixels.length; at += 4) {
      if (target.every((channel, index) => Math.abs(pixels[at + index]! - channel) <= 3)) {
        matching++;
      }
    }
    return matching / (pixels.length / 4);
  };
  return readPixels(page, screenshot, share, colour);
}

describe('dark mode', () => {
  it('follows a dark preference: a dark page, dark lanes on the timeline', async () => {
    const watched = await openApp('/', 'dark');
    const { page } = watched;
    expect(await pageBackground(page)).toBe(DARK_THEME.paper);
    await expect.poll(() => laneBand(page)).toBe(DARK_THEME.band);
    expect(relativeLuminance(await laneBand(page))).toBeLessThan(0.05);
    await expectCleanPage(watched);
  });

  it('redraws the timeline when the reader’s scheme changes', async () => {
    const watched = await openApp('/', 'light');
    const { page } = watched;
    await expect.poll(() => laneBand(page)).toBe(DEFAULT_THEME.band);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => laneBand(page)).toBe(DARK_THEME.band);
    expect(await pageBackground(page)).toBe(DARK_THEME.paper);
    await expectCleanPage(watched);
  });

  it('repaints the map’s sea when the reader’s scheme changes', async () => {
    const watched = await openApp('/', 'light');
    const { page } = watched;
    await startLiveMap(page);
    await expect.poll(() => shareOfColour(page, '.map', DEFAULT_THEME.mapSea)).toBeGreaterThan(0.1);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => shareOfColour(page, '.map', DARK_THEME.mapSea)).toBeGreaterThan(0.1);
    expect(await shareOfColour(page, '.map', DEFAULT_THEME.mapSea)).toBe(0);
    await expectCleanPage(watched);
  });

  it('shows light for ?theme=light on a dark system', async () => {
    const watched = await openApp('/?theme=light', 'dark');
    const { page } = watched;
    expect(await pageBackground(page)).toBe(DEFAULT_THEME.paper);
    await expect.poll(() => laneBand(page)).toBe(DEFAULT_THEME.band);
    await expectCleanPage(watched);
  });

  it('shows dark for ?theme=dark on a light system, and keeps it in the address', async () => {
    const watched = await openApp('/?theme=dark', 'light');
    const { page } = watched;
    expect(await pageBackground(page)).toBe(DARK_THEME.paper);
    await expect.poll(() => laneBand(page)).toBe(DARK_THEME.band);
    await page.locator(`[data-event-id="${HANOI_ID}"]`).click();
    await expect.poll(() => new URL(page.url()).search).toBe(`?event=${HANOI_ID}&theme=dark`);
    await page.getByRole('button', { name: 'Embed' }).click();
    expect(await page.getByLabel('Embed code').inputValue()).toContain('theme=dark');
    await expectCleanPage(watched);
  });

  it('carries ?theme= into an embed’s link to the full chronology', async () => {
    const watched = await openApp(`/?embed=1&event=${HANOI_ID}&theme=dark`, 'light');
    const link = watched.page.getByRole('link', { name: 'Open full chronology' });
    expect(await link.getAttribute('href')).toBe(`/?event=${HANOI_ID}&theme=dark`);
    await expectCleanPage(watched);
  });

  it.each(['/', `/?event=${HANOI_ID}`, `/?embed=1&map=1&event=${HANOI_ID}`])(
    'has no axe violations in the dark on %s',
    async (path) => {
      const watched = await openApp(path, 'dark');
      expect(await pageBackground(watched.page)).toBe(DARK_THEME.paper);
      expect(await axeViolations(watched.page)).toEqual([]);
      await expectCleanPage(watched);
    },
  );

  it('exports the timeline picture in the scheme shown', async () => {
    const watched = await openApp('/', 'dark');
    const { page } = watched;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download image', exact: true }).click(),
    ]);
    expect(await cornerOfPng(page, (await download.path())!)).toBe(DARK_THEME.panel);
    await expectCleanPage(watched);
  });

  it('renders an embed dark inside a host page that is dark', async () => {
    // The system is headless Chromium's own, light (no emulated preference: an emulated one would
    // apply to the frame too): only the host page's color-scheme makes the frame dark.
    const watched = await openPage(chromium.current, null, undefined, null);
    const { page } = watched;
    const host = new URL('/test-host/dark.html', BASE_URL).href;
    await page.route(host, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html><head><meta name="color-scheme" content="dark">
          <style>iframe { color-scheme: dark; border: 0 }</style></head>
          <body><iframe src="/?embed=1&event=${HANOI_ID}" width="800" height="450"
          title="Chronology"></iframe></body></html>`,
      }),
    );
    await page.goto(host);
    const frame = page.frameLocator('iframe');
    await frame.locator('html[data-timeline-ready]').waitFor({ state: 'attached' });
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
      false,
    );
    const embedded = page.frames().find((candidate) => candidate.url().includes('embed=1'))!;
    expect(await pageBackground(embedded)).toBe(DARK_THEME.paper);
    await expect.poll(() => laneBand(embedded)).toBe(DARK_THEME.band);
    await expectCleanPage(watched);
  });
});
