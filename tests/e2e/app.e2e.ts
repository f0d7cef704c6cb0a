import { axeViolations } from './axe.ts';
import { describe, expect, it } from 'vitest';
import { builtDataset, openPage, useChromium } from './browser.ts';
import { expectCleanPage, listedIds } from './page-checks.ts';

const dataset = builtDataset();
const HANOI_ID = '2023-12-06-pgc-13-hanoi';

const chromium = useChromium();

async function openApp(path = '', viewport?: { width: number; height: number }) {
  const watched = await openPage(chromium.current, path, viewport);
  await watched.page.locator('[data-event-id]').first().waitFor();
  return watched;
}

describe('the chronology page', () => {
  it('lists every event of the dataset, in order, under year headings', async () => {
    const watched = await openApp();
    // the first rows come with the page, the rest a moment later
    await expect
      .poll(() => watched.page.locator('#events [data-event-id]').count())
      .toBe(dataset.events.length);
    const ids = await listedIds(watched.page);
    expect(ids).toHaveLength(dataset.events.length);
    expect(new Set(ids)).toEqual(new Set(dataset.events.map((event) => event.id)));
    const years = await watched.page
      .locator('#events h3.year')
      .evaluateAll((headings) => headings.map((h) => Number.parseInt(h.textContent!, 10)));
    expect(years[0]).toBe(2003);
    expect(years.at(-1)).toBe(2023);
    expect([...years].sort((a, b) => a - b)).toEqual(years);
    await expectCleanPage(watched);
  });

  it('narrows the list to the events a chosen state took part in', async () => {
    const watched = await openApp();
    const { page } = watched;
    // the state is one of the filters behind the toolbar's Filters button
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await page
      .getByRole('combobox', { name: 'Participating state' })
      .selectOption({ label: 'Russia' });
    const russia = dataset.states.findIndex(([code]) => code === 'RUS');
    const expected = dataset.events.filter((event) => event.participants.includes(russia));
    expect(expected.length).toBeGreaterThan(0);
    expect(await listedIds(page)).toEqual(expected.map((event) => event.id));
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toContain(`Showing ${expected.length} of ${dataset.events.length} events`);
    // the filter in force shows as a chip with a count on the button; pressing the chip removes it
    await page
      .getByRole('region', { name: 'Filters' })
      .getByRole('button', { name: 'Done' })
      .click();
    await expect
      .poll(() => page.getByRole('button', { name: /^Filters/ }).textContent())
      .toContain('1');
    await page.getByRole('button', { name: 'Remove filter: With Russia' }).click();
    await expect.poll(() => listedIds(page)).toHaveLength(dataset.events.length);
    await expectCleanPage(watched);
  });

  it('narrows the list by free text and explains an empty result', async () => {
    const watched = await openApp();
    const { page } = watched;
    const search = page.getByRole('searchbox', { name: 'Search' });
    await search.fill('prosecutors hanoi 2023');
    expect(await listedIds(page)).toEqual([HANOI_ID]);
    await search.fill('no such event anywhere');
    await expect.poll(() => listedIds(page)).toEqual([]);
    await expect
      .poll(() => page.getByText('No event matches these filters.').isVisible())
      .toBe(true);
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await expect.poll(async () => (await listedIds(page)).length).toBe(dataset.events.length);
    await expectCleanPage(watched);
  });

  it('shows the date, place, states, summary and sources of a selected event', async () => {
    const watched = await openApp();
    const { page } = watched;
    await page.locator(`[data-event-id="${HANOI_ID}"]`).click();
    const details = page.locator('#event-details');
    await expect.poll(() => details.locator('h2').textContent()).toMatch(/^13th ASEAN–China/);
    const text = await details.textContent();
    expect(text).toContain('6 December 2023');
    expect(text).toContain('Hanoi, Viet Nam');
    expect(text).toContain('Philippines');
    const sources = details.locator('.sources li');
    const record = dataset.events.find((event) => event.id === HANOI_ID)!;
    expect(await sources.count()).toBe(record.sources.length);
    expect(await details.locator('.sources a[href^="https://en.spp.gov.cn/"]').count()).toBe(1);
    await expectCleanPage(watched);
  });

  it('shows an event known only to the month or year no more precisely than that', async () => {
    const watched = await openApp();
    const { page } = watched;
    const byYear = dataset.events.find((event) => event.precision === 'year')!;
    await page.locator(`[data-event-id="${byYear.id}"]`).click();
    await expect.poll(() => page.locator('#event-details time').textContent()).toBe(byYear.start);
    await expectCleanPage(watched);
  });

  it('lets a keyboard user reach and open every event', async () => {
    const watched = await openApp();
    const { page } = watched;
    const opened = new Set<string>();
    for (let presses = 0; presses < dataset.events.length + 40; presses++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(
        () => (document.activeElement as HTMLElement | null)?.dataset.eventId,
      );
      if (!id) continue;
      await page.keyboard.press('Enter');
      const title = dataset.events.find((event) => event.id === id)!.title;
      expect(await page.locator('#details-heading').textContent()).toBe(title);
      opened.add(id);
      if (opened.size === dataset.events.length) break;
    }
    expect(opened.size).toBe(dataset.events.length);
    await expectCleanPage(watched);
  });

  it('has no WCAG 2.1 A/AA violations, with and without a selection', async () => {
    const watched = await openApp();
    expect(await axeViolations(watched.page)).toEqual([]);
    await watched.page.locator(`[data-event-id="${HANOI_ID}"]`).click();
    expect(await axeViolations(watched.page)).toEqual([]);
    await expectCleanPage(watched);
  });

  it('fits a 360 px phone and brings the details into view on selection', async () => {
    const watched = await openApp('', { width: 360, height: 740 });
    const { page } = watched;
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await page.locator(`[data-event-id="${HANOI_ID}"]`).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('event-details');
    expect(await axeViolations(page)).toEqual([]);
    await expectCleanPage(watched);
  });

  it('explains a dataset that cannot be loaded instead of showing a blank page', async () => {
    const context = await chromium.current.newContext();
    const page = await context.newPage();
    await page.route('**/data/events.json', (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto(new URL('/', process.env.E2E_BASE_URL ?? 'http://127.0.0.1:4179/').href);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('HTTP 404');
    await context.close();
  });
});
