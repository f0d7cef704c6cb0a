/** Plain-language wording for parts of an event, shared by the list, the details and exports. */
import type { Confidence } from './compiled.ts';
import type { ChronologyEvent, Source } from './model.ts';
import { formatWrittenRange } from '../dates/partial-date.ts';

export function placeLabel(event: ChronologyEvent): string {
  if (event.online) return 'Online';
  if (event.place) return [event.place.city, event.place.country?.name].filter(Boolean).join(', ');
  if (event.country) return `${event.country.name} (city not known)`;
  return 'Place not known';
}

/** Reliability in a few words: the list's badge and the first half of `reliabilityLabel`. */
export const CONFIDENCE_LABEL: Record<Confidence, string> = {
  confirmed: 'Confirmed',
  'single-source': 'One public source, not confirmed',
  uncertain: 'Uncertain',
};

export const CONFIDENCE_DESCRIPTION: Record<Confidence, string> = {
  confirmed: 'two or more independent sources agree.',
  'single-source': 'no second, independent source was found.',
  uncertain:
    'sources disagree on a key detail, or a detail such as the year or the days is inferred; the notes say which.',
};

/** The one sentence on reliability that the details, the share pages and the citations all show. */
export function reliabilityLabel(confidence: Confidence): string {
  return `${CONFIDENCE_LABEL[confidence]}: ${CONFIDENCE_DESCRIPTION[confidence]}`;
}

export function participantsLabel(event: ChronologyEvent): string {
  return event.participants.length === 0
    ? 'Not listed in the sources'
    : event.participants.map((state) => state.name).join(', ');
}

/** Who published a source and when, as far as known: "China.org.cn, 11 January 2004". */
export function sourceByline(source: Source): string {
  return [source.publisher, source.date && formatWrittenRange(source.date)]
    .filter(Boolean)
    .join(', ');
}
