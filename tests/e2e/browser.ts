/**
 * Shared pieces of the browser tests: Debian's Chromium driven by playwright-core (nothing
 * downloads a browser), and a page that records every request and console error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { CompiledDataset } from '../../src/lib/chronology/compiled.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:4179/';

export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--enable-unsafe-swiftshader',
      ...extraArgs,
    ],
  });
}

export interface WatchedPage {
  page: Page;
  /** every URL the page asked for */
  requests: string[];
  /** console errors and uncaught exceptions */
  errors: string[];
  /** requests to any host other than the app's own */
  offOrigin(): string[];
}

/**
 * `path` null: the page is not navigated, so the test can add its own routes first.
 * `colorScheme`: the reader's system preference (light unless asked); null emulates none, so that
 * an iframe's preference can follow its host page as it does in a real browser (an emulated one
 * applies to every frame).
 */
export async function openPage(
  browser: Browser,
  path: string | null = '',
  viewport = { width: 1280, height: 900 },
  colorScheme: 'light' | 'dark' | null = 'light',
  /** a phone's touch screen: coarse pointer, touch events, the mobile viewport */
  touch = false,
): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport,
    colorScheme,
    ...(touch ? { hasTouch: true, isMobile: true } : {}),
  });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  const origin = new URL(BASE_URL).origin;
  // Nothing may leave the machine; anything off-origin is recorded, then refused.
  await page.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) {
      return route.continue();
    }
    return route.abort();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  if (path !== null) await page.goto(new URL(path, BASE_URL).href);
  return {
    page,
    requests,
    errors,
    offOrigin: () =>
      requests.filter(
        (url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'),
      ),
  };
}

/** The dataset the build serves: browser tests check the page against the data it was built from. */
export function builtDataset(): CompiledDataset {
  return JSON.parse(
    readFileSync(join(import.meta.dirname, '../../dist/data/events.json'), 'utf8'),
  ) as CompiledDataset;
}

/** One Chromium for the test file, started before its tests and closed after them. */
export function useChromium(): { readonly current: Browser } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get current() {
      if (!browser) throw new Error('Chromium is not running yet');
      return browser;
    },
  };
}
