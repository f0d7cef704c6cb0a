/**
 * SITE_URL: where the site is published. Share pages, their cards and robots.txt need absolute
 * links, so the build reads it once here (default: what `npm start` serves).
 */
export const DEFAULT_SITE_URL = 'http://localhost:4173';

/** The site's address without a trailing slash; a clear error when it is not an http(s) URL. */
export function readSiteUrl(value: string | undefined = process.env.SITE_URL): string {
  const text = value?.trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(
      `SITE_URL must be an absolute address such as https://example.org, not "${text}"`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`SITE_URL must start with http:// or https://, not "${text}"`);
  }
  return text.replace(/\/+$/, '');
}
