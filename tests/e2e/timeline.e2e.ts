import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BASE_URL, builtDataset, openPage, useChromium, type WatchedPage } from './browser.ts';
import { openLegend } from './page-checks.ts';
import { timelineJsWorkload } from './workload.ts';

const dataset = builtDataset();
// a two-day conference in the middle of the chronology
const BANDAR_SERI_BEGAWAN_ID = '2018-08-14-pgc-11-bandar-seri-begawan';

const chromium = useChromium();

async function openTimeline(path = '') {
  const watched = await openPage(chromium.current, path);
  await watched.page.waitForSelector('html[data-timeline-ready]');
  return watched;
}

async function finish({ page, errors, offOrigin }: WatchedPage) {
  expect(offOrigin()).toEqual([]);
  expect(errors).toEqual([]);
  await page.context().close();
}

async function visibleRange(page: Page): Promise<[number, number]> {
  const root = page.locator('[data-timeline]');
  return [
    Date.parse((await root.getAttribute('data-visible-from'))!),
    Date.parse((await root.getAttribute('data-visible-to'))!),
  ];
}

/**
 * Waits until the visible range stays the same over three animation frames running: no animated
 * zoom is under way (its first frame may still show where it starts) and the canvas, which paints
 * once a frame, shows that range.
 */
async function viewSettled(page: Page) {
  await page.evaluate(() => delete (window as WatchedWindow).viewWatch);
  await page.waitForFunction(
    () => {
      const root = document.querySelector('[data-timeline]')!;
      const range = `${root.getAttribute('data-visible-from')}/${root.getAttribute('data-visible-to')}`;
      const watch = ((window as WatchedWindow).viewWatch ??= { range, sameFrames: -1 });
      watch.sameFrames = watch.range === range ? watch.sameFrames + 1 : 0;
      watch.range = range;
      return watch.sameFrames >= 2;
    },
    undefined,
    { polling: 'raf' },
  );
}

type WatchedWindow = Window & { viewWatch?: { range: string; sameFrames: number } };

const span = async (page: Page) => {
  const [from, to] = await visibleRange(page);
  return to - from;
};

async function canvasBox(page: Page) {
  return (await page.locator('[data-timeline] canvas').boundingBox())!;
}

/**
 * How many canvas pixels are coloured (clearly not grey): the marks and clusters, in their lane
 * colours; bands, grid, axis and background are all greys.
 */
function colouredPixels(page: Page) {
  return page.locator('[data-timeline] canvas').evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b, a] = [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!];
      if (a > 200 && Math.max(r, g, b) - Math.min(r, g, b) > 40) count++;
    }
    return count;
  });
}

describe('the timeline', () => {
  it('draws the chronology on its canvas and counts the events in view', async () => {
    const watched = await openTimeline();
    expect(await colouredPixels(watched.page)).toBeGreaterThan(1000);
    await expect
      .poll(() => watched.page.locator('.in-view').textContent())
      .toMatch(new RegExp(`${dataset.events.length} of ${dataset.events.length}\\s+in view`));
    // our chronology has every kind of mark, so its legend explains them all
    const legend = await openLegend(watched.page);
    expect(await legend.getByRole('listitem').count()).toBe(5);
    expect(await legend.textContent()).toContain('uncertain');
    expect(await legend.textContent()).toContain('held online');
    await finish(watched);
  });

  it('zooms with the wheel around the pointer', async () => {
    const watched = await openTimeline();
    const { page } = watched;
    const box = await canvasBox(page);
    const [from, to] = await visibleRange(page);
    const pointerShare = 0.25;
    const instant = from + (to - from) * pointerShare;
    await page.mouse.move(box.x + box.width * pointerShare, box.y + box.height / 2);
    for (let step = 0; step < 5; step++) await page.mouse.wheel(0, -200);
    await expect
      .poll(async () => (await visibleRange(page))[1] - (await visibleRange(page))[0])
      .toBeLessThan((to - from) / 2);
    const [zoomedFrom, zoomedTo] = await visibleRange(page);
    const stillUnderPointer = zoomedFrom + (zoomedTo - zoomedFrom) * pointerShare;
    expect(Math.abs(stillUnderPointer - instant)).toBeLessThan((zoomedTo - zoomedFrom) * 0.02);
    await expect
      .poll(() => page.locator('.in-view').textContent())
      .not.toMatch(new RegExp(`^${dataset.events.length} of`));
    await finish(watched);
  });

  it('pans when dragged', async () => {
    const watched = await openTimeline();
    const { page } = watched;
    const wholeSpan = await span(page);
    await page.getByRole('button', { name: 'Zoom in on the timeline' }).click();
    await page.getByRole('button', { name: 'Zoom in on the timeline' }).click();
    // the second click zooms from wherever the first one's animation had got to
    await expect.poll(() => span(page)).toBeLessThanOrEqual(wholeSpan / 2);
    await viewSettled(page);
    const box = await canvasBox(page);
    const [from, to] = await visibleRange(page);
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
    await page.mouse.down();
    for (let step = 1; step <= 10; step++) {
      await page.mouse.move(box.x + box.width * 0.6 - step * 20, box.y + box.height / 2);
    }
    await page.mouse.up();
    const [pannedFrom, pannedTo] = await visibleRange(page);
    const shift = ((to - from) * 200) / box.width;
    expect(pannedFrom - from).toBeGreaterThan(shift * 0.9);
    expect(pannedTo - to).toBeGreaterThan(shift * 0.9);
    expect(pannedTo - pannedFrom).toBeCloseTo(to - from, -5);
    await finish(watched);
  });

  it('opens the details of an event clicked on the canvas', async () => {
    const watched = await openTimeline();
    const { page } = watched;
    const event = dataset.events.find((item) => item.id === BANDAR_SERI_BEGAWAN_ID)!;
    const middleOfDay = Date.parse(event.start) + 86_400_000;
    const box = await canvasBox(page);
    const xOf = async () => {
      const [from, to] = await visibleRange(page);
      return box.x + ((middleOfDay - from) / (to - from)) * box.width;
    };
    // Zoom in around the event with the wheel, as a reader would, then point at its mark.
    await page.mouse.move(await xOf(), box.y + box.height / 2);
    const wholeSpan = await span(page);
    for (let step = 0; step < 6; step++) await page.mouse.wheel(0, -200);
    // six wheel steps zoom in about 5.3 times, five exactly 4 times: wait for the sixth
    await expect.poll(() => span(page)).toBeLessThan(wholeSpan / 5);
    await viewSettled(page);
    const x = await xOf();
    // the rows of pixels where the tooltip names the event: click in the middle of them
    const hits: number[] = [];
    for (let y = box.y + 2; y < box.y + box.height; y += 2) {
      await page.mouse.move(x, y);
      const tip = page.locator('.timeline-tooltip');
      if ((await tip.count()) > 0 && (await tip.textContent())?.includes(event.title)) hits.push(y);
      else if (hits.length > 0) break;
    }
    const hitY = hits.length > 0 ? hits[Math.floor(hits.length / 2)] : undefined;
    expect(hitY).toBeDefined();
    await page.mouse.click(x, hitY!);
    await expect.poll(() => page.locator('#details-heading').textContent()).toBe(event.title);
    await finish(watched);
  });

  it('lets a keyboard-only user move through events and open one', async () => {
    const watched = await openTimeline();
    const { page } = watched;
    let focusedCanvas = false;
    for (let presses = 0; presses < 40 && !focusedCanvas; presses++) {
      await page.keyboard.press('Tab');
      focusedCanvas = await page.evaluate(() => document.activeElement?.tagName === 'CANVAS');
    }
    expect(focusedCanvas).toBe(true);
    const live = page.locator('[data-timeline] [aria-live="polite"]');
    await page.keyboard.press('Home');
    const first = dataset.events[0]!;
    await expect.poll(() => live.textContent()).toContain(first.title);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => live.textContent()).toContain(`2 of ${dataset.events.length}`);
    await page.keyboard.press('End');
    await expect.poll(() => live.textContent()).toContain(`${dataset.events.length} of`);
    await page.keyboard.press('Enter');
    const last = dataset.events.at(-1)!;
    await expect.poll(() => page.locator('#details-heading').textContent()).toBe(last.title);
    const [from, to] = await visibleRange(page);
    await page.keyboard.press('+');
    await expect
      .poll(async () => (await visibleRange(page))[1] - (await visibleRange(page))[0])
      .toBeLessThan(to - from);
    await finish(watched);
  });

  it('marks each series in the colour data/series.yaml gives it, in the list and the filters', async () => {
    const watched = await openTimeline();
    const { page } = watched;
    const colourOf = new Map(dataset.series.map(([key, , , color]) => [key, color]));
    const first = dataset.events[0]!;
    const expected = colourOf.get(dataset.series[first.series]![0])!;
    const rgb = (hex: string) =>
      `rgb(${[1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16)).join(', ')})`;
    const edge = await page
      .locator(`#events [data-event-id="${first.id}"]`)
      .evaluate((item) => getComputedStyle(item).borderLeftColor);
    expect(edge).toBe(rgb(expected));
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    const swatch = await page
      .getByRole('checkbox', { name: new RegExp(dataset.series[first.series]![1]) })
      .evaluate(
        (box) => getComputedStyle(box.parentElement!.querySelector('.swatch')!).backgroundColor,
      );
    expect(swatch).toBe(rgb(expected));
    await finish(watched);
  });

  it('draws in the colours the page defines, so redefining a custom property restyles it', async () => {
    const watched = await openTimeline();
    const { page } = watched;
    const pure = (channel: 'red' | 'green') =>
      page.locator('[data-timeline] canvas').evaluate((canvas: HTMLCanvasElement, wanted) => {
        const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
        let count = 0;
        for (let i = 0; i < data.length; i += 4) {
          const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
          if (wanted === 'red' ? r === 255 && g === 0 && b === 0 : r === 0 && g === 255 && b === 0)
            count++;
        }
        return count;
      }, channel);
    const [red, green] = [await pure('red'), await pure('green')];
    // the lane bands and the axis' ground, as a dark theme would redefine them
    await page.evaluate(() => {
      document.documentElement.style.setProperty('--band', '#ff0000');
      document.documentElement.style.setProperty('--paper', '#00ff00');
    });
    await page.getByRole('button', { name: 'Zoom in on the timeline' }).click();
    await expect.poll(() => pure('red')).toBeGreaterThan(red + 10_000);
    expect(await pure('green')).toBeGreaterThan(green + 1_000);
    await finish(watched);
  });

  it('renders a 10,000-event TimelineJS file given by ?data=', async () => {
    const context = await chromium.current.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const workload = JSON.stringify(timelineJsWorkload(10_000, 7));
    await page.route(
      (url) => url.pathname === '/test-workload.json',
      (route) => route.fulfill({ body: workload, contentType: 'application/json' }),
    );
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(new URL('/?data=/test-workload.json', BASE_URL).href);
    await page.waitForSelector('html[data-timeline-ready]');
    expect(await colouredPixels(page)).toBeGreaterThan(20_000);
    await expect.poll(() => page.locator('.in-view').textContent()).toContain('10,000 of 10,000');
    const marks = await page.evaluate(() =>
      performance.getEntriesByType('mark').map((mark) => mark.name),
    );
    expect(marks).toEqual(expect.arrayContaining(['bench:data-start', 'bench:rendered']));
    await expect.poll(() => page.locator('#events [data-event-id]').count()).toBe(200);
    expect(errors).toEqual([]);
    await context.close();
  });
});
