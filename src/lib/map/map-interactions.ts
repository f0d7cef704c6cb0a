/**
 * What the reader does on the map: a click on a city or a state filters by it, the pointer shows
 * what can be clicked, and where the map comes to rest is told. Type-only use of MapLibre: the map
 * is made in MapView.svelte, the one file that loads it.
 */
import type { Map as MapLibreMap, MapLayerMouseEvent } from 'maplibre-gl';

export interface MapReader {
  /** a city marker was clicked: its place key */
  onplace: (key: string) => void;
  /** a state was clicked (not under a city marker): its code */
  onstate: (code: string) => void;
  /** the map came to rest, centred at "lon,lat" to three decimals */
  onmoved: (centre: string) => void;
}

export function listenToReader(map: MapLibreMap, reader: MapReader) {
  map.on('click', 'cities', (event: MapLayerMouseEvent) => {
    const key = event.features?.[0]?.properties?.key;
    if (typeof key === 'string') reader.onplace(key);
  });
  map.on('click', 'countries', (event: MapLayerMouseEvent) => {
    // a click on a city marker is about the city, not the state under it
    if (map.queryRenderedFeatures(event.point, { layers: ['cities'] }).length > 0) return;
    const code = event.features?.[0]?.properties?.code;
    if (typeof code === 'string') reader.onstate(code);
  });
  for (const layer of ['cities', 'countries']) {
    map.on('mouseenter', layer, () => (map.getCanvas().style.cursor = 'pointer'));
    map.on('mouseleave', layer, () => (map.getCanvas().style.cursor = ''));
  }
  map.on('moveend', () => {
    const centre = map.getCenter();
    reader.onmoved(`${centre.lng.toFixed(3)},${centre.lat.toFixed(3)}`);
  });
}
