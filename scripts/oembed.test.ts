import { describe, expect, it } from 'vitest';
import { oembedFor, oembedLink } from './oembed.ts';
import { escapeHtml } from './escape-html.ts';

const root = 'https://example.org/news/chronology/';
const card = `${root}event/2023-12-06-pgc-13-hanoi/card.png`;

function frameOf(html: string) {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

describe('oembedFor', () => {
  const oembed = oembedFor(root, 'Hanoi, 2023', 'The chronology', card, '2023-12-06-pgc-13-hanoi');

  it('is a rich oEmbed of version 1.0 with a size, a provider and the card as thumbnail', () => {
    expect(oembed).toMatchObject({
      version: '1.0',
      type: 'rich',
      title: 'Hanoi, 2023',
      provider_name: 'The chronology',
      provider_url: root,
      thumbnail_url: card,
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
    expect(oembed.width).toBeGreaterThan(0);
    expect(oembed.height).toBeGreaterThan(0);
  });

  it('embeds the event in a self-sizing frame with the script that sizes it', () => {
    const code = frameOf(oembed.html);
    const src = new URL(code.querySelector('iframe')!.getAttribute('src')!);
    expect(src.origin + src.pathname).toBe(root);
    expect(Object.fromEntries(src.searchParams)).toEqual({
      event: '2023-12-06-pgc-13-hanoi',
      embed: '1',
      autosize: '1',
    });
    expect(code.querySelector('script')?.getAttribute('src')).toBe(`${root}embed.js`);
  });

  it('embeds the whole chronology when no event is named', () => {
    const whole = oembedFor(root, 'All', 'The chronology', `${root}card.png`);
    const src = new URL(frameOf(whole.html).querySelector('iframe')!.getAttribute('src')!);
    expect(src.searchParams.has('event')).toBe(false);
  });
});

describe('oembedLink', () => {
  it('is the discovery link, with the title escaped', () => {
    expect(oembedLink(`${root}oembed.json`, 'A "b"', escapeHtml)).toBe(
      `<link rel="alternate" type="application/json+oembed" href="${root}oembed.json" title="A &quot;b&quot;" />`,
    );
  });
});
