/**
 * Plain-language wording for parts of an event, shared by the list, the details and exports, in
 * the language `t` says messages in.
 */
import type { Translate } from '../i18n/translate.ts';
import type { Confidence } from './compiled.ts';
import type { ChronologyEvent, Source } from './model.ts';
import { formatWrittenRange } from '../dates/partial-date.ts';

export function placeLabel(event: ChronologyEvent, t: Translate): string {
  if (event.online) return t('describe.online');
  if (event.place)
    return [event.place.city, event.place.country?.name]
      .filter(Boolean)
      .join(t('describe.listSeparator'));
  if (event.country) return t('describe.cityUnknown', { country: event.country.name });
  return t('describe.placeUnknown');
}

/** Reliability in a few words: the list's badge and the first half of `reliabilityLabel`. */
export function confidenceLabel(confidence: Confidence, t: Translate): string {
  if (confidence === 'confirmed') return t('describe.confirmed');
  return confidence === 'uncertain' ? t('describe.uncertain') : t('describe.singleSource');
}

function confidenceDescription(confidence: Confidence, t: Translate): string {
  if (confidence === 'confirmed') return t('describe.confirmedMeans');
  return confidence === 'uncertain'
    ? t('describe.uncertainMeans')
    : t('describe.singleSourceMeans');
}

/** The one sentence on reliability that the details, the share pages and the citations all show. */
export function reliabilityLabel(confidence: Confidence, t: Translate): string {
  return t('describe.reliability', {
    label: confidenceLabel(confidence, t),
    description: confidenceDescription(confidence, t),
  });
}

export function participantsLabel(event: ChronologyEvent, t: Translate): string {
  return event.participants.length === 0
    ? t('describe.noParticipants')
    : event.participants.map((state) => state.name).join(t('describe.listSeparator'));
}

/**
 * Who published a source and when, as far as known: "China.org.cn, 11 January 2004". The date is
 * written by `writeDate`: the interface language's (a LocaleFormat's `writtenRange`), or English.
 */
export function sourceByline(
  source: Source,
  t: Translate,
  writeDate: (date: string) => string = formatWrittenRange,
): string {
  return [source.publisher, source.date && writeDate(source.date)]
    .filter(Boolean)
    .join(t('describe.listSeparator'));
}
