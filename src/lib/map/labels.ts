/**
 * Where city names can go without covering one another: the busiest cities first, each label kept
 * only where its box is still free.
 */
export interface LabelCandidate {
  key: string;
  count: number;
  /** the point the label hangs from, in screen pixels; it is drawn to the right */
  point: { x: number; y: number };
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
  for (const { key, point, width, height } of order) {
    const box = {
      x0: point.x + LABEL_OFFSET - PADDING,
      y0: point.y - height / 2 - PADDING,
      x1: point.x + LABEL_OFFSET + width + PADDING,
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
