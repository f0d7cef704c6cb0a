import { describe, expect, it } from 'vitest';
import { sitemapXml } from './sitemap.ts';

describe('sitemapXml', () => {
  it('lists the app and every share page by absolute address, under the base path', () => {
    const xml = sitemapXml('https://example.org/x/', ['2023-12-06-pgc-13-hanoi', '2008-a']);
    const document = new DOMParser().parseFromString(xml, 'application/xml');
    expect(document.querySelector('parsererror')).toBeNull();
    expect(document.documentElement.namespaceURI).toBe(
      'http://www.sitemaps.org/schemas/sitemap/0.9',
    );
    expect([...document.querySelectorAll('url > loc')].map((loc) => loc.textContent)).toEqual([
      'https://example.org/x/',
      'https://example.org/x/event/2023-12-06-pgc-13-hanoi/',
      'https://example.org/x/event/2008-a/',
    ]);
  });

  it('escapes what XML would misread', () => {
    expect(sitemapXml('https://example.org/?a=1&b=2', [])).toContain('?a=1&amp;b=2');
  });
});
