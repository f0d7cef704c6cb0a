import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtDataset, openPage, useChromium } from './browser.ts';

const dataset = builtDataset();
// the events in the one order, as the list and the card's Previous and Next have them
const ids = dataset.events.map((event) => event.id);
const titleOf = (id: string) => dataset.events.find((event) => event.id === id)!.title;
const MIDDLE = '2018-08-14-pgc-11-bandar-seri-begawan';
const at = ids.indexOf(MIDDLE);

const chromium = useChromium();

async function openAt(id: string, viewport = { width: 390, height: 844 }) {
  const watched = await openPage(chromium.current, `/?event=${id}`, viewport);
  await watched.page.waitForSelector('html[data-timeline-ready]');
  await expect.poll(() => heading(watched.page)).toBe(titleOf(id));
  return watched;
}

const heading = (page: Page) => page.locator('#details-heading').textContent();

/** A finger on the card, moved by (dx, dy) in steps, as the touchscreen reports it. */
async function swipeCard(page: Page, dx: number, dy: number) {
  const card = page.locator('#event-details');
  await card.scrollIntoViewIfNeeded();
  const box = (await card.boundingBox())!;
  const x = box.x + box.width / 2 - dx / 2;
  // a card taller than the screen: start in its part on screen
  const top = Math.max(box.y, 0);
  const bottom = Math.min(box.y + box.height, page.viewportSize()!.height);
  const y = (top + bottom) / 2;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  for (let i = 1; i <= 6; i++) {
    const point = { x: x + (dx * i) / 6, y: y + (dy * i) / 6 };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

const selectedInList = (page: Page) =>
  page.locator('#events [data-event-id][aria-current="true"]').getAttribute('data-event-id');

describe('the event card', () => {
  it('steps to the next event on a swipe to the left, and back on one to the right', async () => {
    const { page, errors } = await openAt(MIDDLE);
    await swipeCard(page, -160, 12);
    await expect.poll(() => heading(page)).toBe(titleOf(ids[at + 1]!));
    // the list, the timeline and the address follow the card
    expect(await selectedInList(page)).toBe(ids[at + 1]);
    expect(new URL(page.url()).searchParams.get('event')).toBe(ids[at + 1]);
    const next = dataset.events[at + 1]!;
    const root = page.locator('[data-timeline]');
    const from = Date.parse((await root.getAttribute('data-visible-from'))!);
    const to = Date.parse((await root.getAttribute('data-visible-to'))!);
    expect(Date.parse(next.start)).toBeGreaterThanOrEqual(from);
    expect(Date.parse(next.start)).toBeLessThanOrEqual(to);

    await swipeCard(page, 160, -12);
    await swipeCard(page, 160, 0);
    await expect.poll(() => heading(page)).toBe(titleOf(ids[at - 1]!));
    expect(await selectedInList(page)).toBe(ids[at - 1]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('leaves a mostly vertical or a short move to scrolling, without stepping', async () => {
    const { page, errors } = await openAt(MIDDLE);
    await swipeCard(page, -60, 90);
    await swipeCard(page, -30, 0);
    // a real swipe after them is what moves the card on: the two before it did not
    await swipeCard(page, -160, 0);
    await expect.poll(() => heading(page)).toBe(titleOf(ids[at + 1]!));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('steps with the keyboard, and keeps focus on a button when it reaches the last event', async () => {
    const { page, errors } = await openAt(ids.at(-3)!, { width: 1280, height: 800 });
    await page.locator('#event-details').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      `Previous event: ${titleOf(ids.at(-4)!)}`,
    );
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page)).toBe(titleOf(ids.at(-4)!));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page)).toBe(titleOf(ids.at(-2)!));
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page)).toBe(titleOf(ids.at(-1)!));
    const next = page.getByRole('button', { name: /^Next event/ });
    expect(await next.isDisabled()).toBe(true);
    // Next is disabled at the last event: focus went to Previous, not to the page
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      `Previous event: ${titleOf(ids.at(-2)!)}`,
    );
    expect(await selectedInList(page)).toBe(ids.at(-1));
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
