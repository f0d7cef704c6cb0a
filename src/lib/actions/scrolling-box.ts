/**
 * The box a reader scrolls to see `start`: the nearest element, from `start` outwards, that
 * scrolls vertically now (its overflow lets it, and it holds more than it shows). None when only
 * the page itself scrolls. A list inside a pane that scrolls may itself be told to scroll, yet
 * never does: it is the pane that moves.
 */
export function scrollingBox(start: HTMLElement): HTMLElement | undefined {
  for (let box: HTMLElement | null = start; box; box = box.parentElement) {
    if (box === document.body || box === document.documentElement) return undefined;
    const { overflowY } = getComputedStyle(box);
    if ((overflowY === 'auto' || overflowY === 'scroll') && box.scrollHeight > box.clientHeight) {
      return box;
    }
  }
  return undefined;
}

/** Scrolls `box`, at once, so that `item` is within it, `above` pixels clear of its top edge. */
function scrollIntoBox(item: HTMLElement, box: HTMLElement, above: number): void {
  const boxTop = box.getBoundingClientRect().top + box.clientTop;
  const itemRect = item.getBoundingClientRect();
  const top = itemRect.top - boxTop + box.scrollTop;
  const bottom = top + itemRect.height;
  if (top >= box.scrollTop + above && bottom <= box.scrollTop + box.clientHeight) return;
  box.scrollTo({ top: Math.max(0, top - above), behavior: 'instant' });
}

/**
 * Brings `item` into `box` (with `above` pixels of room over it, for a heading) now, and checks
 * again over the next `frames` frames: what comes into sight is laid out only then
 * (content-visibility), growing from its estimated height, and may push the item out of the box
 * again. Not smoothly: a smooth scroll would stop short of the item by as much.
 */
export function bringIntoBoxAndKeep(
  item: HTMLElement,
  box: HTMLElement,
  { above = 0 }: { above?: number } = {},
  frames = 6,
): void {
  let left = frames;
  const check = () => {
    scrollIntoBox(item, box, above);
    if (--left > 0) requestAnimationFrame(check);
  };
  check();
}
