/**
 * MapLibre's own words (the names of its controls, the label of its canvas) in the interface's
 * language. MapLibre reads them once, when the map is made; after the reader switches language,
 * `relabelMapControls` says them again on the elements MapLibre made.
 */
import type { Translate } from '../i18n/translate.ts';

/** MapLibre's `locale` option: its UI string ids, each in the interface's language. */
export function mapLocale(t: Translate): Record<string, string> {
  return {
    'Map.Title': t('map.heading'),
    'NavigationControl.ZoomIn': t('mapControls.zoomIn'),
    'NavigationControl.ZoomOut': t('mapControls.zoomOut'),
    'AttributionControl.ToggleAttribution': t('mapControls.credits'),
  };
}

/** Where MapLibre puts each string, and whether it is the element's tooltip too. */
const PLACES: readonly { selector: string; id: string; title: boolean }[] = [
  { selector: 'canvas.maplibregl-canvas', id: 'Map.Title', title: false },
  { selector: '.maplibregl-ctrl-zoom-in', id: 'NavigationControl.ZoomIn', title: true },
  { selector: '.maplibregl-ctrl-zoom-out', id: 'NavigationControl.ZoomOut', title: true },
  {
    selector: '.maplibregl-ctrl-attrib-button',
    id: 'AttributionControl.ToggleAttribution',
    title: true,
  },
];

export function relabelMapControls(container: ParentNode, locale: Record<string, string>): void {
  for (const { selector, id, title } of PLACES) {
    const text = locale[id];
    if (text === undefined) continue;
    for (const element of container.querySelectorAll(selector)) {
      if (element.getAttribute('aria-label') !== text) element.setAttribute('aria-label', text);
      if (title && element.getAttribute('title') !== text) element.setAttribute('title', text);
    }
  }
}
