/**
 * sitemap.xml (https://www.sitemaps.org/protocol.html): the app's address and every share page's,
 * absolute, so that search engines find each event. robots.txt names it.
 */
import { escapeHtml } from './escape-html.ts';

export function sitemapXml(root: string, eventIds: readonly string[]): string {
  const urls = [root, ...eventIds.map((id) => `${root}event/${encodeURIComponent(id)}/`)];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map((url) => `  <url><loc>${escapeHtml(url)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
}
