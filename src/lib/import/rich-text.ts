/**
 * The HTML an imported chronology may bring into the page: links, emphasis, lists and paragraphs,
 * nothing else. TimelineJS lets authors write HTML, and a file from elsewhere is hostile until
 * proven otherwise: scripts, event handlers, styles, iframes, forms and `javascript:` or `data:`
 * addresses are removed by DOMPurify; links open in a new tab without telling the other site where
 * the reader came from.
 */
import DOMPurify from 'dompurify';

const ALLOWED_TAGS = [
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
];

let purifier: ReturnType<typeof DOMPurify> | undefined;

function instance() {
  if (purifier) return purifier;
  purifier = DOMPurify(window);
  // an address means something only on a link
  purifier.addHook('uponSanitizeAttribute', (node, data) => {
    if (data.attrName === 'href' && node.tagName !== 'A') data.keepAttr = false;
  });
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A' && node.hasAttribute('href')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer nofollow external');
    }
  });
  return purifier;
}

export function sanitizeRichText(html: string): string {
  return instance().sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
    KEEP_CONTENT: true,
  });
}
