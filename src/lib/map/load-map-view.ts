/**
 * MapView, and MapLibre with it, arrive as one lazy chunk of about 300 KB gzip, fetched when the
 * reader reaches for the map (map-start.svelte.ts); asking twice fetches it once.
 */
let loading: Promise<typeof import('./MapView.svelte')> | undefined;

export function loadMapView(): Promise<typeof import('./MapView.svelte')> {
  loading ??= import('./MapView.svelte').catch((error: unknown) => {
    // a failed fetch (offline for a moment) may be tried again
    loading = undefined;
    throw error;
  });
  return loading;
}
