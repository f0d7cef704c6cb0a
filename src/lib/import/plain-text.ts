/**
 * Imported HTML reduced to text for the list, the search, the canvas and exports. Tags are removed
 * and never interpreted; what a script or style element holds is dropped with it. Character
 * references (&eacute;, &nbsp;, &#8212; and every other name HTML defines) decode as a browser decodes
 * them in text, by the `entities` package, which follows the HTML standard's table.
 */
import { decodeHTML } from 'entities/decode';

const INLINE_TAG =
  /<\/?(?:a|abbr|b|cite|code|em|i|mark|q|s|small|span|strong|sub|sup|time|u)(?:\s[^>]*)?>/gi;

export function plainText(html: string | undefined): string {
  if (!html) return '';
  return (
    decodeHTML(
      html
        .replace(/<(script|style|iframe|object|template)\b[\s\S]*?(<\/\1\s*>|$)/gi, ' ')
        .replace(/<!--[\s\S]*?(-->|$)/g, ' ')
        // inline markup joins the words around it ("<b>walls</b>." is "walls."); other tags part them
        .replace(INLINE_TAG, '')
        .replace(/<[a-z!/?][^>]*>?/gi, ' '),
    )
      // after decoding, so that &nbsp; and &#10; count as the blank space they are
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
