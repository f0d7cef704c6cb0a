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

export const CONFIDENCE_LABEL: Record<Confidence, string> = {
  confirmed: 'Confirmed',
  'public-only': 'One public source',
  'seed-only': 'Source document only',
  uncertain: 'Uncertain',
};

export const CONFIDENCE_DESCRIPTION: Record<Confidence, string> = {
  confirmed: 'A source document and a public source agree, or two independent public sources do.',
  'public-only': 'Found in one public source; not mentioned in the source documents.',
  'seed-only': 'Only a source document mentions it; no public source was found.',
  uncertain:
    'Sources disagree on a key detail, or a detail (such as the year or the days) is inferred. See the notes.',
};

export function participantsLabel(event: ChronologyEvent): string {
  return event.participants.length === 0
    ? 'Not listed in the sources'
    : event.participants.map((state) => state.name).join(', ');
}

/**
 * Who published a source and when, as far as known, and which seed text it is:
 * "China.org.cn, 11 January 2004" or "ca-pgc.org · source document 000_a266789af9914593.txt".
 */
export function sourceByline(source: Source): string {
  const published = [source.publisher, source.date && formatWrittenRange(source.date)]
    .filter(Boolean)
    .join(', ');
  return source.seed ? `${published} · source document ${source.seed}` : published;
}
