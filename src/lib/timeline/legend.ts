/**
 * Which kinds of mark a chronology's events are drawn with, so that the legend explains those and
 * no others (an imported chronology has no uncertain events, and often none held online).
 */
import type { ChronologyEvent } from '../dataset/model.ts';
import { glyphStyle } from './glyph.ts';

export interface MarkKinds {
  day: boolean;
  span: boolean;
  uncertain: boolean;
  online: boolean;
}

export function markKinds(events: readonly ChronologyEvent[]): MarkKinds {
  const kinds: MarkKinds = { day: false, span: false, uncertain: false, online: false };
  for (const event of events) {
    const style = glyphStyle(event);
    if (style === 'sharp') kinds.day = true;
    else kinds.span = true;
    if (event.confidence === 'uncertain') kinds.uncertain = true;
    // a span is drawn as a span even when held online (see drawEvent)
    if (event.online && style === 'sharp') kinds.online = true;
    if (kinds.day && kinds.span && kinds.uncertain && kinds.online) break;
  }
  return kinds;
}
