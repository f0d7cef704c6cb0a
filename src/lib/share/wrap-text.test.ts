import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapText } from './wrap-text.ts';

/** one unit per character: easy to reason about in a test */
const byLength = (text: string) => text.length;

describe('wrapText', () => {
  it('keeps text that fits on one line as it is', () => {
    expect(wrapText('Hanoi, Viet Nam', 20, byLength)).toEqual({
      lines: ['Hanoi, Viet Nam'],
      cut: false,
      text: 'Hanoi, Viet Nam',
    });
  });

  it('breaks between words, never inside one that fits a line', () => {
    expect(wrapText('the ministers met in Bali', 13, byLength).lines).toEqual([
      'the ministers',
      'met in Bali',
    ]);
  });

  it('breaks a word longer than the line, such as an address', () => {
    const { lines } = wrapText('see https://example.org/a/long/path', 10, byLength);
    expect(lines.every((line) => line.length <= 10)).toBe(true);
    expect(lines.join('')).toBe('seehttps://example.org/a/long/path');
  });

  it('ends the last line allowed with an ellipsis when text is left out', () => {
    const wrapped = wrapText('one two three four five six seven', 10, byLength, 2);
    expect(wrapped.cut).toBe(true);
    expect(wrapped.lines).toEqual(['one two', 'three…']);
  });

  it('breaks Khmer, written without spaces, between its words and never inside a character', () => {
    // "cooperation against cybercrime", with no space between the words
    const khmer = 'កិច្ចសហប្រតិបត្តិការប្រឆាំងឧក្រិដ្ឋកម្ម';
    const graphemes = new Intl.Segmenter('km', { granularity: 'grapheme' });
    const clusters = (text: string) => Array.from(graphemes.segment(text), (g) => g.segment);
    const { lines, text } = wrapText(khmer, 12, byLength);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(khmer);
    expect(text).toBe(khmer);
    // each line starts with a whole character: no vowel sign or subscript left at a line's start
    for (const line of lines) expect(clusters(khmer).join('|')).toContain(clusters(line)[0]);
    for (const line of lines) expect(line).not.toMatch(/^\p{M}/u);
  });

  it('gives the kept text back with its spaces where it had them and none inside a word', () => {
    const wrapped = wrapText('see https://example.org/a/long/path now', 10, byLength);
    expect(wrapped.text).toBe('see https://example.org/a/long/path now');
  });

  it('never returns a line wider than asked, nor more lines than allowed', () => {
    const words = fc.array(fc.stringMatching(/^[a-z]{1,14}$/), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(
        words,
        fc.integer({ min: 2, max: 30 }),
        fc.integer({ min: 1, max: 6 }),
        (w, width, max) => {
          const { lines } = wrapText(w.join(' '), width, byLength, max);
          return lines.length <= max && lines.every((line) => line.length <= width);
        },
      ),
    );
  });
});
