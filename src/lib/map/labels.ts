/**
 * Where city names can go without covering one another: the busiest cities first, each label kept
 * only where its box is still free.
 */
export interface LabelCandidate {
  key: string;
  /** higher wins a collision; country names use -1 so every city comes first */
  count: number;
  /** the point the label hangs from, in screen pixels */
  point: { x: number; y: number };
  /** 'left': drawn to the right of the point (a city beside its circle); 'center': around it */
  anchor?: 'left' | 'center';
  width: number;
  height: number;
}

/** Pixels from the point to the label's near edge, as the marker's offset places it. */
export const LABEL_OFFSET = 9;
/** Room kept beside a name. None above and below: a city's name is a 24 px tall target (for a
 * finger), which already leaves room around its text, and targets may touch but not overlap. */
const PADDING_X = 2;
const PADDING_Y = 0;

/**
 * Which side of its circle a city's name goes: after it (to the right), or before it where the
 * map's right edge would cut the name off.
 */
export type LabelSide = 'after' | 'before';

/** The labels that can be shown, each with its side; `viewWidth` is the map's width in pixels. */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  viewWidth = Infinity,
): Map<string, LabelSide> {
  const placed: { x0: number; y0: number; x1: number; y1: number }[] = [];
  const shown = new Map<string, LabelSide>();
  const order = [...candidates].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  for (const { key, point, width, height, anchor = 'left' } of order) {
    let left = anchor === 'left' ? point.x + LABEL_OFFSET : point.x - width / 2;
    let side: LabelSide = 'after';
    const before = point.x - LABEL_OFFSET - width;
    if (anchor === 'left' && left + width > viewWidth && before >= 0) {
      left = before;
      side = 'before';
    }
    const box = {
      x0: left - PADDING_X,
      y0: point.y - height / 2 - PADDING_Y,
      x1: left + width + PADDING_X,
      y1: point.y + height / 2 + PADDING_Y,
    };
    const collides = placed.some(
      (other) => box.x0 < other.x1 && other.x0 < box.x1 && box.y0 < other.y1 && other.y0 < box.y1,
    );
    if (!collides) {
      placed.push(box);
      shown.set(key, side);
    }
  }
  return shown;
}
