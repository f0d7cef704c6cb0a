/**
 * The map's names drawn onto an exported picture, where they are on the page: the WebGL canvas
 * holds only shapes and circles, the names are HTML over it.
 */
import { canvasFont, type Theme } from '../theme.ts';
import { LABEL_OFFSET, type LabelSide } from './labels.ts';

export interface DrawnLabel {
  kind: 'city' | 'country';
  text: string;
  /** the point the label hangs from, in CSS pixels of the map */
  x: number;
  y: number;
  side: LabelSide;
}

export function drawMapLabels(
  ctx: CanvasRenderingContext2D,
  theme: Theme,
  labels: readonly DrawnLabel[],
) {
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  for (const label of labels) {
    const city = label.kind === 'city';
    ctx.font = city
      ? canvasFont(theme, theme.mapLabelSize, 600)
      : canvasFont(theme, theme.mapCountrySize, 500);
    const text = city ? label.text : label.text.toUpperCase();
    const width = ctx.measureText(text).width;
    const x = !city
      ? label.x - width / 2
      : label.side === 'before'
        ? label.x - LABEL_OFFSET - width
        : label.x + LABEL_OFFSET;
    ctx.strokeStyle = theme.mapHalo;
    ctx.lineWidth = 3;
    ctx.strokeText(text, x, label.y);
    ctx.fillStyle = city ? theme.ink : theme.inkSoft;
    ctx.fillText(text, x, label.y);
  }
}
