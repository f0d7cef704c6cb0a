/**
 * The interface in the region's languages: `?lang=` sets it, the browser's languages choose it
 * otherwise, the picker switches it without losing the view, and each language fits a phone.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { intlLocale } from '../../src/lib/i18n/intl/intl-locale.ts';
import type { Lang } from '../../src/lib/i18n/languages.ts';
import type { Messages } from '../../src/lib/i18n/messages/en.ts';
import { messages as km } from '../../src/lib/i18n/messages/km.ts';
import { messages as th } from '../../src/lib/i18n/messages/th.ts';
import { messages as vi } from '../../src/lib/i18n/messages/vi.ts';
import { messages as zh } from '../../src/lib/i18n/messages/zh-Hans.ts';
import { axeViolations } from './axe.ts';
import { recordCanvasTexts, canvasTexts } from './canvas-texts.ts';
import { BASE_URL, builtDataset, openPage, useChromium } from './browser.ts';

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

/**
 * The app in `lang` with the Hanoi conference open and the year 2023 across the timeline, every
 * text drawn on a canvas recorded (the axis is drawn, not written into the page).
 */
async function openDrawingIn(lang: Lang) {
  const watched = await openPage(chromium.current, null, { width: 1280, height: 900 });
  await recordCanvasTexts(watched.page);
  await watched.page.goto(
    new URL(`/?lang=${lang}&event=${HANOI_ID}&from=2023-01-01&to=2023-12-31`, BASE_URL).href,
  );
  await watched.page.locator('html[data-timeline-ready]').waitFor({ state: 'attached' });
  return watched;
}

/** What Node's full ICU writes in the language (Chromium lacks Khmer: the app ships its data). */
function writtenByIcu(lang: Lang) {
  const locale = intlLocale(lang);
  const utc = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  return {
    hanoiDate: utc({ day: 'numeric', month: 'long', year: 'numeric' }).format(
      Date.UTC(2023, 11, 6),
    ),
    vietNam: new Intl.DisplayNames([locale], { type: 'region' }).of('VN')!,
    shortMonths: Array.from({ length: 12 }, (_, month) =>
      utc({ month: 'short' }).format(Date.UTC(2023, month)),
    ),
  };
}

const ENGLISH_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct'];

/** A series' label in a language, as the data gives it. */
function seriesLabelIn(lang: Lang, key: string): string {
  const [, label, , , translations] = builtDataset().series.find(([each]) => each === key)!;
  return translations?.[lang]?.label ?? label;
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

  it('writes the 13th Prosecutors-General Conference’s date, Viet Nam and the axis in the language', async () => {
    const { page, errors } = await openDrawingIn(lang);
    const expected = writtenByIcu(lang);
    expect(expected.hanoiDate).not.toBe('6 December 2023');
    const card = page.locator('#event-details');
    expect(await card.locator('time').first().textContent()).toBe(expected.hanoiDate);
    // the date in the list too, where the conference is listed
    const listed = page.locator(`[data-event-id="${HANOI_ID}"] .event-date`);
    expect(await listed.textContent()).toBe(expected.hanoiDate);
    // Viet Nam by Intl.DisplayNames, among the participants, marked with the page's language
    const vietNam = card.locator('dd span[lang]', { hasText: expected.vietNam });
    expect(await vietNam.getAttribute('lang')).toBe(lang);
    // and in the filters, where a state is chosen
    await page.getByRole('button', { name: messages.toolbar.filters, exact: true }).click();
    const stateOption = page.locator('#filter-state option', { hasText: expected.vietNam });
    expect(await stateOption.getAttribute('lang')).toBe(lang);
    // the axis: a year across the timeline is labelled by month, the months named in the language
    const drawn = await canvasTexts(page);
    const months = drawn.filter((text) => expected.shortMonths.includes(text));
    expect(new Set(months).size).toBeGreaterThan(3);
    expect(drawn.filter((text) => ENGLISH_MONTHS.includes(text))).toEqual([]);
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
    // the date switched with the words, in one step
    const date = page.locator('#event-details time').first();
    expect(await date.textContent()).toBe(writtenByIcu('km').hanoiDate);
    // the series filter is still in force, its chip now naming the series in Khmer, as the data does
    const chip = km.toolbar.removeChip.replace('{label}', seriesLabelIn('km', 'pgc'));
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
