/**
 * What the map shows, worked out once for both of its faces, the picture drawn at once
 * (MapPicture.svelte) and MapLibre once started (MapView.svelte): host cities with their counts
 * in the visible range, the states' shares, where it looks. Make it during the map panel's setup.
 */
import type { Chronology } from '../chronology/model.ts';
import { getFilters, getSelection, getShown, getViewport } from '../state/context.ts';
import { settled } from '../state/settled.svelte.ts';
import { mapFrame } from './map-frame.ts';
import { cityFeatures, rangeCounts, statesOf } from './sources.ts';

export class MapContent {
  readonly #selection = getSelection();
  readonly #shown = getShown();
  readonly #filters = getFilters();
  // The map follows the timeline's range once a zoom or pan comes to rest, not on every frame of
  // it: MapLibre redraws in WebGL (in software on some machines), and counting 100,000 events on
  // every frame would lengthen the timeline's.
  readonly #range = settled(() => getViewport().visibleRange, 200);
  // A new chronology or filter once the page has drawn it: with 100,000 events the counting (and
  // MapLibre's redraw) would otherwise lengthen the frame that first shows the timeline and list.
  readonly #onMap = settled(
    () => ({
      chronology: this.#shown.chronology,
      imported: this.#shown.imported,
      index: this.#filters.index,
    }),
    0,
    { afterFrame: true },
  );

  // Each its own derived: what depends on the chronology alone must not run again for a filter
  // (a new fit of MapLibre's bounds would undo the reader's pan and zoom).
  readonly chronology: Chronology | undefined = $derived(this.#onMap.current.chronology);
  readonly imported: boolean = $derived(this.#onMap.current.imported);
  readonly counted = $derived(rangeCounts(this.#onMap.current.index, this.#range.current));
  readonly cities = $derived(
    cityFeatures(this.chronology?.places ?? [], this.counted.byPlace, this.#selection.selected),
  );
  readonly frame = $derived(mapFrame(this.imported, this.chronology?.places ?? []));
  /** the selected event's participants: the states are shaded by them rather than by counts */
  readonly shaded = $derived(
    this.#selection.selected ? statesOf(this.#selection.selected) : undefined,
  );
}
