import { describe, expect, it } from 'vitest';
import { embedCode } from './embed-code.ts';

const src = 'https://example.org/news/?event=2023-12-06-pgc-13-hanoi&embed=1&autosize=1&theme=dark';
const script = 'https://example.org/news/embed.js';

function parse(code: string) {
  const template = document.createElement('template');
  template.innerHTML = code;
  return template.content;
}

describe('embedCode', () => {
  it('writes a responsive frame with the script that sizes it, once', () => {
    const code = parse(embedCode(src, 'Hanoi, 2023', { kind: 'responsive' }, script));
    const frame = code.querySelector('iframe')!;
    expect(frame.getAttribute('src')).toBe(src);
    expect(frame.getAttribute('title')).toBe('Hanoi, 2023');
    expect(frame.style.width).toBe('100%');
    expect(frame.getAttribute('width')).toBe('100%');
    expect([...code.querySelectorAll('script')].map((tag) => tag.getAttribute('src'))).toEqual([
      script,
    ]);
  });

  it('writes a fixed frame without any script', () => {
    const code = embedCode(src, 'Hanoi', { kind: 'fixed', width: 800, height: 600 }, script);
    const frame = parse(code).querySelector('iframe')!;
    expect([frame.getAttribute('width'), frame.getAttribute('height')]).toEqual(['800', '600']);
    expect(code).not.toContain('<script');
  });

  it('keeps every parameter of the address and escapes the title', () => {
    const code = embedCode(src, 'A "quoted" <b>title</b> & more', { kind: 'full' }, script);
    expect(code).toContain('&amp;theme=dark');
    const frame = parse(code).querySelector('iframe')!;
    expect(frame.getAttribute('src')).toBe(src);
    expect(frame.getAttribute('title')).toBe('A "quoted" <b>title</b> & more');
  });
});
