import { describe, expect, it } from 'vitest';
import { robotsTxt } from './robots.ts';

describe('robotsTxt', () => {
  it('lets every crawler read every page', () => {
    const lines = robotsTxt('https://example.org').split('\n');
    expect(lines.slice(0, 2)).toEqual(['User-agent: *', 'Allow: /']);
    expect(lines.filter((line) => /^disallow:/i.test(line))).toEqual([]);
  });

  it('names the sitemap by its absolute address on the published site', () => {
    expect(robotsTxt('https://example.org/')).toContain(
      '\nSitemap: https://example.org/sitemap.xml\n',
    );
    expect(robotsTxt('http://127.0.0.1:4173')).toContain(
      '\nSitemap: http://127.0.0.1:4173/sitemap.xml\n',
    );
  });

  it('names the sitemap under the base path the site is served at', () => {
    expect(robotsTxt('https://example.org', '/news/chronology/')).toContain(
      '\nSitemap: https://example.org/news/chronology/sitemap.xml\n',
    );
  });

  it('refuses a site address that is not absolute, naming SITE_URL', () => {
    expect(() => robotsTxt('example.org')).toThrow(/SITE_URL must be an absolute address/);
    expect(() => robotsTxt('ftp://example.org')).toThrow(/SITE_URL must start with http/);
  });
});
