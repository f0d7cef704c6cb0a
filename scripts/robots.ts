/**
 * After `vite build`: robots.txt. Every page may be crawled; the Sitemap line must be an absolute
 * URL, so it is written from SITE_URL and BASE_PATH at build time rather than kept in public/.
 * (Crawlers read robots.txt only at a host's root: a site under a sub-path has its sitemap named
 * here all the same, for the host's own robots.txt to copy.)
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readOutDir } from './out-dir.ts';
import { readBasePath, readSiteUrl, siteRoot } from './site-url.ts';

export function robotsTxt(siteUrl: string, basePath = '/'): string {
  return [
    'User-agent: *',
    'Allow: /',
    '',
    `Sitemap: ${siteRoot(siteUrl, basePath)}sitemap.xml`,
    '',
  ].join('\n');
}

function main() {
  const out = readOutDir();
  mkdirSync(out, { recursive: true });
  const temporary = join(out, `robots.txt.${process.pid}.tmp`);
  writeFileSync(temporary, robotsTxt(readSiteUrl(), readBasePath()));
  renameSync(temporary, join(out, 'robots.txt'));
  console.log(`robots.txt → ${join(out, 'robots.txt')}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
