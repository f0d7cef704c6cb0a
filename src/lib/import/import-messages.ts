/** What the page and the import worker say to each other. */
import type { ImportReading } from './read-import.ts';

export type ImportSource = { kind: 'file'; file: File } | { kind: 'url'; url: string };

export interface ImportRequest {
  source: ImportSource;
}

export type ImportResponse =
  | { type: 'progress'; fraction: number; stage: string }
  | { type: 'done'; reading: ImportReading }
  | { type: 'failed'; message: string };
