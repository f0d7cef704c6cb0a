/**
 * The interface in the region's languages: `?lang=` sets it, the browser's languages choose it
 * otherwise, the picker switches it without losing the view, and each language fits a phone.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/lib/i18n/languages.ts';
import type { Messages } from '../../src/lib/i18n/messages/en.ts';
import { messages as km } from '../../src/lib/i18n/messages/km.ts';
import { messages as th } from '../../src/lib/i18n/messages/th.ts';
import { messages as vi } from '../../src/lib/i18n/messages/vi.ts';
import { messages as zh } from '../../src/lib/i18n/messages/zh-Hans.ts';
import { axeViolations } from './axe.ts';
import { BASE_URL, openPage, useChromium } from './browser.ts';

const HANOI_ID = '2023-12-06-pgc-13-hanoi';
const chromium = useChromium();
const LANGUAGES: [Lang, Messages][] = [
  ['vi', vi],
  ['zh-Hans', zh],
  ['th', th],
  ['km', km],
];

async function openApp(path: string, viewport = { width: 1280, height: 900 }) {
  const watched = await openPage(chromium.current, path, viewport);
  await watched.page.locator('html[data-timeline-ready]').waitFor({ state: 'attached' });
  return watched;
}

const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe.each(LANGUAGES)('the interface in %s', (lang, messages) => {
  it('marks the page with the language and writes its buttons in it, with no axe violation', async () => {
    const { page, errors, offOrigin } = await openApp(`/?lang=${lang}`);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    const filters = page.getByRole('button', { name: messages.toolbar.filters, exact: true });
    expect(await filters.isVisible()).toBe(true);
    expect(await page.getByRole('searchbox', { name: messages.toolbar.search }).count()).toBe(1);
    expect(await page.title()).toContain(messages.app.shortTitle);
    expect(await axeViolations(page)).toEqual([]);
    expect(offOrigin()).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('fits a 320 px phone without scrolling sideways, with an event open', async () => {
    const { page } = await openApp(`/?lang=${lang}&event=${HANOI_ID}`, {
      width: 320,
      height: 568,
    });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.getByRole('tab', { name: messages.panes.list }).click();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.context().close();
  });
});

describe('choosing the language', () => {
  it('keeps the selection, the range and the filters, and writes lang into the address', async () => {
    const { page } = await openApp(`/?event=${HANOI_ID}&from=2010-01-01&to=2023-12-31&series=pgc`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('km');
    await page.locator('html[lang="km"]').waitFor({ state: 'attached' });
    await page.waitForURL(/lang=km/);
    const params = new URL(page.url()).searchParams;
    expect(params.get('event')).toBe(HANOI_ID);
    expect(params.get('series')).toBe('pgc');
    expect(params.get('from')).toBe('2010-01-01');
    expect(params.get('to')).toBe('2023-12-31');
    expect(
      await page
        .getByRole('heading', { level: 2, name: /13th ASEAN–China Prosecutors-General/ })
        .count(),
    ).toBe(1);
    // the series filter is still in force, its chip now named in Khmer
    const chip = km.toolbar.removeChip.replace('{label}', 'Prosecutors-General Conferences');
    expect(await page.getByRole('button', { name: chip, exact: true }).isVisible()).toBe(true);
    await page.context().close();
  });

  it('is remembered: the next page without ?lang= opens in it', async () => {
    const { page } = await openApp('/');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('vi');
    await page.locator('html[lang="vi"]').waitFor({ state: 'attached' });
    await page.goto(new URL('/', BASE_URL).href);
    await page.locator('html[data-timeline-ready]').waitFor({ state: 'attached' });
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    expect(new URL(page.url()).searchParams.get('lang')).toBeNull();
    await page.context().close();
  });

  it('follows the browser’s languages when nothing else chose: zh-CN reads Simplified Chinese', async () => {
    const context = await chromium.current.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(BASE_URL);
    await page.locator('html[data-timeline-ready]').waitFor({ state: 'attached' });
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
    expect(
      await page.getByRole('button', { name: zh.toolbar.filters, exact: true }).isVisible(),
    ).toBe(true);
    await context.close();
  });

  it('names each language in itself, each option marked with its language', async () => {
    const { page } = await openApp('/');
    // the picker is a chunk of its own, loaded after the timeline is ready
    await page.getByRole('combobox', { name: 'Language' }).waitFor();
    const options = await page
      .getByRole('combobox', { name: 'Language' })
      .locator('option')
      .evaluateAll((elements) =>
        elements.map((option) => [option.getAttribute('lang'), option.textContent]),
      );
    expect(options).toContainEqual(['km', 'ខ្មែរ']);
    expect(options).toContainEqual(['my', 'မြန်မာ']);
    expect(options).toHaveLength(10);
    await page.context().close();
  });
});
