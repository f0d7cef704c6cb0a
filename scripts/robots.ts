/**
 * After `vite build`: dist/robots.txt. Every page may be crawled; the Sitemap line must be an
 * absolute URL, so it is written from SITE_URL at build time rather than kept in public/.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readSiteUrl } from './site-url.ts';

const ROOT = join(fileURLToPath(import.meta.url), '../..');

export function robotsTxt(siteUrl: string): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${readSiteUrl(siteUrl)}/sitemap.xml`, ''].join(
    '\n',
  );
}

function main() {
  const dist = join(ROOT, 'dist');
  mkdirSync(dist, { recursive: true });
  const temporary = join(dist, `robots.txt.${process.pid}.tmp`);
  writeFileSync(temporary, robotsTxt(readSiteUrl()));
  renameSync(temporary, join(dist, 'robots.txt'));
  console.log('robots.txt → dist/robots.txt');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
