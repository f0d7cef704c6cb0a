import { describe, expect, it } from 'vitest';
import { ALLOWED_TAGS, SAFE_LINK } from '../../../tests/unit/allowed-markup.ts';
import { sanitizeRichText } from './rich-text.ts';

/** The sanitized HTML as a browser would build it. */
function parsed(html: string): HTMLElement {
  return new DOMParser().parseFromString(html, 'text/html').body;
}

/** Everything in the output that could run code, load something or restyle the page. */
function dangers(html: string): string[] {
  const found: string[] = [];
  // the whole document: a parser moves <script>, <style>, <meta> and <base> into the head
  const document = new DOMParser().parseFromString(html, 'text/html');
  for (const element of document.documentElement.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    if (tag === 'head' || tag === 'body') continue;
    if (!ALLOWED_TAGS.has(tag)) found.push(`<${tag}>`);
    for (const attribute of element.attributes) {
      if (!['href', 'target', 'rel'].includes(attribute.name)) found.push(`@${attribute.name}`);
    }
    const href = element.getAttribute('href');
    if (href !== null && !SAFE_LINK.test(href.trim())) found.push(`href=${href}`);
  }
  return found;
}

const PAYLOADS: [name: string, html: string, keeps?: string][] = [
  ['a script element', '<script>alert(1)</script>Hello', 'Hello'],
  ['a script with odd casing', '<ScRiPt >alert(1)</sCrIpT>'],
  ['an image with onerror', '<img src=x onerror="alert(1)">'],
  [
    'an event handler on an allowed tag',
    '<p onclick="alert(1)" onmouseover="alert(2)">Text</p>',
    'Text',
  ],
  ['a javascript: link', '<a href="javascript:alert(1)">click</a>', 'click'],
  ['a javascript: link after spaces', '<a href="  javascript:alert(1)">click</a>', 'click'],
  ['a javascript: link in mixed case', '<a href="JaVaScRiPt:alert(1)">click</a>', 'click'],
  ['an entity-encoded javascript: link', '<a href="&#106;avascript:alert(1)">click</a>', 'click'],
  [
    'a hex-entity-encoded javascript: link',
    '<a href="&#x6A;&#x61;vascript:alert(1)">click</a>',
    'click',
  ],
  ['a javascript: link split by a tab', '<a href="java&#x09;script:alert(1)">click</a>', 'click'],
  ['a javascript: link split by a newline', '<a href="java\nscript:alert(1)">click</a>', 'click'],
  [
    'a data: link',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    'x',
  ],
  ['a vbscript: link', '<a href="vbscript:msgbox(1)">x</a>', 'x'],
  ['an iframe', '<iframe src="https://evil.example/"></iframe>After', 'After'],
  ['an iframe with srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
  ['an svg with onload', '<svg onload="alert(1)"><circle r="5"/></svg>'],
  ['an svg with a script', '<svg><script>alert(1)</script></svg>'],
  ['a style element', '<style>body { display: none }</style>Visible', 'Visible'],
  ['a style attribute', '<p style="position:fixed;inset:0">Covered</p>', 'Covered'],
  ['an object', '<object data="https://evil.example/x.swf"></object>'],
  ['an embed', '<embed src="https://evil.example/x.swf">'],
  [
    'a form',
    '<form action="https://evil.example"><input name="password"><button>Go</button></form>',
  ],
  ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example">'],
  ['a base element', '<base href="https://evil.example/">'],
  ['a link element', '<link rel="stylesheet" href="https://evil.example/x.css">'],
  ['a math mutation', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>'],
  ['a noscript mutation', '<noscript><p title="</noscript><img src=x onerror=alert(1)>">'],
  ['a comment hiding a tag', '<!--<img src=x onerror=alert(1)>-->Text', 'Text'],
  ['an unclosed tag', '<img src=x onerror=alert(1)//', undefined],
  ['a template', '<template><script>alert(1)</script></template>Text', 'Text'],
  [
    'a link with its own target and rel',
    '<a href="https://x.example" target="_self" rel="opener">x</a>',
    'x',
  ],
  ['ids and classes that could clash with the page', '<p id="app" class="modal">Text</p>', 'Text'],
  [
    'a video with a poster',
    '<video poster="javascript:alert(1)"><source src=x onerror=alert(1)></video>',
  ],
  ['a button with formaction', '<button formaction="javascript:alert(1)">x</button>', 'x'],
  [
    'an image inside a link',
    '<a href="https://x.example"><img src=x onerror=alert(1)>in</a>',
    'in',
  ],
];

describe('sanitizeRichText', () => {
  it.each(PAYLOADS)('makes %s harmless', (_, html, keeps) => {
    const safe = sanitizeRichText(html);
    expect(dangers(safe)).toEqual([]);
    expect(safe).not.toMatch(/<script|onerror|onload|onclick|javascript:|<iframe|<svg|<style/i);
    if (keeps !== undefined) expect(parsed(safe).textContent).toBe(keeps);
  });

  it('is checked by a test that sees the danger in the unsanitized payloads', () => {
    const unseen = PAYLOADS.filter(([, html]) => dangers(html).length === 0).map(([name]) => name);
    // a comment is no element, a tag cut off by the end of the text is dropped by the parser,
    // and a https link with its own target and rel is harmless until clicked
    expect(unseen).toEqual([
      'a comment hiding a tag',
      'an unclosed tag',
      'a link with its own target and rel',
    ]);
  });

  it('keeps paragraphs, emphasis and line breaks as they are', () => {
    const html =
      '<p>First <em>em</em>, <strong>strong</strong>, <i>i</i>, <b>b</b>, <u>u</u>.<br>Line two.</p><blockquote>Quoted</blockquote>';
    expect(sanitizeRichText(html)).toBe(html);
  });

  it('keeps lists', () => {
    const html = '<ul><li>one</li><li>two</li></ul><ol><li>first</li></ol>';
    expect(sanitizeRichText(html)).toBe(html);
  });

  it('keeps web and mail links, opening them in a new tab without a referrer', () => {
    const safe = parsed(
      sanitizeRichText(
        '<p>See <a href="https://example.org/a?b=c">the source</a> or <a href="mailto:x@example.org">write</a> or <a href="http://example.org">an old one</a>.</p>',
      ),
    );
    const links = [...safe.querySelectorAll('a')];
    expect(links.map((link) => [link.getAttribute('href'), link.textContent])).toEqual([
      ['https://example.org/a?b=c', 'the source'],
      ['mailto:x@example.org', 'write'],
      ['http://example.org', 'an old one'],
    ]);
    for (const link of links) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')?.split(' ')).toEqual(
        expect.arrayContaining(['noopener', 'noreferrer']),
      );
    }
    expect(safe.textContent).toBe('See the source or write or an old one.');
  });

  it('overrides a link’s own target and rel', () => {
    const link = parsed(
      sanitizeRichText('<a href="https://x.example" target="_self" rel="opener">x</a>'),
    ).querySelector('a')!;
    expect(link.getAttribute('target')).toBe('_blank');
    const rel = link.getAttribute('rel')!.split(' ');
    expect(rel).toContain('noopener');
    expect(rel).not.toContain('opener');
  });

  it('keeps the words of a link it cannot keep, without making it a link', () => {
    const safe = sanitizeRichText('<a href="javascript:alert(1)">words</a>');
    const link = parsed(safe).querySelector('a');
    expect(link?.hasAttribute('href') ?? false).toBe(false);
    expect(link?.hasAttribute('target') ?? false).toBe(false);
    expect(parsed(safe).textContent).toBe('words');
  });

  it('keeps the text of tags it does not allow', () => {
    expect(sanitizeRichText('<div><span>Inside</span> <h1>Title</h1></div>')).toBe('Inside Title');
  });

  it('escapes text that only looks like markup', () => {
    const safe = sanitizeRichText('1 &lt; 2 &amp;&amp; 3 &gt; 2 &lt;script&gt;');
    expect(parsed(safe).textContent).toBe('1 < 2 && 3 > 2 <script>');
    expect(dangers(safe)).toEqual([]);
  });
});

describe('addresses outside links', () => {
  it('are dropped: only a link may carry an href', () => {
    const html = sanitizeRichText('<p href="https://example.org/">text</p>');
    expect(html).toBe('<p>text</p>');
  });
});
