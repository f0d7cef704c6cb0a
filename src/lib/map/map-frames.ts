/**
 * The map's frames, timed around the page's: its size follows the container a frame later, and a
 * picture of it is taken in the frame it is drawn. Type-only use of MapLibre: the map is made in
 * MapView.svelte, the one file that loads it.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { canvasToPng, renderExport, type ExportText } from '../share/export-png.ts';
import { readTheme } from '../theme.ts';
import { drawMapLabels, type DrawnLabel } from './label-drawing.ts';

/**
 * Follows the container's size a frame after it changes. MapLibre's own tracking redraws at once,
 * inside the frame that changed the layout: when a new chronology changes the timeline's height
 * (and the map's with it), that is the frame that first shows the timeline, and it would wait for
 * the map's WebGL redraw (in software on some machines). Returns how to stop.
 */
export function resizeAfterFrame(target: MapLibreMap, container: HTMLElement): () => void {
  let frame = 0;
  const observer = new ResizeObserver(() => {
    cancelAnimationFrame(frame);
    // redrawn at once: a resized canvas is blank until drawn again
    frame = requestAnimationFrame(() => target.resize().redraw());
  });
  observer.observe(container);
  return () => {
    cancelAnimationFrame(frame);
    observer.disconnect();
  };
}

/**
 * The map as a PNG at twice its size with a title and credits. The WebGL picture is copied in the
 * frame it is drawn (its buffer is not kept), and the names, which are HTML, are drawn over it.
 */
export function exportMapImage(
  target: MapLibreMap,
  text: ExportText,
  labels: () => readonly DrawnLabel[],
): Promise<Blob> {
  const container = target.getContainer();
  const width = container.clientWidth;
  const height = container.clientHeight;
  const picture = new Promise<HTMLCanvasElement>((resolve) => {
    target.once('render', () =>
      resolve(
        renderExport(width, height, text, (ctx) => {
          ctx.drawImage(target.getCanvas(), 0, 0, width, height);
          drawMapLabels(ctx, readTheme(), labels());
        }),
      ),
    );
    target.triggerRepaint();
  });
  return picture.then(canvasToPng);
}
