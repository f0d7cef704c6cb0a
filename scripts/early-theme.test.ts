import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { chooseLanguage } from '../src/lib/i18n/negotiate.ts';
import { LANGUAGES, isLang } from '../src/lib/i18n/languages.ts';
import { earlyChunks, type EarlyChunks } from './early-chunks.ts';

const SOURCE = readFileSync(join(import.meta.dirname, '../public/early-theme.js'), 'utf8');
const MANIFEST: EarlyChunks = {
  dir: 'assets/',
  lang: Object.fromEntries(LANGUAGES.map((lang) => [lang, [`${lang}-1.js`]])),
  english: ['locale-format-1.js'],
  foreign: ['foreign-format-1.js'],
  full: ['FullEvent-1.js', 'FullEvent-1.css'],
  compact: ['CompactEvent-1.js'],
  notices: ['PageNotices-1.js'],
};

/** Runs the early script on an address; the links it added to the head. */
function run(
  search: string,
  { languages = [] as string[], remembered = null as string | null, filled = true } = {},
) {
  const links: { rel: string; as?: string; href: string }[] = [];
  const source = filled
    ? SOURCE.replace('/*early-chunks*/ null', JSON.stringify(MANIFEST))
    : SOURCE;
  runInNewContext(source, {
    URL,
    URLSearchParams,
    Blob,
    Worker: class {},
    location: { search, href: `https://example.org/${search}` },
    navigator: { languages },
    document: {
      cookie: remembered === null ? 'other=1' : `other=1; chronology-lang=${remembered}`,
      currentScript: { src: 'https://example.org/site/early-theme.js' },
      documentElement: { dataset: {} },
      createElement: () => ({}) as (typeof links)[number],
      head: { appendChild: (link: (typeof links)[number]) => links.push(link) },
    },
  });
  return links.filter((link) => !link.href.endsWith('events.json'));
}

const names = (links: ReturnType<typeof run>) =>
  links.map((link) => link.href.replace('https://example.org/site/assets/', ''));

describe('the early script', () => {
  it('asks, beside the entry, for the language’s words and a linked event’s card', () => {
    const links = run('?event=2023-12-06-pgc-13-hanoi', { languages: ['vi-VN', 'en'] });
    expect(names(links)).toEqual([
      'vi-1.js',
      'foreign-format-1.js',
      'FullEvent-1.js',
      'FullEvent-1.css',
      'PageNotices-1.js',
    ]);
    expect(links.map((link) => link.rel)).toEqual([
      'modulepreload',
      'modulepreload',
      'modulepreload',
      'preload',
      'modulepreload',
    ]);
    expect(links[3]!.as).toBe('style');
  });

  it('asks for an embed’s compact card, and for no card when ?data= names another chronology', () => {
    expect(names(run('?embed=1&event=x&lang=th'))).toEqual([
      'th-1.js',
      'foreign-format-1.js',
      'CompactEvent-1.js',
    ]);
    expect(names(run('?data=https://example.com/a.json&event=x'))).toEqual([
      'en-1.js',
      'locale-format-1.js',
    ]);
  });

  it('picks the language the app will pick, for every kind of reader', () => {
    const readers: { search: string; remembered: string | null; languages: string[] }[] = [
      { search: '?lang=km', remembered: 'vi', languages: ['th'] },
      { search: '?lang=fr', remembered: 'lo', languages: ['th'] },
      { search: '', remembered: 'zh-Hans', languages: ['en'] },
      { search: '', remembered: 'nonsense', languages: ['zh-TW', 'ms-MY'] },
      { search: '', remembered: null, languages: ['zh-CN'] },
      { search: '', remembered: null, languages: ['zh-Hant-HK', 'fr'] },
      { search: '', remembered: null, languages: ['tl-PH'] },
      { search: '', remembered: null, languages: ['fr-FR', 'my_MM'] },
      { search: '', remembered: null, languages: [] },
    ];
    for (const reader of readers) {
      const linked = new URLSearchParams(reader.search).get('lang');
      const app = chooseLanguage({
        linked: isLang(linked) ? linked : undefined,
        remembered: reader.remembered,
        preferred: reader.languages,
      });
      expect(names(run(reader.search, reader))[0], JSON.stringify(reader)).toBe(`${app}-1.js`);
    }
  });

  it('asks for nothing more in development, where the build has not written the chunks in', () => {
    expect(run('?event=x', { filled: false })).toEqual([]);
  });
});

describe('the chunks the first render waits for', () => {
  const chunk = (
    fileName: string,
    moduleIds: string[],
    imports: string[] = [],
    css: string[] = [],
  ) => ({
    fileName,
    moduleIds,
    imports,
    css,
  });

  it('are each part with what it imports, less what the entry brings, stylesheets included', () => {
    const manifest = earlyChunks(
      [
        chunk('assets/index.js', ['/src/main.ts'], ['assets/shared.js']),
        chunk('assets/shared.js', ['/src/shared.ts']),
        chunk('assets/runtime.js', ['\0runtime']),
        chunk(
          'assets/en.js',
          ['/src/lib/i18n/messages/en.ts'],
          ['assets/runtime.js', 'assets/shared.js'],
        ),
        chunk('assets/vi.js', ['/src/lib/i18n/messages/vi.ts']),
        chunk('assets/card.js', ['/src/components/card/FullEvent.svelte'], [], ['assets/card.css']),
        chunk('assets/steps.js', [
          '/src/components/card/EventStepper.svelte',
          '/src/components/card/swipe.ts',
        ]),
      ],
      'assets/index.js',
    );
    expect(manifest.dir).toBe('assets/');
    expect(manifest.lang).toEqual({ en: ['en.js', 'runtime.js'], vi: ['vi.js'] });
    expect(manifest.full).toEqual(['card.js', 'card.css', 'steps.js']);
    expect(manifest.compact).toEqual(['steps.js']);
  });
});
