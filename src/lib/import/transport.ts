/**
 * Moves a read chronology from the worker to the page in small messages. One message holding
 * 100,000 events would be copied into the page in one go, a task of half a second that freezes it;
 * in chunks, each copy is a few milliseconds and the page keeps answering.
 *
 * Events share their series, places, states and sources. A message copies what its events use
 * along with them (the copy keeps them shared within the message), with where each sits in the
 * header's lists; the page then points the events at the header's records. No event is copied
 * twice, which would double the garbage the page must collect.
 */
import type {
  Chronology,
  ChronologyEvent,
  Place,
  Series,
  Source,
  State,
} from '../chronology/model.ts';
import type { ImportFormat } from './imported-chronology.ts';
import type { ImportProblem } from './problems.ts';
import type { ImportReading } from './read-import.ts';
import { EventPreparer, type PreparedEvents } from '../chronology/prepared-events.ts';
import type { TextEncoding } from './text-encoding.ts';

export const CHUNK_SIZE = 2000;

export type ChronologyHeader = Omit<Chronology, 'events' | 'aliases'> & {
  format: ImportFormat;
  encoding?: TextEncoding;
  total: number;
};

/** The records of one kind a chunk's events use, and their positions in the header's list. */
interface Used<T> {
  records: T[];
  at: number[];
}

interface SharedRecords {
  series: Used<Series>;
  places: Used<Place>;
  states: Used<State>;
  sources: Used<Source>;
}

export type TransportMessage =
  | { type: 'header'; header: ChronologyHeader }
  | { type: 'events'; events: ChronologyEvent[]; shared: SharedRecords }
  | { type: 'problems'; problems: ImportProblem[] };

function positions<T>(list: readonly T[]): Map<T, number> {
  return new Map(list.map((item, index) => [item, index]));
}

function used<T>(records: Iterable<T>, positionOf: Map<T, number>): Used<T> {
  const distinct = [...new Set(records)];
  return { records: distinct, at: distinct.map((record) => positionOf.get(record)!) };
}

/** The messages that carry a reading, in order. */
export function* packReading(reading: ImportReading): Generator<TransportMessage> {
  const { events, aliases, ...rest } = reading.chronology;
  const { format, encoding } = reading;
  yield { type: 'header', header: { ...rest, format, encoding, total: events.length } };
  const series = positions<Series>(rest.series);
  const places = positions<Place>(rest.places);
  const states = positions<State>(rest.states);
  const sources = positions<Source>(rest.sources);
  for (let from = 0; from < events.length; from += CHUNK_SIZE) {
    const chunk = events.slice(from, from + CHUNK_SIZE);
    yield {
      type: 'events',
      events: chunk,
      shared: {
        series: used(
          chunk.map((event) => event.series),
          series,
        ),
        places: used(
          chunk.flatMap((event) => (event.place ? [event.place] : [])),
          places,
        ),
        states: used(
          chunk.flatMap((event) => [
            ...(event.country ? [event.country] : []),
            ...event.participants,
          ]),
          states,
        ),
        sources: used(
          chunk.flatMap((event) => event.sources),
          sources,
        ),
      },
    };
  }
  for (let from = 0; from < reading.problems.length; from += CHUNK_SIZE * 5) {
    yield { type: 'problems', problems: reading.problems.slice(from, from + CHUNK_SIZE * 5) };
  }
}

/** From a message's copies to the header's records. */
function canonical<T>(copies: Used<T>, list: readonly T[]): Map<T, T> {
  return new Map(copies.records.map((copy, index) => [copy, list[copies.at[index]!]!]));
}

/** A reading as the page receives it, with what the timeline needs worked out chunk by chunk. */
export interface AssembledReading extends ImportReading {
  prepared: PreparedEvents;
}

/** Rebuilds the reading from its messages, one message at a time. */
export class ReadingAssembler {
  #header: ChronologyHeader | undefined;
  #prepared: EventPreparer | undefined;
  readonly #events: ChronologyEvent[] = [];
  readonly #problems: ImportProblem[] = [];

  get received(): number {
    return this.#events.length;
  }

  get total(): number {
    return this.#header?.total ?? 0;
  }

  add(message: TransportMessage) {
    if (message.type === 'header') {
      this.#header = message.header;
      this.#prepared = new EventPreparer(message.header.series.map((series) => series.key));
      return;
    }
    if (message.type === 'problems') {
      this.#problems.push(...message.problems);
      return;
    }
    const header = this.#header;
    if (!header) throw new Error('events arrived before the header');
    const series = canonical(message.shared.series, header.series);
    const places = canonical(message.shared.places, header.places);
    const states = canonical(message.shared.states, header.states);
    const sources = canonical(message.shared.sources, header.sources);
    for (const event of message.events) {
      event.series = series.get(event.series)!;
      if (event.place) event.place = places.get(event.place);
      if (event.country) event.country = states.get(event.country);
      const { participants, sources: cited } = event;
      for (let i = 0; i < participants.length; i++) participants[i] = states.get(participants[i]!)!;
      for (let i = 0; i < cited.length; i++) cited[i] = sources.get(cited[i]!)!;
      this.#events.push(event);
    }
    this.#prepared!.add(message.events);
  }

  finish(): AssembledReading {
    const header = this.#header;
    if (!header || !this.#prepared) throw new Error('no chronology arrived');
    const { format, encoding, total, ...rest } = header;
    return {
      format,
      encoding,
      chronology: { ...rest, aliases: new Map(), events: this.#events },
      problems: this.#problems,
      prepared: this.#prepared.finish(),
    };
  }
}
