/**
 * One order of events everywhere a reader meets it. The fixture has three events on one day, one
 * per lane, whose ids sort against the lanes' order: the list, the presentation, the timeline's
 * arrow keys and the downloaded CSV must still take them in the same order.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { compileDataset } from '../../scripts/compile-data.ts';
import { BASE_URL, openPage, useChromium, type WatchedPage } from './browser.ts';
import { downloadCsvLines, expectCleanPage, listedIds } from './page-checks.ts';

const compiled = compileDataset(join(import.meta.dirname, '../fixtures/data-same-day'));
if (!compiled.ok) throw new Error(compiled.problems.join('\n'));
const { json } = compiled;
const events = compiled.dataset.events;
/** titles are unique in the fixture, so a title names its event */
const idOfTitle = new Map(events.map((event) => [event.title, event.id]));
const sameDay = events.filter((event) => event.start === '2015-06-10');

const chromium = useChromium();

/** The app with the fixture served in place of our dataset. */
async function openWithFixture(path: string): Promise<WatchedPage> {
  const watched = await openPage(chromium.current, null);
  await watched.page.route('**/data/events.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: json }),
  );
  await watched.page.goto(new URL(path, BASE_URL).href);
  await watched.page.locator('[data-event-id]').first().waitFor();
  return watched;
}

/** Steps through the presentation with the right arrow, noting the event shown at each step. */
async function presentationOrder(page: Page): Promise<string[]> {
  const presentation = page.locator('dialog.presentation');
  const order: string[] = [];
  for (let step = 1; step <= events.length; step++) {
    if (step > 1) await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => presentation.locator('.presentation-meta').textContent())
      .toContain(`${step} of ${events.length}`);
    order.push(idOfTitle.get((await presentation.locator('h2').textContent())!.trim())!);
  }
  return order;
}

/** Home, then the right arrow on the timeline, noting which event each announcement names. */
async function arrowKeyOrder(page: Page): Promise<string[]> {
  const timeline = page.locator('[data-timeline]');
  const announcement = timeline.locator('p[aria-live="polite"]');
  await page.getByRole('application', { name: /^Timeline of/ }).focus();
  const order: string[] = [];
  for (let step = 1; step <= events.length; step++) {
    await page.keyboard.press(step === 1 ? 'Home' : 'ArrowRight');
    await expect.poll(() => announcement.textContent()).toMatch(` ${step} of ${events.length}.`);
    const said = (await announcement.textContent())!;
    const title = [...idOfTitle.keys()].find((candidate) => said.startsWith(`${candidate}. `));
    order.push(title ? idOfTitle.get(title)! : `(not an event: ${said})`);
  }
  return order;
}

async function csvOrder(page: Page): Promise<string[]> {
  const [header, ...rows] = await downloadCsvLines(page);
  expect(header!.split(',')[0]).toBe('id');
  // the id is the first field, and ids are slugs: never quoted, never holding a comma
  return rows.map((row) => row.slice(0, row.indexOf(',')));
}

describe('the order of events', () => {
  it('has a fixture with same-day events whose ids sort against their lanes', () => {
    // series are listed, and their lanes drawn, in the order of series.yaml
    const byLane = [...sameDay].sort((a, b) => a.series - b.series).map((event) => event.id);
    const byId = sameDay.map((event) => event.id).sort();
    expect(byLane).toHaveLength(3);
    expect(byId).not.toEqual(byLane);
    expect(byId.at(-1)).toBe(byLane[0]);
  });

  it('is one order in the list, the presentation, the arrow keys and the CSV', async () => {
    const listed = await openWithFixture('/');
    const list = await listedIds(listed.page);
    const keys = await arrowKeyOrder(listed.page);
    const csv = await csvOrder(listed.page);
    await expectCleanPage(listed);

    const presenting = await openWithFixture('/?present=1');
    const steps = await presentationOrder(presenting.page);
    await expectCleanPage(presenting);

    expect(new Set(list)).toEqual(new Set(events.map((event) => event.id)));
    expect({ presentation: steps, arrowKeys: keys, csv }).toEqual({
      presentation: list,
      arrowKeys: list,
      csv: list,
    });
  });
});
