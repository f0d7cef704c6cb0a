import { describe, expect, it } from 'vitest';
import { needsMarkup, plainText } from './plain-text.ts';

describe('text written as HTML', () => {
  it.each([
    'Plain words, no tags',
    '<p>One paragraph of plain words.</p>',
    '  <P>Upper-case paragraph tags</P>\n',
    '5 < 6 and 7 > 3',
  ])('needs no markup to be shown as meant: %j', (text) => {
    expect(needsMarkup(text)).toBe(false);
  });

  it.each([
    '<p>Themistocles begins the <strong>walls</strong>.</p>',
    '<p>One</p><p>Two</p>',
    '<p>Fish &amp; chips</p>',
    'A <a href="https://example.org">link</a>',
    '<ul><li>a list</li></ul>',
    '<p class="lead">a paragraph with attributes</p>',
    'text<br>broken',
  ])('needs its markup: %j', (text) => {
    expect(needsMarkup(text)).toBe(true);
  });

  it('reads as its plain text where no markup is needed', () => {
    expect(plainText('<p>One paragraph of plain words.</p>')).toBe('One paragraph of plain words.');
  });
});

describe('character references in imported text', () => {
  it.each([
    ['Caf&eacute; &mdash; Genève', 'Café — Genève'],
    ['&Eacute;cole &amp; &AElig;sir', 'École & Æsir'],
    ['one&nbsp;two&#160;three', 'one two three'],
    ['&hellip;&lsquo;a&rsquo; &ldquo;b&rdquo;', '…‘a’ “b”'],
    ['&alpha;&Omega; &rarr; &hearts; &euro;5 &frac12; &times;', 'αΩ → ♥ €5 ½ ×'],
    ['&NotNestedGreaterGreater; &bne;', '⪢̸ =⃥'],
    ['&#8212; &#x2014; &#X1F600;', '— — 😀'],
    ['AT&T &unknown; &amp', 'AT&T &unknown; &'],
    ['&lt;script&gt;alert(1)&lt;/script&gt;', '<script>alert(1)</script>'],
  ])('decodes %j as a browser shows it', (html, text) => {
    expect(plainText(html)).toBe(text);
  });
});
