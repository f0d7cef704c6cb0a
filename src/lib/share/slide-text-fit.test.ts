import { describe, expect, it } from 'vitest';
import { LINE_HEIGHT, estimateWidth, fitText } from './slide-text-fit.ts';

const SIZES = [18, 16, 14, 12];
const box = { width: 648, height: 144 };
const sentence =
  'The ministers agreed to share information on cybercrime and to train investigators. ';

/** how many lines the text takes at its size, wrapped by the same estimate */
function fitsBox(fitted: { lines: number; fontSize: number }) {
  return fitted.lines * fitted.fontSize * LINE_HEIGHT <= box.height;
}

describe('fitText', () => {
  it('keeps a short summary at the largest size', () => {
    const fitted = fitText(sentence, box, SIZES);
    expect(fitted).toMatchObject({ fontSize: 18, cut: false, text: sentence.trim() });
  });

  it('shrinks a longer summary until it fits the box', () => {
    const fitted = fitText(sentence.repeat(7), box, SIZES);
    expect(fitted.fontSize).toBeLessThan(18);
    expect(fitted.cut).toBe(false);
    expect(fitsBox(fitted)).toBe(true);
  });

  it('cuts what does not fit even at the smallest size, at a word, with an ellipsis', () => {
    const fitted = fitText(sentence.repeat(30), box, SIZES);
    expect(fitted.fontSize).toBe(12);
    expect(fitted.cut).toBe(true);
    expect(fitted.text.endsWith('…')).toBe(true);
    expect(sentence.repeat(30)).toContain(fitted.text.slice(0, -1));
    expect(fitsBox(fitted)).toBe(true);
  });

  it('counts capitals and wide letters wider than narrow ones', () => {
    expect(estimateWidth('WWWW', 10)).toBeGreaterThan(estimateWidth('iiii', 10) * 3);
    expect(estimateWidth('中国', 10)).toBeGreaterThan(estimateWidth('ab', 10));
  });

  it('adds no width for a Khmer vowel sign or subscript consonant', () => {
    // ក (ka) alone, then with a vowel sign and a subscript consonant on it
    expect(estimateWidth('ក្តិ', 10)).toBe(estimateWidth('ក', 10));
  });

  it('keeps a Khmer title whole where its letters fit, though it has many marks', () => {
    const title = 'កិច្ចសហប្រតិបត្តិការអាស៊ាន–ចិន ប្រឆាំងឧក្រិដ្ឋកម្មតាមប្រព័ន្ធបច្ចេកវិទ្យា ២០០៣–២០២៣';
    const fitted = fitText(title, { width: 633, height: 75 }, [34, 30, 26, 22]);
    expect(fitted.cut).toBe(false);
    expect(fitted.text).toBe(title);
  });
});
