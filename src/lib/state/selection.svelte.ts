/** The event the reader has open, and an id from a link that the chronology does not have. */
import type { ChronologyEvent } from '../chronology/model.ts';
import type { ShownChronology } from './shown-chronology.svelte.ts';

export class Selection {
  readonly #shown: ShownChronology;
  selectedId = $state<string | undefined>();
  /** an event id from a link that this chronology does not have */
  missingEventId = $state<string | undefined>();
  selected: ChronologyEvent | undefined = $derived.by(() =>
    this.selectedId === undefined ? undefined : this.#shown.event(this.selectedId),
  );

  constructor(shown: ShownChronology) {
    this.#shown = shown;
  }

  select(id: string | undefined) {
    this.selectedId = id;
    if (id !== undefined) this.missingEventId = undefined;
  }

  /** The event a link names: selected under its current id, or kept aside as not found. */
  selectLinked(id: string | undefined) {
    const resolved = id === undefined ? undefined : this.#shown.resolveId(id);
    this.selectedId = resolved;
    this.missingEventId = id !== undefined && resolved === undefined ? id : undefined;
  }

  dismissMissingEvent() {
    this.missingEventId = undefined;
  }
}
