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

/** Pixels from the point to the label's left edge, as the marker's offset places it. */
export const LABEL_OFFSET = 9;
const PADDING = 2;

export function placeLabels(candidates: readonly LabelCandidate[]): Set<string> {
  const placed: { x0: number; y0: number; x1: number; y1: number }[] = [];
  const shown = new Set<string>();
  const order = [...candidates].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  for (const { key, point, width, height, anchor = 'left' } of order) {
    const left = anchor === 'left' ? point.x + LABEL_OFFSET : point.x - width / 2;
    const box = {
      x0: left - PADDING,
      y0: point.y - height / 2 - PADDING,
      x1: left + width + PADDING,
      y1: point.y + height / 2 + PADDING,
    };
    const collides = placed.some(
      (other) => box.x0 < other.x1 && other.x0 < box.x1 && box.y0 < other.y1 && other.y0 < box.y1,
    );
    if (!collides) {
      placed.push(box);
      shown.add(key);
    }
  }
  return shown;
}
