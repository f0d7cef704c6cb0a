import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { localeFormat } from '../i18n/intl/intl-format.ts';
import { ENGLISH_FORMAT, type LocaleFormat } from '../i18n/intl/locale-format.ts';
import * as localizer from '../i18n/intl/localize-chronology.ts';
import { alpha2Of } from '../i18n/intl/region-codes.ts';
import type { Lang } from '../i18n/languages.ts';
import { messages as en } from '../i18n/messages/en.ts';
import { messages as km } from '../i18n/messages/km.ts';
import { messages as vi } from '../i18n/messages/vi.ts';
import {
  followLinkedLanguage,
  Language,
  rememberedLanguage,
  rememberLanguage,
  type LanguageParts,
} from './language.svelte.ts';

const format = (lang: Exclude<Lang, 'en'>): LocaleFormat =>
  localeFormat({ lang, alpha2: alpha2Of, native: { dates: true, numbers: true, regions: true } });
const english: LanguageParts = { messages: en, format: ENGLISH_FORMAT };
const VIETNAMESE: LanguageParts = { messages: vi, format: format('vi'), localizer };
const KHMER: LanguageParts = { messages: km, format: format('km'), localizer };

/** Loads that the test settles by hand, in any order. */
function manualLoads() {
  const pending = new Map<Lang, (parts: LanguageParts) => void>();
  const load = (lang: Lang) => new Promise<LanguageParts>((resolve) => pending.set(lang, resolve));
  return { load, pending };
}

describe('Language', () => {
  it('says messages in the language it shows, and in the next once its messages arrive', async () => {
    const language = new Language('en', english, async () => VIETNAMESE);
    expect(language.t('toolbar.clear')).toBe('Clear filters');
    await language.show('vi');
    expect(language.lang).toBe('vi');
    expect(language.t('toolbar.clear')).toBe('Xóa bộ lọc');
  });

  it('keeps showing the current language until the next one has loaded', () => {
    const { load } = manualLoads();
    const language = new Language('en', english, load);
    void language.show('km');
    expect(language.lang).toBe('en');
    expect(language.t('toolbar.done')).toBe('Done');
  });

  it('switches messages, dates and counts at once, never words of one language with dates of another', async () => {
    const { load, pending } = manualLoads();
    const language = new Language('en', english, load);
    const shown = () => [language.t('toolbar.clear'), language.format.year(2023)];
    const switching = language.show('vi');
    expect(shown()).toEqual(['Clear filters', '2023']);
    expect(language.format).toBe(ENGLISH_FORMAT);
    pending.get('vi')!(VIETNAMESE);
    await switching;
    expect(shown()).toEqual(['Xóa bộ lọc', VIETNAMESE.format.year(2023)]);
    expect(language.format).toBe(VIETNAMESE.format);
    expect(language.localizer).toBe(localizer);
    expect(language.t('toolbar.all', { count: 1234 })).toContain(VIETNAMESE.format.count(1234));
  });

  it('lets the last choice win when an earlier one loads later', async () => {
    const { load, pending } = manualLoads();
    const language = new Language('en', english, load);
    const first = language.show('km');
    const second = language.show('vi');
    pending.get('vi')!(VIETNAMESE);
    await second;
    pending.get('km')!(KHMER);
    await first;
    expect(language.lang).toBe('vi');
  });

  it('writes the shown language into <html lang> and follows the link’s', async () => {
    const root = document.createElement('html');
    const language = new Language('en', english, async () => KHMER);
    let linked: Lang | undefined = $state();
    const stop = followLinkedLanguage(() => linked, language, root);
    flushSync();
    expect(root.lang).toBe('en');
    linked = 'km';
    flushSync();
    await Promise.resolve();
    await Promise.resolve();
    flushSync();
    expect(root.lang).toBe('km');
    stop();
  });
});

describe('the remembered language', () => {
  it('is read back as it was kept, among the page’s other cookies', () => {
    rememberLanguage('lo', document);
    document.cookie = 'other=1; Path=/';
    expect(rememberedLanguage(document)).toBe('lo');
    rememberLanguage('zh-Hans', document);
    expect(rememberedLanguage(document)).toBe('zh-Hans');
  });

  it('is none when nothing was kept, or cookies are refused', () => {
    expect(rememberedLanguage({ cookie: 'other=1; theme=dark' })).toBeNull();
    const refusing = {
      get cookie(): string {
        throw new Error('denied');
      },
      set cookie(_value: string) {
        throw new Error('denied');
      },
    };
    expect(() => rememberLanguage('vi', refusing)).not.toThrow();
    expect(rememberedLanguage(refusing)).toBeNull();
  });
});
