/** What the page and the import worker say to each other. */
import type { TransportMessage } from './transport.ts';

export type ImportSource = { kind: 'file'; file: File } | { kind: 'url'; url: string };

export interface ImportRequest {
  source: ImportSource;
}

export type ImportResponse =
  | { type: 'progress'; fraction: number; stage: string }
  | TransportMessage
  | { type: 'done' }
  | { type: 'failed'; message: string };
