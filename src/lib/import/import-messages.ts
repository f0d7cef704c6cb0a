/** What the page and the import worker say to each other. */
import type { TransportMessage } from './transport.ts';

/** `encoding`: the one the reader chose to read the source in, when the one found was wrong. */
export type ImportSource = ({ kind: 'file'; file: File } | { kind: 'url'; url: string }) & {
  encoding?: string;
};

/** The page asks for one source, then acknowledges each chunk of events it has taken in. */
export type ImportRequest = { type: 'open'; source: ImportSource } | { type: 'taken' };

export type ImportResponse =
  | { type: 'progress'; fraction: number; stage: string }
  | TransportMessage
  | { type: 'done' }
  | { type: 'failed'; message: string };
