import { describe, expect, it } from 'vitest';
import { readBasePath, readSiteUrl, siteRoot } from './site-url.ts';

describe('where the site is published', () => {
  it('reads BASE_PATH with a slash on both ends, whatever was typed', () => {
    expect(readBasePath(undefined)).toBe('/');
    expect(readBasePath('')).toBe('/');
    expect(readBasePath('/')).toBe('/');
    expect(readBasePath('some/path')).toBe('/some/path/');
    expect(readBasePath('/some/path/')).toBe('/some/path/');
    expect(readBasePath('//news//chronology-2023')).toBe('/news/chronology-2023/');
  });

  it('refuses a BASE_PATH that is not a plain path, naming it', () => {
    for (const bad of ['/a b/', '/../x/', 'https://example.org/x/', '/x?y', '/x#y', '/"x"/'])
      expect(() => readBasePath(bad), bad).toThrow(/BASE_PATH must be a path/);
  });

  it('puts the site address and the base path together into the root address', () => {
    expect(siteRoot('https://example.org/', '/some/path')).toBe('https://example.org/some/path/');
    expect(siteRoot('http://127.0.0.1:4173', '/')).toBe('http://127.0.0.1:4173/');
    expect(readSiteUrl('https://example.org///')).toBe('https://example.org');
  });
});
