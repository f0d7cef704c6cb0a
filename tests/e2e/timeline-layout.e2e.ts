/**
 * The timeline's room: a linked event's full title beside its mark at every size, a timeline that
 * fits a short frame, the legend behind a button there, and a one-lane chronology kept short.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BASE_URL, builtDataset, openPage, useChromium } from './browser.ts';
import { expectCleanPage, inside } from './page-checks.ts';

const dataset = builtDataset();
const chromium = useChromium();
const FIRST = '2003-10-08-asean-china-strategic-partnership-bali';
const LAST = '2023-12-25-lancang-mekong-leaders-meeting-4-online';
const SIZES = [
  { width: 320, height: 568 },
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

/** The callout and the canvas once the callout has stopped moving (it is placed after measuring). */
async function settledCallout(page: Page) {
  const callout = page.locator('[data-timeline-callout]');
  await callout.waitFor({ state: 'visible' });
  await page.waitForFunction(
    () => {
      const element = document.querySelector('[data-timeline-callout]');
      const box = element?.getBoundingClientRect();
      const key = box && `${box.x},${box.y},${box.width},${box.height}`;
      const watch = ((window as CalloutWatch).calloutWatch ??= { key, same: -1 });
      watch.same = watch.key === key ? watch.same + 1 : 0;
      watch.key = key;
      return watch.same >= 2;
    },
    undefined,
    { polling: 'raf' },
  );
  return {
    callout,
    calloutBox: (await callout.boundingBox())!,
    canvasBox: (await page.locator('[data-timeline] canvas').boundingBox())!,
  };
}

type CalloutWatch = Window & { calloutWatch?: { key?: string; same: number } };

describe('a linked event on the timeline', () => {
  for (const id of [FIRST, LAST]) {
    const title = dataset.events.find((event) => event.id === id)!.title;
    for (const size of SIZES) {
      it(`shows ${id === FIRST ? 'the first' : 'the last'} event's full title inside the timeline at ${size.width}×${size.height}`, async () => {
        const watched = await openPage(chromium.current, `/?event=${id}`, size);
        const { callout, calloutBox, canvasBox } = await settledCallout(watched.page);
        expect((await callout.textContent())!.trim()).toBe(title);
        expect(inside(calloutBox, canvasBox)).toBe(true);
        // not cut: the whole title is laid out inside the callout
        expect(
          await callout.evaluate((element) => element.scrollWidth <= element.clientWidth + 1),
        ).toBe(true);
        await expectCleanPage(watched);
      });
    }
  }

  it('gives the keyboard cursor’s event the same callout while the timeline has focus', async () => {
    const watched = await openPage(chromium.current, `/?event=${FIRST}`);
    const { page } = watched;
    await settledCallout(page);
    await page.locator('[data-timeline] canvas').focus();
    await page.keyboard.press('End');
    const lastTitle = dataset.events.find((event) => event.id === LAST)!.title;
    await expect
      .poll(() => page.locator('[data-timeline-callout]').textContent())
      .toContain(lastTitle);
    // without focus the callout is the selected event's again (now out of view: none)
    await page.locator('[data-timeline] canvas').evaluate((canvas) => canvas.blur());
    await expect
      .poll(() => page.locator('[data-timeline-callout]').allTextContents())
      .not.toContainEqual(expect.stringContaining(lastTitle));
    await expectCleanPage(watched);
  });
});

describe('a timeline in a short frame', () => {
  it('fits an 800×450 embed with its bar, and shows its legend behind a Key button', async () => {
    const size = { width: 800, height: 450 };
    const watched = await openPage(chromium.current, `/?embed=1&event=${LAST}`, size);
    const { page } = watched;
    await page.waitForSelector('html[data-timeline-ready]');
    const { calloutBox, canvasBox } = await settledCallout(page);
    expect(inside(calloutBox, canvasBox)).toBe(true);
    const timeline = page.locator('[data-timeline]');
    const box = (await timeline.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(size.height);
    expect(canvasBox.y + canvasBox.height).toBeLessThanOrEqual(box.y + box.height);
    expect(
      await timeline.evaluate(
        (element) =>
          element.scrollHeight <= element.clientHeight &&
          element.scrollWidth <= element.clientWidth,
      ),
    ).toBe(true);

    const key = page.getByRole('button', { name: 'Key' });
    const legend = page.getByRole('list', { name: 'How to read the marks' });
    expect(await key.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(() => legend.isVisible()).toBe(false);
    await key.click();
    expect(await key.getAttribute('aria-expanded')).toBe('true');
    await legend.waitFor({ state: 'visible' });
    expect(inside((await legend.boundingBox())!, box)).toBe(true);
    await page.keyboard.press('Escape');
    await legend.waitFor({ state: 'hidden' });
    await key.click();
    await legend.waitFor({ state: 'visible' });
    await key.click();
    await legend.waitFor({ state: 'hidden' });
    await expectCleanPage(watched);
  });

  it('shows the legend from its Key button on a wide page, where the timeline fits its share of the screen', async () => {
    const full = await openPage(chromium.current, '/', { width: 1920, height: 1080 });
    await full.page.waitForSelector('html[data-timeline-ready]');
    const key = full.page.getByRole('button', { name: 'Key' });
    await key.click();
    const legend = full.page.getByRole('list', { name: 'How to read the marks' });
    await legend.waitFor({ state: 'visible' });
    expect(await legend.textContent()).toContain('date known to the day');
    await full.page.keyboard.press('Escape');
    await legend.waitFor({ state: 'hidden' });
    await expectCleanPage(full);
  });
});

describe('a one-lane chronology', () => {
  it('gets a short timeline, not room for nine lanes', async () => {
    const events = Array.from({ length: 12 }, (_, index) => ({
      start_date: { year: String(2001 + index), month: '3', day: '1' },
      text: { headline: `Meeting ${index + 1}` },
    }));
    const body = JSON.stringify({ title: { text: { headline: 'One lane' } }, events });
    const watched = await openPage(chromium.current, null);
    const { page } = watched;
    await page.route(
      (url) => url.pathname === '/test-data/one-lane.json',
      (route) => route.fulfill({ body, contentType: 'application/json' }),
    );
    await page.goto(new URL('/?data=/test-data/one-lane.json', BASE_URL).href);
    await page.waitForSelector('html[data-timeline-ready]');
    await expect.poll(() => page.locator('#events [data-event-id]').count()).toBe(12);
    const canvas = (await page.locator('[data-timeline] canvas').boundingBox())!;
    // one lane of one row and the axis
    expect(canvas.height).toBeLessThan(100);
    await expectCleanPage(watched);
  });
});
