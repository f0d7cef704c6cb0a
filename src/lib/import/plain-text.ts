/**
 * Imported HTML reduced to text for the list, the search, the canvas and exports. Tags are removed
 * and never interpreted; what a script or style element holds is dropped with it.
 */
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
};

function decodeEntity(entity: string, body: string): string {
  if (body.startsWith('#')) {
    const code =
      body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1));
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  }
  return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
}

const INLINE_TAG =
  /<\/?(?:a|abbr|b|cite|code|em|i|mark|q|s|small|span|strong|sub|sup|time|u)(?:\s[^>]*)?>/gi;

export function plainText(html: string | undefined): string {
  if (!html) return '';
  return (
    html
      .replace(/<(script|style|iframe|object|template)\b[\s\S]*?(<\/\1\s*>|$)/gi, ' ')
      .replace(/<!--[\s\S]*?(-->|$)/g, ' ')
      // inline markup joins the words around it ("<b>walls</b>." is "walls."); other tags part them
      .replace(INLINE_TAG, '')
      .replace(/<[a-z!/?][^>]*>?/gi, ' ')
      .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, decodeEntity)
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/**
 * Whether the text holds markup worth keeping (links, emphasis, lists) beyond plain text. One
 * paragraph of words, as TimelineJS wraps every text, reads the same as its plain text: keeping
 * its HTML too would double what 100,000 events weigh in the page.
 */
export function needsMarkup(text: string): boolean {
  return /<[a-z!/]/i.test(text) && !/^\s*<p>[^<&]*<\/p>\s*$/i.test(text);
}
