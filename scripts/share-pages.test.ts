import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { decodeChronology } from '../src/lib/chronology/decode.ts';
import { citeBibtex, citePlain } from '../src/lib/share/cite.ts';
import { DARK_THEME } from '../src/lib/theme.ts';
import { sampleChronology } from '../tests/unit/sample-chronology.ts';
import { compileDataset } from './compile-data.ts';
import { cardSvg, eventCardText, wrap } from './share-card.ts';
import { aliasPage, escapeHtml, sharePage, withRootOembedLink } from './share-pages.ts';

const chronology = sampleChronology();
const hanoi = chronology.events.find((event) => event.id === '2023-12-06-pgc-13-hanoi')!;

describe('share pages', () => {
  it('escapes everything it writes into HTML', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
    const page = sharePage({ ...hanoi, title: '<script>alert(1)</script>' }, 'https://example.org');
    expect(page).not.toContain('<script>alert(1)</script>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('gives absolute Open Graph links under the site address', () => {
    const page = sharePage(hanoi, 'https://example.org/');
    expect(page).toContain(
      '<meta property="og:url" content="https://example.org/event/2023-12-06-pgc-13-hanoi/" />',
    );
    expect(page).toContain(
      '<meta property="og:image" content="https://example.org/event/2023-12-06-pgc-13-hanoi/card.png" />',
    );
  });

  it('shows the event itself, with a link into the timeline, and never forwards the reader', () => {
    const page = new DOMParser().parseFromString(
      sharePage(hanoi, 'https://example.org/'),
      'text/html',
    );
    expect(page.querySelector('h1')?.textContent).toBe(hanoi.title);
    const open = [...page.querySelectorAll('a')].find(
      (link) => link.textContent === 'Open in the interactive timeline',
    );
    expect(open?.getAttribute('href')).toBe('/?event=2023-12-06-pgc-13-hanoi');
    expect(page.querySelector('meta[http-equiv="refresh"]')).toBeNull();
    const scripts = [...page.querySelectorAll('script')];
    expect(scripts.map((script) => script.type)).toEqual(['application/ld+json']);
  });

  it('links the events before and after it', () => {
    const [previous, next] = [chronology.events[0]!, chronology.events[2]!];
    const html = sharePage(hanoi, 'https://example.org/', { previous, next });
    const page = new DOMParser().parseFromString(html, 'text/html');
    expect(page.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe(
      `/event/${previous.id}/`,
    );
    expect(page.querySelector('a[rel="next"]')?.getAttribute('href')).toBe(`/event/${next.id}/`);
    expect(page.querySelector('a[rel="next"]')?.textContent).toContain(next.title);
    const first = new DOMParser().parseFromString(
      sharePage(hanoi, 'https://example.org/', { next }),
      'text/html',
    );
    expect(first.querySelector('a[rel="prev"]')).toBeNull();
  });

  it('keeps every link under the base path the site is served at', () => {
    const html = sharePage(hanoi, 'https://example.org/news/chronology/');
    const page = new DOMParser().parseFromString(html, 'text/html');
    const pageUrl = 'https://example.org/news/chronology/event/2023-12-06-pgc-13-hanoi/';
    expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(pageUrl);
    expect(page.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(
      `${pageUrl}card.png`,
    );
    expect(page.querySelector('link[type="application/json+oembed"]')?.getAttribute('href')).toBe(
      `${pageUrl}oembed.json`,
    );
    const local = [...page.querySelectorAll('a[href^="/"], link[href^="/"]')].map((element) =>
      element.getAttribute('href'),
    );
    expect(local.length).toBeGreaterThan(0);
    expect(local.filter((href) => !href!.startsWith('/news/chronology/'))).toEqual([]);
  });

  it('carries the citation meta that reference managers read', () => {
    const page = new DOMParser().parseFromString(
      sharePage(hanoi, 'https://example.org/'),
      'text/html',
    );
    const content = (name: string) =>
      page.querySelector(`meta[name="${name}"]`)?.getAttribute('content');
    expect(content('citation_title')).toBe(hanoi.title);
    expect(content('citation_date')).toBe('2023/12/06');
    expect(content('citation_public_url')).toBe(
      'https://example.org/event/2023-12-06-pgc-13-hanoi/',
    );
    expect(content('citation_publisher')).toBeTruthy();
    const data = JSON.parse(page.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect([data['@type'], data.name]).toEqual(['Event', hanoi.title]);
  });

  it('reads in the dark when the reader prefers dark', () => {
    const page = sharePage(hanoi, 'https://example.org/');
    expect(page).toContain('<meta name="color-scheme" content="light dark" />');
    const dark = /@media \(prefers-color-scheme: dark\) \{([\s\S]*?)\n {6}\}/.exec(page)?.[1];
    expect(dark).toContain(`--paper: ${DARK_THEME.paper}`);
    expect(dark).toContain(`--ink: ${DARK_THEME.ink}`);
    expect(dark).toContain(`--accent: ${DARK_THEME.accent}`);
    expect(page).toContain('background: var(--paper)');
  });

  it('forwards an old id to the event it was renamed to, under the base path', () => {
    const page = aliasPage('2023-12-06-pgc-13-ha-noi', hanoi, 'https://example.org');
    expect(page).toContain(
      '<meta http-equiv="refresh" content="0; url=/event/2023-12-06-pgc-13-hanoi/" />',
    );
    expect(aliasPage('old', hanoi, 'https://example.org/x/')).toContain(
      'url=/x/event/2023-12-06-pgc-13-hanoi/',
    );
    expect(page).toContain(
      '<link rel="canonical" href="https://example.org/event/2023-12-06-pgc-13-hanoi/" />',
    );
  });

  it('wraps long titles and marks what it had to cut', () => {
    expect(wrap('one two three four five six', 9, 2)).toEqual(['one two', 'three …']);
    expect(cardSvg(eventCardText(hanoi), 'example.org')).toContain(
      '6 December 2023 · Hanoi, Viet Nam',
    );
  });

  it("links the whole chronology's oEmbed file from the app's page, once", () => {
    const index = '<html><head><title>x</title></head><body></body></html>';
    const once = withRootOembedLink(index, 'https://example.org/x/');
    const twice = withRootOembedLink(once, 'https://example.org/x/');
    expect(twice).toBe(once);
    const page = new DOMParser().parseFromString(twice, 'text/html');
    expect(
      page.querySelector('head link[type="application/json+oembed"]')?.getAttribute('href'),
    ).toBe('https://example.org/x/oembed.json');
  });
});

describe('what readers of the published chronology are shown', () => {
  const root = join(import.meta.dirname, '..');
  const compiled = compileDataset(join(root, 'data'));
  if (!compiled.ok) throw new Error(compiled.problems.join('\n'));
  const chronology = decodeChronology(JSON.parse(compiled.json));

  // The file names of the source texts: as data/sources.yaml records them, and as they lie beside
  // the project when that folder is there.
  const seedsDir = join(root, '../shared/seeds');
  const recorded = (parse(readFileSync(join(root, 'data/sources.yaml'), 'utf8')) as object[])
    .map((source) => (source as Record<string, unknown>)['textFile'])
    .filter((name): name is string => typeof name === 'string');
  const names = [...new Set([...recorded, ...(existsSync(seedsDir) ? readdirSync(seedsDir) : [])])];
  const forms = names.flatMap((name) => {
    const stem = name.replace(/\.txt$/, '');
    return [name, stem, stem.slice(stem.indexOf('_') + 1)];
  });

  const link = 'https://example.org/event/x/';
  const accessed = new Date(Date.UTC(2026, 11, 1));
  const texts: [string, string][] = [
    ['events.json', compiled.json],
    ['events.csv', compiled.csv],
    ...chronology.events.flatMap((event): [string, string][] => [
      [`share page of ${event.id}`, sharePage(event, 'https://example.org')],
      [`card of ${event.id}`, cardSvg(eventCardText(event), 'example.org')],
      [
        `citation of ${event.id}`,
        citePlain(event, link, accessed) + citeBibtex(event, link, accessed),
      ],
    ]),
  ];

  it('knows the file names of all five source texts', () => {
    expect(names.length).toBeGreaterThanOrEqual(5);
  });

  it('never names a source text by its file name, whole, without extension or by its hash', () => {
    const found = texts.flatMap(([where, text]) =>
      forms.filter((form) => text.includes(form)).map((form) => `${where}: ${form}`),
    );
    expect(found).toEqual([]);
  });

  it('never uses the words "seed" or "trap"', () => {
    const found = texts.flatMap(([where, text]) =>
      [...text.matchAll(/\b(?:seeds?|traps?)\b/gi)].map((match) => `${where}: ${match[0]}`),
    );
    expect(found).toEqual([]);
  });

  it('compiles at least 75 events, each with its sources shown by title and publisher', () => {
    expect(chronology.events.length).toBeGreaterThanOrEqual(75);
    for (const event of chronology.events) {
      expect(event.sources.length, event.id).toBeGreaterThan(0);
      for (const source of event.sources) expect(source.title && source.publisher).toBeTruthy();
    }
  });
});
