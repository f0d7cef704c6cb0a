/**
 * A PNG read back by the browser that made it: decoded in the page (Chromium knows PNG; Node
 * does not without a library), then summed up there, so that only the answer crosses back.
 */
import type { Page } from 'playwright-core';

/** What a test reads off the decoded pixels (RGBA, row by row); runs in the page. */
export type PixelSummary<Arg, Result> = (
  pixels: Uint8ClampedArray,
  width: number,
  height: number,
  arg: Arg,
) => Result;

/** Decodes a base64 PNG into its pixels; runs in the page, so it uses nothing from outside. */
const decodeInPage = async (data: string) => {
  const image = new Image();
  image.src = `data:image/png;base64,${data}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height;
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(image, 0, 0);
  return ctx.getImageData(0, 0, image.width, image.height);
};

/**
 * `summary` of the PNG's pixels, worked out in `page`. Like any function given to
 * page.evaluate, `summary` is sent as its source: it may use only its arguments.
 */
export function readPixels<Arg, Result>(
  page: Page,
  png: Buffer,
  summary: PixelSummary<Arg, Result>,
  arg?: Arg,
): Promise<Result> {
  return page.evaluate(
    `(${decodeInPage.toString()})(${JSON.stringify(png.toString('base64'))}).then((image) =>
      (${summary.toString()})(image.data, image.width, image.height, ${JSON.stringify(arg ?? null)}))`,
  ) as Promise<Result>;
}
