/**
 * Dates and names of states in the region's languages, written in the real Chromium by the app's
 * locale formatting: where Chromium's own Intl lacks a language (it ships without Khmer, Lao and
 * Burmese and answers them in English), from the locale tables that load with that language.
 * Every expectation comes from Node's full ICU, never typed in.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { build, type Rolldown } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { dateRangeParts, joinParts } from '../../src/lib/i18n/intl/date-parts.ts';
import { intlLocale } from '../../src/lib/i18n/intl/intl-locale.ts';
import type { Lang } from '../../src/lib/i18n/languages.ts';
import { BASE_URL, builtDataset, openPage, useChromium } from './browser.ts';
import type { ProbeAnswer } from './intl-probe.ts';

const chromium = useChromium();
const HANOI = builtDataset().events.find((event) => event.id === '2023-12-06-pgc-13-hanoi')!;
const VIET_NAM = { code: 'VNM', name: 'Viet Nam' };
const PROBE = `${BASE_URL}__intl-probe/`;
const LANGS: Lang[] = ['km', 'lo', 'my', 'vi', 'zh-Hans', 'th'];

let chunks: Map<string, string>;

beforeAll(async () => {
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    root: join(import.meta.dirname, '../..'),
    build: {
      write: false,
      target: 'es2022',
      modulePreload: false,
      rollupOptions: {
        input: { probe: join(import.meta.dirname, 'intl-probe.ts') },
        output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
      },
    },
  })) as Rolldown.RolldownOutput;
  chunks = new Map(
    output.output.map((file) => [
      file.fileName,
      file.type === 'chunk' ? file.code : String(file.source),
    ]),
  );
}, 60_000);

/** The app's page with the probe served from its own origin, and the probe's files it fetched. */
async function openProbe(): Promise<{ page: Page; fetched: string[] }> {
  const watched = await openPage(chromium.current, null);
  const fetched: string[] = [];
  await watched.page.route(`${PROBE}**`, (route) => {
    const name = route.request().url().slice(PROBE.length);
    fetched.push(name);
    const body = chunks.get(name);
    return body === undefined
      ? route.fulfill({ status: 404 })
      : route.fulfill({ body, contentType: 'text/javascript' });
  });
  await watched.page.goto(BASE_URL);
  await watched.page.addScriptTag({ type: 'module', url: `${PROBE}probe.js` });
  await watched.page.waitForFunction(() => 'intlProbe' in window);
  expect(watched.offOrigin()).toEqual([]);
  return { page: watched.page, fetched };
}

function writeInPage(page: Page, lang: Lang): Promise<ProbeAnswer> {
  return page.evaluate(
    ([lang, event, state]) =>
      (
        window as unknown as {
          intlProbe: { write: (...args: unknown[]) => Promise<ProbeAnswer> };
        }
      ).intlProbe.write(lang, event, state),
    [lang, { start: HANOI.start, end: HANOI.end }, VIET_NAM] as const,
  );
}

/** What Node's full ICU writes for the same language. */
function fullIcu(lang: Lang) {
  const locale = intlLocale(lang);
  const [year, month, day] = HANOI.start.split('-').map(Number) as [number, number, number];
  const range = [
    { year: 2018, month: 8, day: 14 },
    { year: 2018, month: 8, day: 15 },
  ] as const;
  return {
    date: new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC',
    }).format(Date.UTC(year, month - 1, day)),
    range: joinParts(dateRangeParts(locale, ...range)),
    state: { text: new Intl.DisplayNames([locale], { type: 'region' }).of('VN')!, lang },
    count: new Intl.NumberFormat(locale).format(1234567),
  };
}

describe('dates and state names in the region’s languages, in Chromium', () => {
  it.each(LANGS)(
    'writes the 13th Prosecutors-General Conference’s date and Viet Nam’s name in %s as full ICU does',
    async (lang) => {
      const { page } = await openProbe();
      const { native, ...written } = await writeInPage(page, lang);
      expect(written, native ? 'with Chromium’s Intl' : 'from the shipped tables').toEqual(
        fullIcu(lang),
      );
      await page.context().close();
    },
  );

  it('loads the tables of a language only where Chromium lacks it, and only that language’s', async () => {
    const { page, fetched } = await openProbe();
    for (const lang of LANGS) {
      const before = fetched.length;
      const { native } = await writeInPage(page, lang);
      const tables = fetched.slice(before).filter((name) => name.startsWith(`${lang}-`));
      expect(tables, lang).toHaveLength(native ? 0 : 1);
    }
    // Khmer, Lao and Burmese came from tables: Chromium has none of them (measured on 156)
    expect(fetched.filter((name) => /^(km|lo|my)-/.test(name)).length).toBeGreaterThan(0);
    await page.context().close();
  });
});
