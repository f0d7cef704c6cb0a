/**
 * The texts a page draws on its canvases (the timeline's axis, exported pictures), which are not in
 * its DOM: recorded from before the page's first script, read and forgotten by the test.
 */
import type { Page } from 'playwright-core';

type Recording = { drawnTexts: string[] };

/** Records every `fillText` of the page from now on; call before navigating. */
export async function recordCanvasTexts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const drawn: string[] = [];
    (window as unknown as Recording).drawnTexts = drawn;
    const fillText = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) {
      drawn.push(String(text));
      return fillText.call(this, text, ...rest);
    };
  });
}

/** The texts drawn since the page opened, or since they were last forgotten. */
export const canvasTexts = (page: Page): Promise<string[]> =>
  page.evaluate(() => [...(window as unknown as Recording).drawnTexts]);

/** Forgets the texts drawn so far, so that the next read holds only what is drawn after. */
export const forgetCanvasTexts = (page: Page): Promise<void> =>
  page.evaluate(() => {
    (window as unknown as Recording).drawnTexts.length = 0;
  });
