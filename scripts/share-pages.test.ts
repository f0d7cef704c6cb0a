import { describe, expect, it } from 'vitest';
import { sampleChronology } from '../tests/unit/sample-chronology.ts';
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
