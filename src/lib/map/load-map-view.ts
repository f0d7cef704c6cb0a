/**
 * MapView, and MapLibre with it, arrive as one lazy chunk of about 300 KB gzip. Asking for it
 * early (the reader's pointer on the Map tab, or a page that has been idle for a while) means the
 * map starts sooner once it is shown; asking twice fetches it once.
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

/** Fetches the map's code ahead of need; a failure is told when the map is shown. */
export function preloadMapView(): void {
  loadMapView().catch(() => {});
}
