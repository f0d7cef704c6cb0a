/** Free-text search over events: every word must appear, ignoring case and diacritics. */
import type { ChronologyEvent } from './model.ts';

export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function searchableText(event: ChronologyEvent): string {
  return foldText(
    [
      event.title,
      event.summary,
      event.dateLabel,
      event.start,
      event.id,
      event.online ? 'online' : '',
      event.place?.city ?? '',
      event.country?.name ?? '',
      event.series.label,
      ...event.participants.map((state) => state.name),
    ].join(' \n '),
  );
}

export function queryWords(query: string): string[] {
  return foldText(query).split(/\s+/).filter(Boolean);
}

export function matchesWords(haystack: string, words: readonly string[]): boolean {
  return words.every((word) => haystack.includes(word));
}

/**
 * Each event's folded text, computed once per dataset rather than on every keystroke. `recorded`:
 * the same events as their records give them (in English) where `events` are shown in another
 * language, so that a reader finds an event by its English words as well as by the names shown.
 */
export function searchIndex(
  events: readonly ChronologyEvent[],
  recorded: readonly ChronologyEvent[] = events,
): ReadonlyMap<string, string> {
  return new Map(
    events.map((event, i) => {
      const text = searchableText(event);
      const english = recorded === events ? undefined : recorded[i];
      return [event.id, english ? `${text} \n ${searchableText(english)}` : text];
    }),
  );
}
