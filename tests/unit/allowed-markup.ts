/**
 * What imported formatting may bring into the page, written down once for the tests, apart from
 * the sanitizer's own configuration, so that a sanitizer letting more through fails them.
 */
export const ALLOWED_TAGS: ReadonlySet<string> = new Set([
  'a',
  'p',
  'br',
  'em',
  'strong',
  'i',
  'b',
  'u',
  'ul',
  'ol',
  'li',
  'blockquote',
]);

/** The only addresses a surviving link may have. */
export const SAFE_LINK = /^(https?:|mailto:)/i;
