import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../i18n/languages.ts';
import { messages as en } from '../i18n/messages/en.ts';
import { messages as km } from '../i18n/messages/km.ts';
import { messages as vi } from '../i18n/messages/vi.ts';
import type { Messages } from '../i18n/messages/en.ts';
import {
  followLinkedLanguage,
  Language,
  rememberedLanguage,
  rememberLanguage,
} from './language.svelte.ts';

/** Loads that the test settles by hand, in any order. */
function manualLoads() {
  const pending = new Map<Lang, (messages: Messages) => void>();
  const load = (lang: Lang) => new Promise<Messages>((resolve) => pending.set(lang, resolve));
  return { load, pending };
}

describe('Language', () => {
  it('says messages in the language it shows, and in the next once its messages arrive', async () => {
    const language = new Language('en', en, async () => vi);
    expect(language.t('toolbar.clear')).toBe('Clear filters');
    await language.show('vi');
    expect(language.lang).toBe('vi');
    expect(language.t('toolbar.clear')).toBe('Xóa bộ lọc');
  });

  it('keeps showing the current language until the next one has loaded', () => {
    const { load } = manualLoads();
    const language = new Language('en', en, load);
    void language.show('km');
    expect(language.lang).toBe('en');
    expect(language.t('toolbar.done')).toBe('Done');
  });

  it('lets the last choice win when an earlier one loads later', async () => {
    const { load, pending } = manualLoads();
    const language = new Language('en', en, load);
    const first = language.show('km');
    const second = language.show('vi');
    pending.get('vi')!(vi);
    await second;
    pending.get('km')!(km);
    await first;
    expect(language.lang).toBe('vi');
  });

  it('writes the shown language into <html lang> and follows the link’s', async () => {
    const root = document.createElement('html');
    const language = new Language('en', en, async () => km);
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
  it('is read back as it was stored', () => {
    rememberLanguage('lo', localStorage);
    expect(rememberedLanguage(localStorage)).toBe('lo');
  });

  it('is none when storage refuses', () => {
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    } as unknown as Storage;
    expect(() => rememberLanguage('vi', refusing)).not.toThrow();
    expect(rememberedLanguage(refusing)).toBeNull();
  });
});
