/**
 * Text broken into lines that fit a width, for places that do not wrap by themselves (a canvas)
 * or whose wrapping we must foresee (a slide's text box, sized before PowerPoint lays it out).
 * Words are never split unless one alone is wider than the line; text that needs more lines than
 * allowed ends in an ellipsis on the last one, so a reader sees that something was left out.
 * Thai, Khmer, Lao and Burmese write no spaces between words: a run of them wider than the line
 * breaks between the words a dictionary finds there (Intl.Segmenter), never inside a character.
 */

/** The width of a piece of text, in whatever unit the maximum width is given in. */
export type MeasureText = (text: string) => number;

export interface WrappedText {
  lines: string[];
  /** whether text was left out to keep within the lines allowed */
  cut: boolean;
  /** the lines as one text again, with a space only where the text had one between them */
  text: string;
}

const ELLIPSIS = '…';
const words = new Intl.Segmenter(undefined, { granularity: 'word' });
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const pieces = (text: string, segmenter: Intl.Segmenter) =>
  Array.from(segmenter.segment(text), (part) => part.segment);

/** Adds `parts` to lines no wider than `maxWidth`; a part wider than a line is split further. */
function fill(parts: string[], maxWidth: number, measure: MeasureText, split?: Intl.Segmenter) {
  const lines: string[] = [];
  let line = '';
  for (const part of parts) {
    if (measure(line + part) <= maxWidth || (line === '' && !split)) {
      line += part;
      continue;
    }
    if (line !== '') lines.push(line);
    if (measure(part) <= maxWidth || !split) {
      line = part;
      continue;
    }
    const smaller = fill(pieces(part, split), maxWidth, measure);
    lines.push(...smaller.slice(0, -1));
    line = smaller.at(-1) ?? '';
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** A word wider than the line, broken between its words (or characters) that fit. */
function breakWord(word: string, maxWidth: number, measure: MeasureText): string[] {
  return fill(pieces(word, words), maxWidth, measure, graphemes);
}

/** The line shortened word by word until it fits with an ellipsis after it. */
function withEllipsis(line: string, maxWidth: number, measure: MeasureText): string {
  let kept = line.split(' ');
  while (kept.length > 1 && measure(`${kept.join(' ')}${ELLIPSIS}`) > maxWidth) {
    kept = kept.slice(0, -1);
  }
  const text = kept.join(' ').replace(/[\s,;:.–—-]+$/u, '');
  const characters = pieces(text, graphemes);
  while (characters.length > 1 && measure(`${characters.join('')}${ELLIPSIS}`) > maxWidth)
    characters.pop();
  return `${characters.join('')}${ELLIPSIS}`;
}

/** `text` in lines no wider than `maxWidth`, at most `maxLines` of them. */
export function wrapText(
  text: string,
  maxWidth: number,
  measure: MeasureText,
  maxLines = Number.POSITIVE_INFINITY,
): WrappedText {
  const lines: string[] = [];
  /** whether each line goes on from the word the line before ended in */
  const glued: boolean[] = [];
  let line = '';
  let lineGlued = false;
  const push = (done: string, continues: boolean) => {
    lines.push(done);
    glued.push(continues);
  };
  for (const word of text.trim().split(/\s+/u).filter(Boolean)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (measure(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line !== '') push(line, lineGlued);
    lineGlued = false;
    if (measure(word) <= maxWidth) {
      line = word;
      continue;
    }
    const broken = breakWord(word, maxWidth, measure);
    broken.slice(0, -1).forEach((piece, index) => push(piece, index > 0));
    line = broken.at(-1)!;
    lineGlued = broken.length > 1;
  }
  if (line !== '') push(line, lineGlued);
  const joined = (kept: string[]) =>
    kept.map((each, index) => (index > 0 && !glued[index] ? ` ${each}` : each)).join('');
  if (lines.length <= maxLines) return { lines, cut: false, text: joined(lines) };
  const kept = lines.slice(0, Math.max(1, maxLines));
  kept[kept.length - 1] = withEllipsis(kept.at(-1)!, maxWidth, measure);
  return { lines: kept, cut: true, text: joined(kept) };
}
