/**
 * Which kinds of mark a chronology's events are drawn with, so that the legend explains those and
 * no others (an imported chronology has no uncertain events, and often none held online).
 */
import type { ChronologyEvent } from './model.ts';

export type MarkStyle = 'sharp' | 'span';

/** Sharp for a date known to the day; a faint span for one known only to its month or year. */
export function markStyle(event: ChronologyEvent): MarkStyle {
  return event.precision === 'day' ? 'sharp' : 'span';
}

export interface MarkKinds {
  day: boolean;
  span: boolean;
  uncertain: boolean;
  online: boolean;
}

export const NO_MARKS: Readonly<MarkKinds> = {
  day: false,
  span: false,
  uncertain: false,
  online: false,
};

/** The kinds the events use, with those already found (`found`, left as it is) added. */
export function markKinds(
  events: readonly ChronologyEvent[],
  found: Readonly<MarkKinds> = NO_MARKS,
): MarkKinds {
  const kinds: MarkKinds = { ...found };
  for (const event of events) {
    if (kinds.day && kinds.span && kinds.uncertain && kinds.online) break;
    const style = markStyle(event);
    if (style === 'sharp') kinds.day = true;
    else kinds.span = true;
    if (event.confidence === 'uncertain') kinds.uncertain = true;
    // a span is drawn as a span even when held online (see drawEvent)
    if (event.online && style === 'sharp') kinds.online = true;
  }
  return kinds;
}
