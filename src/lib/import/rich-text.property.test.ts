/** The rich-text sanitizer lets nothing through that could run, load or restyle. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALLOWED_TAGS } from '../../../tests/unit/allowed-markup.ts';
import { sanitizeRichText } from './rich-text.ts';
import { RUNS, trickyString } from '../../../tests/unit/import-arbitraries.ts';

describe('sanitizeRichText', () => {
  const FRAGMENTS = [
    '<script>alert(1)</script>',
    '<script',
    '</script>',
    '<img src=x onerror=alert(1)>',
    '<img src="x" onerror="alert(1)"',
    'javascript:alert(1)',
    '<a href="javascript:alert(1)">',
    '<a href="  javascript:alert(1)">',
    '<a href="&#106;avascript:alert(1)">',
    '<a href="&#x6a;avascript:alert(1)">',
    '<a href="java\tscript:alert(1)">',
    '<a href="data:text/html,<script>alert(1)</script>">',
    '<a href="https://example.org">',
    '<a href="mailto:x@example.org">',
    '<a href=',
    '</a>',
    '<iframe src="https://evil.example">',
    '<svg onload=alert(1)>',
    '<svg><a xlink:href="javascript:alert(1)">',
    '<math><mtext><table><mglyph><style>',
    '<style>*{display:none}</style>',
    '<p style="position:fixed">',
    '<noscript><p title="',
    '</noscript>',
    '<!--',
    '-->',
    '<![CDATA[',
    ']]>',
    '<template>',
    '<form action="https://evil.example">',
    '<input autofocus onfocus=alert(1)>',
    '<object data="x">',
    '<base href="https://evil.example/">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<p>',
    '</p>',
    '<em>',
    '<ul><li>',
    '"',
    "'",
    '>',
    '<',
    '&',
    '=',
    ' onmouseover=alert(1) ',
  ];
  const html = fc
    .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 8 }), trickyString), {
      maxLength: 14,
    })
    .map((parts) => parts.join(''));

  it('lets through only allowed tags, link attributes and web or mail addresses', () => {
    fc.assert(
      fc.property(html, (input) => {
        const output = sanitizeRichText(input);
        const document = new DOMParser().parseFromString(output, 'text/html');
        for (const element of document.documentElement.querySelectorAll('*')) {
          const tag = element.tagName.toLowerCase();
          if (tag === 'head' || tag === 'body') continue;
          expect(ALLOWED_TAGS).toContain(tag);
          for (const attribute of element.attributes) {
            expect(['href', 'target', 'rel']).toContain(attribute.name);
          }
          const href = element.getAttribute('href');
          if (href !== null) {
            // as the browser resolves it; a relative address would stay on this site
            expect(['http:', 'https:', 'mailto:']).toContain(
              new URL(href, 'https://app.invalid/').protocol,
            );
          }
          // a link opens in a new tab without a referrer (an href on a <p> is inert)
          if (tag === 'a' && href !== null) {
            expect(element.getAttribute('target')).toBe('_blank');
            expect(element.getAttribute('rel')?.split(' ')).toEqual(
              expect.arrayContaining(['noopener', 'noreferrer']),
            );
          }
        }
        // sanitizing what it gave is harmless too, and changes nothing a reader would see
        expect(
          new DOMParser().parseFromString(sanitizeRichText(output), 'text/html').body.textContent,
        ).toBe(document.body.textContent);
      }),
      { numRuns: RUNS },
    );
  });
});
