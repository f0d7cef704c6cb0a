import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe.ts';
import { describe, expect, it } from 'vitest';
import { BASE_URL, builtDataset, launchChromium, openPage, useChromium } from './browser.ts';
import { startLiveMap } from './live-map.ts';

const DIST = join(import.meta.dirname, '../../dist');
const dataset = builtDataset();
const HANOI_ID = '2023-12-06-pgc-13-hanoi';

const chromium = useChromium();
const hanoi = dataset.places.find(([key]) => key === 'hanoi')!;

/** How far, in degrees, the centre the map shows is from Hanoi. */
async function distanceFromHanoi(page: Page) {
  const centre = (await page.locator('.map').getAttribute('data-centre')) || '0,0';
  const [lon, lat] = centre.split(',').map(Number);
  return Math.hypot(lon! - hanoi[4], lat! - hanoi[3]);
}

async function openWithMap(path = '') {
  const watched = await openPage(chromium.current, path);
  await startLiveMap(watched.page);
  return watched;
}

describe('the map', () => {
  it('loads MapLibre only as a lazy chunk, keeping the initial script small', () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    // what the browser loads before the first paint: the entry scripts and the chunks they import
    // statically (index.html preloads those)
    const initial = [
      ...html.matchAll(/<script[^>]+src="\/([^"]+\.js)"/g),
      ...html.matchAll(/<link rel="modulepreload"[^>]+href="\/([^"]+\.js)"/g),
    ].map((match) => match[1]!);
    expect(initial.length).toBeGreaterThan(0);
    let gzipped = 0;
    for (const script of initial) {
      const code = readFileSync(join(DIST, script));
      expect(code.includes('maplibre')).toBe(false);
      gzipped += gzipSync(code).length;
    }
    // the issues' budget: 60 KiB gzip for everything the first paint needs (52.4 KiB now)
    expect(gzipped).toBeLessThanOrEqual(60 * 1024);
  });

  it('appears, becomes ready and asks no other host for anything', async () => {
    const watched = await openWithMap();
    const { page } = watched;
    expect(await page.getByRole('region', { name: /Map of host cities/ }).isVisible()).toBe(true);
    expect(await page.locator('.map-label-city').count()).toBeGreaterThan(5);
    expect(await page.getByText('Natural Earth').isVisible()).toBe(true);
    expect(watched.offOrigin()).toEqual([]);
    expect(watched.errors).toEqual([]);
    await page.context().close();
  });

  it('shows no two city names over each other: a quieter one gives way and is not seen', async () => {
    const watched = await openWithMap();
    const { page } = watched;
    const labels = await page.locator('.map-label-city').evaluateAll((elements) =>
      elements.map((element) => {
        const box = element.getBoundingClientRect();
        return {
          name: element.textContent,
          collided: element.classList.contains('collided'),
          opacity: Number(getComputedStyle(element).opacity),
          box: { left: box.left, right: box.right, top: box.top, bottom: box.bottom },
        };
      }),
    );
    // at the first view, South-East Asia's capitals crowd each other
    const gaveWay = labels.filter((label) => label.collided);
    expect(gaveWay.length).toBeGreaterThan(0);
    for (const label of gaveWay) expect(label.opacity, label.name!).toBe(0);
    const seen = labels.filter((label) => label.opacity > 0);
    for (const [i, a] of seen.entries()) {
      for (const b of seen.slice(i + 1)) {
        const apart =
          a.box.right <= b.box.left ||
          b.box.right <= a.box.left ||
          a.box.bottom <= b.box.top ||
          b.box.bottom <= a.box.top;
        expect(apart, `${a.name} and ${b.name} overlap`).toBe(true);
      }
    }
    await page.context().close();
  });

  it('gives every city name a reader sees a target of at least 24 × 24 px, for a finger', async () => {
    const { page } = await openWithMap();
    await page.waitForSelector('.map-label-city:not(.unmeasured):not(.collided)');
    const sizes = await page.locator('.map-label-city:not(.collided)').evaluateAll((elements) =>
      elements.map((element) => ({
        name: element.textContent,
        width: element.getBoundingClientRect().width,
        height: element.getBoundingClientRect().height,
      })),
    );
    expect(sizes.length).toBeGreaterThan(3);
    for (const { name, width, height } of sizes) {
      expect(Math.min(width, height), name!).toBeGreaterThanOrEqual(24);
    }
    await page.context().close();
  });

  it('moves to Hanoi and shades the participants when the 13th conference is selected', async () => {
    const watched = await openWithMap();
    const { page } = watched;
    await page.locator(`[data-event-id="${HANOI_ID}"]`).click();
    const map = page.locator('.map');
    await expect.poll(() => distanceFromHanoi(page), { timeout: 15_000 }).toBeLessThan(0.01);
    const event = dataset.events.find((item) => item.id === HANOI_ID)!;
    const codes = event.participants.map((index) => dataset.states[index]![0]).sort();
    expect(codes).toContain('PHL');
    expect((await map.getAttribute('data-shaded-states'))!.split(',')).toEqual(codes);
    expect(watched.errors).toEqual([]);
    await page.context().close();
  });

  it('still ends on Hanoi when the window is resized during the flight', async () => {
    const watched = await openWithMap();
    const { page } = watched;
    await page.locator(`[data-event-id="${HANOI_ID}"]`).click();
    // the map narrows as it sets out: the flight must land in the middle of the new size
    await page.setViewportSize({ width: 1100, height: 900 });
    await expect.poll(() => distanceFromHanoi(page), { timeout: 15_000 }).toBeLessThan(0.01);
    expect(watched.errors).toEqual([]);
    await page.context().close();
  });

  it('filters the list to the events of a city clicked on the map, and clears it', async () => {
    const watched = await openWithMap();
    const { page } = watched;
    const bangkok = dataset.places.findIndex(([key]) => key === 'bangkok');
    const expected = dataset.events.filter((event) => event.place === bangkok).map((e) => e.id);
    expect(expected.length).toBeGreaterThan(1);
    await page.getByRole('button', { name: /^Bangkok: \d+ events? in view/ }).click();
    await expect
      .poll(() =>
        page
          .locator('#events [data-event-id]')
          .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.eventId)),
      )
      .toEqual(expected);
    await expect.poll(() => page.locator('.map-filter').textContent()).toContain('held in Bangkok');
    await page.locator('.map-filter').getByRole('button', { name: 'Clear filter' }).click();
    await expect
      .poll(() => page.locator('#events [data-event-id]').count())
      .toBe(dataset.events.length);
    await page.context().close();
  });

  it('says so for a selected online event instead of flying anywhere', async () => {
    const watched = await openWithMap();
    const { page } = watched;
    const online = dataset.events.find((event) => event.online)!;
    await page.locator(`[data-event-id="${online.id}"]`).click();
    await expect.poll(() => page.locator('.map-status').textContent()).toContain('held online');
    await page.context().close();
  });

  it('downloads the map view as a PNG at twice its size', async () => {
    const watched = await openWithMap();
    const { page } = watched;
    // MapLibre draws the map in whole CSS pixels, the region's own size rounded; the image is that
    // picture at twice the size, with the title (44 px) above and the credit (26 px) below.
    const region = (await page.locator('.map').boundingBox())!;
    const picture = (await page.locator('.map .maplibregl-canvas').boundingBox())!;
    expect(Math.abs(picture.width - region.width)).toBeLessThan(1);
    expect(Math.abs(picture.height - region.height)).toBeLessThan(1);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download map image' }).click(),
    ]);
    const png = readFileSync((await download.path())!);
    expect(png.toString('ascii', 12, 16)).toBe('IHDR');
    expect(png.readUInt32BE(16)).toBe(picture.width * 2);
    expect(png.readUInt32BE(20)).toBe((picture.height + 44 + 26) * 2);
    await page.context().close();
  });

  it('has no WCAG 2.1 A/AA violations with the map shown', async () => {
    const watched = await openWithMap();
    expect(await axeViolations(watched.page)).toEqual([]);
    await watched.page.context().close();
  });
});

describe('the map’s picture, before MapLibre', () => {
  /** a city name's vertical centre: where its city is, whichever side the name hangs on */
  const middleOf = async (page: Page, city: RegExp) => {
    const box = (await page.getByRole('button', { name: city }).boundingBox())!;
    return box.y + box.height / 2;
  };
  const loadsMapLibre = (requests: string[]) => requests.some((url) => /MapView/.test(url));

  it('is the map at once, follows the timeline, and gives way to MapLibre on the same view', async () => {
    const watched = await openPage(chromium.current, '');
    const { page } = watched;
    await page.waitForSelector('html[data-map-drawn]', { timeout: 45_000 });
    const region = page.getByRole('region', { name: /Map of host cities/ });
    expect(await region.locator('svg path[data-code="VNM"]').count()).toBe(1);
    expect(await page.getByText('Natural Earth').isVisible()).toBe(true);
    // this machine draws WebGL in software: the page has been quiet and still MapLibre waits
    await page.waitForTimeout(4000);
    expect(loadsMapLibre(watched.requests)).toBe(false);
    // the cities are sized by their events in the visible range: zoomed in on the timeline, fewer
    const bangkok = region.locator('circle[data-place="bangkok"]');
    const before = Number(await bangkok.getAttribute('data-count'));
    await page.locator('[data-timeline] canvas').hover();
    for (let step = 0; step < 6; step++) await page.mouse.wheel(0, -300);
    await expect
      .poll(async () => Number(await bangkok.getAttribute('data-count')))
      .toBeLessThan(before);
    const hanoiAt = await middleOf(page, /^Hanoi:/);
    const manilaAt = await middleOf(page, /^Manila:/);
    await startLiveMap(page);
    expect(await page.locator('.map-picture').count()).toBe(0);
    expect(await page.locator('.map .maplibregl-canvas').isVisible()).toBe(true);
    // MapLibre shows what the picture showed, where it showed it
    expect(Math.abs((await middleOf(page, /^Hanoi:/)) - hanoiAt)).toBeLessThan(2);
    expect(Math.abs((await middleOf(page, /^Manila:/)) - manilaAt)).toBeLessThan(2);
    expect(watched.offOrigin()).toEqual([]);
    expect(watched.errors).toEqual([]);
    await page.context().close();
  });

  it('zooms in from its own button: MapLibre starts and makes the step', async () => {
    const { page, errors } = await openPage(chromium.current, '');
    await page.waitForSelector('html[data-map-drawn]', { timeout: 45_000 });
    const apart = async () =>
      (await middleOf(page, /^Hanoi:/)) - (await middleOf(page, /^Jakarta:/));
    const pictured = await apart();
    await page.locator('.map-picture').getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForSelector('html[data-map-ready]', { timeout: 45_000 });
    // one step in doubles the distances (Hanoi may leave the view: its name is then far up)
    await expect.poll(apart).toBeLessThan(-1.8 * Math.abs(pictured));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('downloads the map image from the picture too: MapLibre starts, then draws it', async () => {
    const { page, errors } = await openPage(chromium.current, '');
    await page.waitForSelector('html[data-map-drawn]', { timeout: 45_000 });
    expect(await page.locator('.map .maplibregl-canvas').count()).toBe(0);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 45_000 }),
      page.getByRole('button', { name: 'Download map image' }).click(),
    ]);
    const png = readFileSync((await download.path())!);
    const canvas = (await page.locator('.map .maplibregl-canvas').boundingBox())!;
    expect(png.toString('ascii', 12, 16)).toBe('IHDR');
    expect(png.readUInt32BE(16)).toBe(canvas.width * 2);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('is what a phone’s Map tab opens on, and a finger’s drag on it starts MapLibre', async () => {
    const { page, requests, errors } = await openPage(
      chromium.current,
      '',
      { width: 390, height: 844 },
      'light',
      true,
    );
    await page.getByRole('tab', { name: 'Map' }).tap();
    await page.waitForSelector('html[data-map-drawn]', { timeout: 45_000 });
    expect(await page.getByRole('button', { name: /^Bangkok:/ }).isVisible()).toBe(true);
    expect(loadsMapLibre(requests)).toBe(false);
    const box = (await page.locator('.map-frame').boundingBox())!;
    const finger = (dx: number) => [{ x: box.x + box.width / 2 + dx, y: box.y + box.height / 2 }];
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: finger(0) });
    for (const dx of [6, 12, 18, 24])
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: finger(dx) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await page.waitForSelector('html[data-map-ready]', { timeout: 45_000 });
    expect(await page.locator('.map-picture').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('filters by a city tapped on the picture in a phone’s embed, with no MapLibre loaded', async () => {
    const { page, requests } = await openPage(
      chromium.current,
      '/?embed=1&map=1',
      { width: 390, height: 700 },
      'light',
      true,
    );
    await page.waitForSelector('html[data-map-drawn]', { timeout: 45_000 });
    await page.locator('.map-picture circle[data-place="bangkok"]').tap({ force: true });
    await expect.poll(() => page.locator('.map-filter').textContent()).toContain('held in Bangkok');
    expect(loadsMapLibre(requests)).toBe(false);
    await page.context().close();
  });
});

describe('without WebGL', () => {
  it('keeps the picture as the map, with no zoom, and the rest keeps working', async () => {
    const noGl = await launchChromium(['--disable-webgl', '--disable-3d-apis']);
    try {
      const { page, errors } = await openPage(noGl);
      await page.waitForSelector('html[data-map-drawn]', { timeout: 45_000 });
      // reaching for the map finds no WebGL: the picture stays, its zoom buttons go
      await page.locator('.map-frame').hover({ position: { x: 4, y: 4 } });
      await expect
        .poll(() => page.locator('.map-picture').getByRole('button', { name: 'Zoom in' }).count())
        .toBe(0);
      expect(await page.locator('.map-picture').isVisible()).toBe(true);
      await page.getByRole('button', { name: /^Hanoi:/ }).click();
      const hanoi = dataset.places.findIndex(([key]) => key === 'hanoi');
      await expect
        .poll(() => page.locator('#events [data-event-id]').count())
        .toBe(dataset.events.filter((event) => event.place === hanoi).length);
      expect(errors).toEqual([]);
    } finally {
      await noGl.close();
    }
  });

  it('shows a short message and a plain list of places when the picture cannot be read either', async () => {
    const noGl = await launchChromium(['--disable-webgl', '--disable-3d-apis']);
    try {
      const { page } = await openPage(noGl, null);
      await page.route('**/data/map-picture.json', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: '{"world":"x"}' }),
      );
      await page.goto(new URL('/', BASE_URL).href);
      await page.waitForSelector('html[data-map-failed]', { timeout: 45_000 });
      expect(await page.locator('.map-fallback').textContent()).toMatch(/WebGL/);
      expect(await page.locator('.map-fallback li').count()).toBe(dataset.places.length);
      await page
        .locator('.map-fallback')
        .getByRole('button', { name: /^Hanoi/ })
        .click();
      const hanoi = dataset.places.findIndex(([key]) => key === 'hanoi');
      await expect
        .poll(() => page.locator('#events [data-event-id]').count())
        .toBe(dataset.events.filter((event) => event.place === hanoi).length);
    } finally {
      await noGl.close();
    }
  });
});
