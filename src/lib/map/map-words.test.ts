import { describe, expect, it } from 'vitest';
import { messages as lo } from '../i18n/messages/lo.ts';
import { translatorFor } from '../../../tests/unit/translator-for.ts';
import { mapLocale, relabelMapControls } from './map-words.ts';

/** The elements MapLibre makes for its canvas and controls, with its English words on them. */
function maplibreControls(): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = `
    <canvas class="maplibregl-canvas" aria-label="Map"></canvas>
    <button class="maplibregl-ctrl-zoom-in" title="Zoom in" aria-label="Zoom in"></button>
    <button class="maplibregl-ctrl-zoom-out" title="Zoom out" aria-label="Zoom out"></button>
    <summary class="maplibregl-ctrl-attrib-button" title="Toggle attribution"></summary>`;
  return container;
}

describe('the map’s own words', () => {
  it('give MapLibre every string it shows on this map, in the interface’s language', () => {
    const locale = mapLocale(translatorFor('lo', lo));
    expect(locale['NavigationControl.ZoomIn']).toBe(lo.mapControls.zoomIn);
    expect(locale['Map.Title']).toBe(lo.map.heading);
    for (const text of Object.values(locale)) expect(text).not.toMatch(/[A-Za-z]/);
  });

  it('are said again on MapLibre’s elements when the language changes', () => {
    const container = maplibreControls();
    relabelMapControls(container, mapLocale(translatorFor('lo', lo)));
    const zoomIn = container.querySelector('.maplibregl-ctrl-zoom-in')!;
    expect(zoomIn.getAttribute('title')).toBe(lo.mapControls.zoomIn);
    expect(zoomIn.getAttribute('aria-label')).toBe(lo.mapControls.zoomIn);
    expect(container.querySelector('canvas')!.getAttribute('aria-label')).toBe(lo.map.heading);
    expect(container.querySelector('canvas')!.hasAttribute('title')).toBe(false);
    expect(
      container.querySelector('.maplibregl-ctrl-attrib-button')!.getAttribute('aria-label'),
    ).toBe(lo.mapControls.credits);
  });
});
