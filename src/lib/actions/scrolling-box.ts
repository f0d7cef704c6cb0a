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

/**
 * Scrolls `box` so that `item` is within it, `above` pixels clear of its top edge (a sticky
 * heading's room), when it is not already; returns whether it scrolled.
 */
export function bringIntoBox(
  item: HTMLElement,
  box: HTMLElement,
  { above = 0, behavior = 'smooth' }: { above?: number; behavior?: ScrollBehavior } = {},
): boolean {
  const boxTop = box.getBoundingClientRect().top + box.clientTop;
  const itemRect = item.getBoundingClientRect();
  const top = itemRect.top - boxTop + box.scrollTop;
  const bottom = top + itemRect.height;
  if (top >= box.scrollTop + above && bottom <= box.scrollTop + box.clientHeight) return false;
  box.scrollTo({ top: Math.max(0, top - above), behavior });
  return true;
}

/**
 * Brings `item` into `box` now and checks again over the next `frames` frames: what comes into
 * sight is laid out only then (content-visibility), growing from its estimated height, and may
 * push the item out of the box again. Returns how to stop early.
 */
export function bringIntoBoxAndKeep(
  item: HTMLElement,
  box: HTMLElement,
  options: { above?: number } = {},
  frames = 6,
): () => void {
  let left = frames;
  let frame = 0;
  const check = () => {
    bringIntoBox(item, box, { ...options, behavior: 'instant' });
    if (--left > 0) frame = requestAnimationFrame(check);
  };
  check();
  return () => cancelAnimationFrame(frame);
}
