/**
 * Text sized to its box on a slide. A slide file does not lay text out: PowerPoint, Keynote,
 * LibreOffice and Google Slides each do, and not all of them shrink an overflowing box. So the
 * size is chosen here, from Arial's character widths (LibreOffice's Liberation Sans has the same),
 * the largest that fits; text that does not fit even at the smallest is cut at a word with an
 * ellipsis (the speaker notes keep it whole).
 */
import { wrapText } from './wrap-text.ts';

/** Arial's advance widths in ems, for the letters that vary most from an average. */
const LOWERCASE_EM: Record<string, number> = {
  c: 0.5,
  f: 0.278,
  i: 0.222,
  j: 0.222,
  k: 0.5,
  l: 0.222,
  m: 0.833,
  r: 0.333,
  s: 0.5,
  t: 0.278,
  v: 0.5,
  w: 0.722,
  x: 0.5,
  y: 0.5,
  z: 0.5,
};
const NARROW = new Set([' ', '.', ',', ';', ':', '!', '|', "'", '’', '(', ')', '[', ']', '/', 'I']);
const WIDE = new Set(['M', 'W', 'm', '—', '@', '%']);
/** a little room for the differences between the apps' layouts */
const SAFETY = 1.06;
/** the line height of single spacing, as the apps set it for a sans-serif font */
export const LINE_HEIGHT = 1.2;

function charEm(char: string): number {
  // a vowel sign or a tone mark (Thai, Khmer, Lao, Burmese, Vietnamese's combining accents) sits
  // on the letter before it and adds no width of its own; nor does a zero-width space or joiner
  if (/[\p{M}\u200b-\u200d]/u.test(char)) return 0;
  const lower = LOWERCASE_EM[char];
  if (lower !== undefined) return lower;
  if (NARROW.has(char)) return 0.278;
  if (WIDE.has(char)) return char === 'm' ? 0.833 : 0.9;
  // CJK, full-width forms and other wide scripts take about a whole em
  if (char.codePointAt(0)! >= 0x2e80) return 1;
  if (char >= 'A' && char <= 'Z') return 0.68;
  return 0.556;
}

/** About how wide `text` is at `fontSize` points, in points. */
/** Khmer's coeng and Burmese's virama set the consonant after them beneath the one before. */
const STACKING = new Set(['\u17d2', '\u1039']);

export function estimateWidth(text: string, fontSize: number): number {
  let ems = 0;
  let previous = '';
  for (const char of text) {
    if (!STACKING.has(previous)) ems += charEm(char);
    previous = char;
  }
  return ems * fontSize * SAFETY;
}

export interface FittedText {
  /** the text to put in the box: whole, or cut with an ellipsis */
  text: string;
  /** in points */
  fontSize: number;
  lines: number;
  cut: boolean;
}

/**
 * The largest of `sizes` (points, largest first) at which `text` fits a box of `width` × `height`
 * points; at the smallest, as much as fits.
 */
export function fitText(
  text: string,
  box: { width: number; height: number },
  sizes: readonly number[],
): FittedText {
  let fitted: FittedText | undefined;
  for (const fontSize of sizes) {
    const maxLines = Math.max(1, Math.floor(box.height / (fontSize * LINE_HEIGHT)));
    const measure = (line: string) => estimateWidth(line, fontSize);
    const wrapped = wrapText(text, box.width, measure, maxLines);
    fitted = {
      text: wrapped.cut ? wrapped.text : text.trim().replace(/\s+/gu, ' '),
      fontSize,
      lines: wrapped.lines.length,
      cut: wrapped.cut,
    };
    if (!wrapped.cut) return fitted;
  }
  if (!fitted) throw new RangeError('fitText needs at least one font size');
  return fitted;
}
