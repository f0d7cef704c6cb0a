/**
 * The map's names drawn onto an exported picture, where they are on the page: the WebGL canvas
 * holds only shapes and circles, the names are HTML over it.
 */
import { LABEL_OFFSET, type LabelSide } from './labels.ts';

export interface DrawnLabel {
  kind: 'city' | 'country';
  text: string;
  /** the point the label hangs from, in CSS pixels of the map */
  x: number;
  y: number;
  side: LabelSide;
}

export function drawMapLabels(ctx: CanvasRenderingContext2D, labels: readonly DrawnLabel[]) {
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  for (const label of labels) {
    const city = label.kind === 'city';
    ctx.font = city ? '600 12px system-ui, sans-serif' : '500 11px system-ui, sans-serif';
    const text = city ? label.text : label.text.toUpperCase();
    const width = ctx.measureText(text).width;
    const x = !city
      ? label.x - width / 2
      : label.side === 'before'
        ? label.x - LABEL_OFFSET - width
        : label.x + LABEL_OFFSET;
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = 3;
    ctx.strokeText(text, x, label.y);
    ctx.fillStyle = city ? '#1b1f24' : '#4a525c';
    ctx.fillText(text, x, label.y);
  }
}
