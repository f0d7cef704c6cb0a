/**
 * Ways to cite one event of the chronology: plain text, a BibTeX entry and an APA-style
 * reference, each with the event's permanent link and the sources it rests on. The plain text and
 * the BibTeX note also say how reliable the event is, in the words the details and share pages use.
 */
import { placeLabel, reliabilityLabel } from '../chronology/describe.ts';
import type { ChronologyEvent } from '../chronology/model.ts';
import { formatPartialRange } from '../dates/partial-date.ts';
import { english } from '../i18n/english.ts';

export const CHRONOLOGY_NAME =
  'ASEAN–China cooperation against cybercrime and transnational crime, 2003–2023: an interactive chronology';

/** The reader's own calendar day: "accessed" is when they read it, where they are. */
function accessedLabel(accessed: Date): string {
  return formatPartialRange({
    year: accessed.getFullYear(),
    month: accessed.getMonth() + 1,
    day: accessed.getDate(),
  });
}

function accessedIso(accessed: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${accessed.getFullYear()}-${pad(accessed.getMonth() + 1)}-${pad(accessed.getDate())}`;
}

function sourceList(event: ChronologyEvent): string {
  return event.sources.map((source) => source.url ?? source.title).join('; ');
}

export function citePlain(
  event: ChronologyEvent,
  permalink: string,
  accessed: Date,
  chronologyName = CHRONOLOGY_NAME,
  withReliability = true,
): string {
  return [
    `${event.title}. ${event.dateLabel}, ${placeLabel(event, english)}.`,
    `In: ${chronologyName}. ${permalink} (accessed ${accessedLabel(accessed)}).`,
    ...(withReliability ? [`Reliability: ${reliabilityLabel(event.confidence, english)}`] : []),
    // an imported chronology may give no sources
    ...(event.sources.length > 0 ? [`Sources: ${sourceList(event)}.`] : []),
  ].join('\n');
}

/** BibTeX's special characters, escaped so the entry compiles. */
export function bibtexEscape(text: string): string {
  return text.replace(/[\\{}%&#_$^~]/g, (char) =>
    char === '\\'
      ? '\\textbackslash{}'
      : char === '^' || char === '~'
        ? `\\${char}{}`
        : `\\${char}`,
  );
}

export function citeBibtex(
  event: ChronologyEvent,
  permalink: string,
  accessed: Date,
  chronologyName = CHRONOLOGY_NAME,
  withReliability = true,
): string {
  const iso = accessedIso(accessed);
  const reliability = withReliability
    ? ` Reliability: ${reliabilityLabel(event.confidence, english)}`
    : '';
  const fields = [
    ['title', `{${bibtexEscape(event.title)}}`],
    ['booktitle', `{${bibtexEscape(chronologyName)}}`],
    ['date', event.start],
    [
      'note',
      bibtexEscape(
        `${event.dateLabel}, ${placeLabel(event, english)}.${reliability} Sources: ${sourceList(event)}`,
      ),
    ],
    ['url', permalink],
    ['urldate', iso],
  ];
  return [
    `@misc{${event.id},`,
    ...fields.map(([name, value]) => `  ${name} = {${value}},`),
    '}',
  ].join('\n');
}

export function citeApa(
  event: ChronologyEvent,
  permalink: string,
  accessed: Date,
  chronologyName = CHRONOLOGY_NAME,
): string {
  return (
    `${event.title} (${event.dateLabel}, ${placeLabel(event, english)}). (n.d.). In ${chronologyName}. ` +
    `Retrieved ${accessedLabel(accessed)}, from ${permalink}`
  );
}
