import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { decodeChronology } from '../src/lib/chronology/decode.ts';
import { citeBibtex, citePlain } from '../src/lib/share/cite.ts';
import { DARK_THEME } from '../src/lib/theme.ts';
import { sampleChronology } from '../tests/unit/sample-chronology.ts';
import { compileDataset } from './compile-data.ts';
import { aliasPage, cardSvg, escapeHtml, sharePage, wrap } from './share-pages.ts';

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
    expect(page).toContain('location.replace("/?event=2023-12-06-pgc-13-hanoi")');
  });

  it('reads in the dark when the reader prefers dark', () => {
    const page = sharePage(hanoi, 'https://example.org/');
    expect(page).toContain('<meta name="color-scheme" content="light dark" />');
    const dark = /@media \(prefers-color-scheme: dark\) \{([\s\S]*?)\n {6}\}/.exec(page)?.[1];
    expect(dark).toContain(`background: ${DARK_THEME.paper}`);
    expect(dark).toContain(`color: ${DARK_THEME.ink}`);
    expect(dark).toContain(`color: ${DARK_THEME.accent}`);
  });

  it('forwards an old id to the event it was renamed to', () => {
    const page = aliasPage('2023-12-06-pgc-13-ha-noi', hanoi, 'https://example.org');
    expect(page).toContain(
      '<meta http-equiv="refresh" content="0; url=/event/2023-12-06-pgc-13-hanoi/" />',
    );
    expect(page).toContain(
      '<link rel="canonical" href="https://example.org/event/2023-12-06-pgc-13-hanoi/" />',
    );
  });

  it('wraps long titles and marks what it had to cut', () => {
    expect(wrap('one two three four five six', 9, 2)).toEqual(['one two', 'three …']);
    expect(cardSvg(hanoi, 'example.org')).toContain('6 December 2023 · Hanoi, Viet Nam');
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
      [`card of ${event.id}`, cardSvg(event, 'example.org')],
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
