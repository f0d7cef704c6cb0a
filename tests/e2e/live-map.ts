import type { Page } from 'playwright-core';

/**
 * Starts MapLibre as a reader does: the pointer over the map's frame (its top-left corner, away
 * from the zoom buttons). This machine's WebGL is drawn in software, so until then the page shows
 * the map's picture; then waits for the live map to be ready.
 */
export async function startLiveMap(page: Page): Promise<void> {
  await page.locator('.map-frame').hover({ position: { x: 4, y: 4 }, timeout: 45_000 });
  await page.waitForSelector('html[data-map-ready]', { timeout: 45_000 });
}
