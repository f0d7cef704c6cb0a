/**
 * Moves a read chronology from the worker to the page in small messages. One message holding
 * 100,000 events would be copied into the page in one go, a task of half a second that freezes it;
 * in chunks, each copy is a few milliseconds and the page keeps answering. Shared records (series,
 * places, states, sources) travel once, and events refer to them by position.
 */
import type {
  Chronology,
  ChronologyEvent,
  Place,
  Series,
  Source,
  State,
} from '../dataset/model.ts';
import type { ImportFormat } from './imported-chronology.ts';
import type { ImportProblem } from './problems.ts';
import type { ImportReading } from './read-import.ts';

export const CHUNK_SIZE = 2000;

type Shared = 'series' | 'place' | 'country' | 'participants' | 'sources';

export interface PackedEvent extends Omit<ChronologyEvent, Shared> {
  series: number;
  /** -1 for none */
  place: number;
  country: number;
  participants: number[];
  sources: number[];
}

export type ChronologyHeader = Omit<Chronology, 'events' | 'aliases'> & {
  format: ImportFormat;
  total: number;
};

export type TransportMessage =
  | { type: 'header'; header: ChronologyHeader }
  | { type: 'events'; events: PackedEvent[] }
  | { type: 'problems'; problems: ImportProblem[] };

function positions<T>(list: readonly T[]): Map<T, number> {
  return new Map(list.map((item, index) => [item, index]));
}

/** The messages that carry a reading, in order. */
export function* packReading(reading: ImportReading): Generator<TransportMessage> {
  const { events, title, introductionHtml, eras, range } = reading.chronology;
  const rest = {
    range,
    states: reading.chronology.states,
    places: reading.chronology.places,
    series: reading.chronology.series,
    sources: reading.chronology.sources,
  };
  yield {
    type: 'header',
    header: {
      ...rest,
      ...(title && { title }),
      ...(introductionHtml && { introductionHtml }),
      ...(eras && { eras }),
      format: reading.format,
      total: events.length,
    },
  };
  const series = positions<Series>(rest.series);
  const places = positions<Place>(rest.places);
  const states = positions<State>(rest.states);
  const sources = positions<Source>(rest.sources);
  for (let from = 0; from < events.length; from += CHUNK_SIZE) {
    yield {
      type: 'events',
      events: events.slice(from, from + CHUNK_SIZE).map((event) => ({
        ...event,
        series: series.get(event.series)!,
        place: event.place ? places.get(event.place)! : -1,
        country: event.country ? (states.get(event.country) ?? -1) : -1,
        participants: event.participants.map((state) => states.get(state)!),
        sources: event.sources.map((source) => sources.get(source)!),
      })),
    };
  }
  for (let from = 0; from < reading.problems.length; from += CHUNK_SIZE * 5) {
    yield { type: 'problems', problems: reading.problems.slice(from, from + CHUNK_SIZE * 5) };
  }
}

/** Rebuilds the reading from its messages, one message at a time. */
export class ReadingAssembler {
  #header: ChronologyHeader | undefined;
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
      return;
    }
    if (message.type === 'problems') {
      this.#problems.push(...message.problems);
      return;
    }
    const header = this.#header;
    if (!header) throw new Error('events arrived before the header');
    for (const packed of message.events) {
      this.#events.push({
        ...packed,
        series: header.series[packed.series]!,
        place: header.places[packed.place],
        country: header.states[packed.country],
        participants: packed.participants.map((index) => header.states[index]!),
        sources: packed.sources.map((index) => header.sources[index]!),
      });
    }
  }

  finish(): ImportReading {
    const header = this.#header;
    if (!header) throw new Error('no chronology arrived');
    const { format, title, introductionHtml, eras, range, states, places, series, sources } =
      header;
    return {
      format,
      chronology: {
        range,
        aliases: new Map(),
        events: this.#events,
        states,
        places,
        series,
        sources,
        ...(title && { title }),
        ...(introductionHtml && { introductionHtml }),
        ...(eras && { eras }),
      },
      problems: this.#problems,
    };
  }
}
