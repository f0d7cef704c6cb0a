/**
 * Text broken into lines that fit a width, for places that do not wrap by themselves (a canvas)
 * or whose wrapping we must foresee (a slide's text box, sized before PowerPoint lays it out).
 * Words are never split unless one alone is wider than the line; text that needs more lines than
 * allowed ends in an ellipsis on the last one, so a reader sees that something was left out.
 */

/** The width of a piece of text, in whatever unit the maximum width is given in. */
export type MeasureText = (text: string) => number;

export interface WrappedText {
  lines: string[];
  /** whether text was left out to keep within the lines allowed */
  cut: boolean;
}

const ELLIPSIS = '…';

/** A word wider than the line, broken at the last character that fits (at least one a line). */
function breakWord(word: string, maxWidth: number, measure: MeasureText): string[] {
  const pieces: string[] = [];
  let rest = word;
  while (rest !== '') {
    let end = rest.length;
    while (end > 1 && measure(rest.slice(0, end)) > maxWidth) end -= 1;
    pieces.push(rest.slice(0, end));
    rest = rest.slice(end);
  }
  return pieces;
}

/** The line shortened word by word until it fits with an ellipsis after it. */
function withEllipsis(line: string, maxWidth: number, measure: MeasureText): string {
  let words = line.split(' ');
  while (words.length > 1 && measure(`${words.join(' ')}${ELLIPSIS}`) > maxWidth) {
    words = words.slice(0, -1);
  }
  let text = words.join(' ').replace(/[\s,;:.–—-]+$/u, '');
  while (text.length > 1 && measure(`${text}${ELLIPSIS}`) > maxWidth) text = text.slice(0, -1);
  return `${text}${ELLIPSIS}`;
}

/** `text` in lines no wider than `maxWidth`, at most `maxLines` of them. */
export function wrapText(
  text: string,
  maxWidth: number,
  measure: MeasureText,
  maxLines = Number.POSITIVE_INFINITY,
): WrappedText {
  const words = text.trim().split(/\s+/u).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (measure(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    if (measure(word) <= maxWidth) {
      line = word;
    } else {
      const pieces = breakWord(word, maxWidth, measure);
      lines.push(...pieces.slice(0, -1));
      line = pieces.at(-1)!;
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return { lines, cut: false };
  const kept = lines.slice(0, Math.max(1, maxLines));
  kept[kept.length - 1] = withEllipsis(kept.at(-1)!, maxWidth, measure);
  return { lines: kept, cut: true };
}
