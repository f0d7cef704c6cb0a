/** What the page and the import worker say to each other. */
import type { Said } from '../i18n/translate.ts';
import type { TransportMessage } from './transport.ts';

/** `encoding`: the one the reader chose to read the source in, when the one found was wrong. */
export type ImportSource = ({ kind: 'file'; file: File } | { kind: 'url'; url: string }) & {
  encoding?: string;
};

/** Where an import has got to, as the page names it in the reader's language. */
export type ImportStage =
  | 'starting'
  | 'downloading'
  | 'opening'
  | 'readingJson'
  | 'readingRows'
  | 'checkingRows'
  | 'checkingEvents'
  | 'layingOut';

/** The page asks for one source, then acknowledges each chunk of events it has taken in. */
export type ImportRequest = { type: 'open'; source: ImportSource } | { type: 'taken' };

export type ImportResponse =
  | { type: 'progress'; fraction: number; stage: ImportStage }
  | TransportMessage
  | { type: 'done' }
  | { type: 'failed'; said: Said };
