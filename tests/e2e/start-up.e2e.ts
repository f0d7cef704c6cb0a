/**
 * How the page starts: our chronology downloads beside the app's script (early-theme.js preloads
 * it, once), and the page is drawn once, whole, rather than as a loading line replaced a moment
 * later; only a chronology slower than main.ts's wait shows the loading line first.
 */
import { describe, expect, it } from 'vitest';
import { messages } from '../../src/lib/i18n/messages/en.ts';
import { BASE_URL, openPage, useChromium } from './browser.ts';

const chromium = useChromium();

/** Records, from before the page's first script, whether the loading line was ever in the page. */
function watchForLoadingLine() {
  const w = window as unknown as { sawLoadingLine: boolean };
  w.sawLoadingLine = false;
  new MutationObserver(() => {
    if (document.querySelector('p.loading')) w.sawLoadingLine = true;
  }).observe(document, { subtree: true, childList: true });
}

const sawLoadingLine = (page: import('playwright-core').Page) =>
  page.evaluate(() => (window as unknown as { sawLoadingLine: boolean }).sawLoadingLine);

describe('starting the page', () => {
  it('draws the page once, with its chronology, and downloads the chronology once', async () => {
    const { page, requests, errors } = await openPage(chromium.current, null);
    await page.addInitScript(watchForLoadingLine);
    await page.goto(BASE_URL);
    await page.locator('html[data-timeline-ready]').waitFor({ state: 'attached' });
    expect(await sawLoadingLine(page)).toBe(false);
    expect(await page.locator('#events [data-event-id]').count()).toBeGreaterThan(0);
    expect(
      requests.filter((url) => new URL(url).pathname.endsWith('/data/events.json')),
    ).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says it is loading when the chronology is slow to come, then shows it', async () => {
    const { page, errors } = await openPage(chromium.current, null);
    await page.addInitScript(watchForLoadingLine);
    // later than the page waits for it (main.ts: CHRONOLOGY_WAIT_MS)
    await page.route('**/data/events.json', async (route) => {
      await new Promise((later) => setTimeout(later, 2500));
      await route.continue();
    });
    await page.goto(BASE_URL);
    await page.getByRole('status').filter({ hasText: messages.app.loading }).waitFor();
    await page.locator('html[data-timeline-ready]').waitFor({ state: 'attached' });
    expect(await sawLoadingLine(page)).toBe(true);
    expect(await page.locator('p.loading').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('does not download our chronology when the link names another', async () => {
    const { page, requests } = await openPage(chromium.current, null);
    const other = new URL('data/other.json', BASE_URL).href;
    await page.route(other, (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify({ events: [] }) }),
    );
    await page.goto(new URL(`?data=${encodeURIComponent(other)}`, BASE_URL).href);
    await page.getByRole('alert').first().waitFor();
    // the import failed (no events): ours is shown under the message, fetched then, once
    await page.locator('html[data-timeline-ready]').waitFor({ state: 'attached' });
    const ours = requests.filter((url) => new URL(url).pathname.endsWith('/data/events.json'));
    expect(ours).toHaveLength(1);
    await page.context().close();
  });
});
