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

/**
 * BASE_PATH: the path the site is served under (default `/`), as `/some/path/` with both slashes
 * whatever was typed; a clear error for anything that is not a plain path.
 */
export function readBasePath(value: string | undefined = process.env.BASE_PATH): string {
  const text = value?.trim() || '/';
  const segments = text.split('/').filter(Boolean);
  if (segments.some((segment) => !/^[A-Za-z0-9._~-]+$/.test(segment) || /^\.+$/.test(segment))) {
    throw new Error(
      `BASE_PATH must be a path such as /chronology/ (letters, digits, . _ ~ -), not "${text}"`,
    );
  }
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}

/** The absolute address of the site's root: SITE_URL and BASE_PATH, ending in a slash. */
export function siteRoot(siteUrl: string, basePath: string): string {
  return readSiteUrl(siteUrl) + readBasePath(basePath);
}
