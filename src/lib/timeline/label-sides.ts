/**
 * Which side of its mark each event's label goes, in one row of a lane: to the right when the
 * whole title fits before the next mark, else to the left when it fits after the previous mark and
 * its own label, else on the side with more room, to be shortened there.
 */

/** Pixels between a mark and its label, and kept free after a label. */
export const LABEL_PAD = 4;
/** Less room than this and a label is not drawn at all. */
export const MIN_LABEL_ROOM = 28;

export type LabelSide = 'left' | 'right';

export interface LabelPlacement {
  side: LabelSide;
  /** the pixels the label may take; less than its width means it is shortened to fit */
  room: number;
}

/**
 * `marks` are one row's marks sorted by x0, `width` the row's end. `measure(i)` is the full
 * label's width of mark i; it is asked only for marks with room for a label. Marks with no room
 * get undefined.
 */
export function placeLabels(
  marks: readonly { x0: number; x1: number }[],
  width: number,
  measure: (index: number) => number,
): (LabelPlacement | undefined)[] {
  // where the last mark, with its label, ends
  let taken = -Infinity;
  return marks.map((mark, i) => {
    const next = marks[i + 1]?.x0 ?? width;
    const right = next - mark.x1 - LABEL_PAD * 2;
    const left = mark.x0 - Math.max(0, taken) - LABEL_PAD * 2;
    if (Math.max(right, left) < MIN_LABEL_ROOM) {
      taken = mark.x1;
      return undefined;
    }
    const wanted = measure(i);
    let placement: LabelPlacement;
    if (wanted <= right) placement = { side: 'right', room: right };
    else if (wanted <= left) placement = { side: 'left', room: left };
    else placement = right >= left ? { side: 'right', room: right } : { side: 'left', room: left };
    taken =
      placement.side === 'right'
        ? mark.x1 + LABEL_PAD + Math.min(wanted, placement.room) + LABEL_PAD
        : mark.x1;
    return placement;
  });
}
