/**
 * What the timeline works out from all of a chronology's events (their index, the kinds of mark
 * they are drawn with), gathered a batch at a time: an import arrives in chunks of 2,000, and
 * working each out as it comes spares the page a long task over 100,000 events at the end.
 */
import type { ChronologyEvent } from './model.ts';
import { buildIndex, IndexBuilder, type TimelineIndex } from './time-index.ts';
import { markKinds, NO_MARKS, type MarkKinds } from './mark-kinds.ts';

export interface PreparedEvents {
  index: TimelineIndex;
  marks: MarkKinds;
}

export class EventPreparer {
  readonly #index: IndexBuilder;
  #marks: MarkKinds = NO_MARKS;

  constructor(laneKeys: readonly string[]) {
    this.#index = new IndexBuilder(laneKeys);
  }

  add(events: readonly ChronologyEvent[]): this {
    this.#index.add(events);
    this.#marks = markKinds(events, this.#marks);
    return this;
  }

  finish(): PreparedEvents {
    return { index: this.#index.finish(), marks: this.#marks };
  }
}

/** All at once, for a chronology that arrives whole. */
export function prepareEvents(
  events: readonly ChronologyEvent[],
  laneKeys: readonly string[],
): PreparedEvents {
  return { index: buildIndex(events, laneKeys), marks: markKinds(events) };
}
