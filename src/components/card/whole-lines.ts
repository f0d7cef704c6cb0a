/**
 * A compact card's summary fills the height left to it with whole lines, never half a line: the
 * summary's box is cut to as many lines as fit, and marked when that hides some of its text so
 * that its last line can fade out.
 */
import type { Attachment } from 'svelte/attachments';

/**
 * How many lines of `lineHeight` fit in `available` pixels. Half a pixel of slack: a box exactly
 * n lines high may measure a hair under it after subpixel layout.
 */
export function wholeLines(available: number, lineHeight: number): number {
  if (!(lineHeight > 0) || !(available > 0)) return 0;
  return Math.floor((available + 0.5) / lineHeight);
}

/** A line height in pixels, from its computed value ("normal" counts as 1.2 × the font size). */
function lineHeightOf(style: CSSStyleDeclaration): number {
  const given = Number.parseFloat(style.lineHeight);
  return Number.isFinite(given) ? given : 1.2 * Number.parseFloat(style.fontSize);
}

/**
 * On the box that is given the space (a flex item that may shrink): cuts its first child, the
 * text, to the whole lines that fit, and sets `data-clamped` on it when text is hidden.
 */
export const clampToWholeLines: Attachment<HTMLElement> = (slot) => {
  const fit = () => {
    const text = slot.firstElementChild;
    if (!(text instanceof HTMLElement)) return;
    const lineHeight = lineHeightOf(getComputedStyle(text));
    const lines = wholeLines(slot.clientHeight, lineHeight);
    text.style.maxHeight = `${lines * lineHeight}px`;
    text.toggleAttribute('data-clamped', text.scrollHeight > lines * lineHeight + 1);
  };
  const observer = new ResizeObserver(fit);
  observer.observe(slot);
  fit();
  return () => observer.disconnect();
};
