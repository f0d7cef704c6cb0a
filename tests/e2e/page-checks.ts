/**
 * What browser tests read off the page and check on it, shared by the test files: the checks every
 * page must pass, the list's events, the legend, the CSV the page downloads, and where things lie.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { WatchedPage } from './browser.ts';

/** Each test ends by checking what every page must hold to: nothing asked of other hosts, no error. */
export async function expectCleanPage({ page, errors, offOrigin }: WatchedPage) {
  expect(offOrigin(), 'requests to other hosts').toEqual([]);
  expect(errors, 'console errors').toEqual([]);
  await page.context().close();
}

/** The ids of the listed events, in the list's order. */
export const listedIds = (page: Page) =>
  page
    .getByRole('region', { name: 'Events by year' })
    .locator('[data-event-id]')
    .evaluateAll((buttons) => buttons.map((button) => (button as HTMLElement).dataset.eventId!));

/** The titles of the listed events, in the list's order. */
export const listedTitles = (page: Page) => page.locator('#events .event-title').allTextContents();

/** The legend, opened from its Key button when the timeline has no room for it on one line. */
export async function openLegend(page: Page) {
  const legend = page.getByRole('list', { name: 'How to read the marks' });
  const key = page.getByRole('button', { name: 'Key' });
  await legend.or(key).first().waitFor();
  if (await key.isVisible()) await key.click();
  await legend.waitFor({ state: 'visible' });
  return legend;
}

/** Downloads the shown events as CSV from the Download menu; its lines, without the final newline. */
export async function downloadCsvLines(page: Page): Promise<string[]> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('button', { name: 'Download', exact: true })
      .click()
      .then(() => page.getByRole('button', { name: 'Download data (CSV)' }).click()),
  ]);
  return readFileSync((await download.path())!, 'utf8')
    .trim()
    .split('\r\n');
}

/** A box on the page, as Playwright's boundingBox() gives it. */
export type Box = { x: number; y: number; width: number; height: number };

/** `inner` lies wholly inside `outer` (to half a pixel). */
export const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 0.5 &&
  inner.y >= outer.y - 0.5 &&
  inner.x + inner.width <= outer.x + outer.width + 0.5 &&
  inner.y + inner.height <= outer.y + outer.height + 0.5;

/** `inner` is laid out (not empty) and lies wholly inside `outer`, a box or a frame's size. */
export async function within(
  inner: Locator,
  outer: { width: number; height: number; x?: number; y?: number },
) {
  const box = await inner.boundingBox();
  if (!box || box.width === 0 || box.height === 0) return false;
  return inside(box, {
    x: outer.x ?? 0,
    y: outer.y ?? 0,
    width: outer.width,
    height: outer.height,
  });
}

/** How far the page scrolls past the window (x sideways, y down; ≤ 0: not at all), and where it is. */
export function pageScroll(page: Page) {
  return page.evaluate(() => ({
    x: document.documentElement.scrollWidth - window.innerWidth,
    y: document.documentElement.scrollHeight - window.innerHeight,
    scrolled: window.scrollY,
  }));
}
