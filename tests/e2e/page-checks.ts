/**
 * What browser tests read off the page and check on it, shared by the test files: the checks every
 * page must pass, the list's events, the legend, and the CSV the page downloads.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
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
