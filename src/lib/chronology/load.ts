/** Fetches and decodes the compiled dataset, turning every failure into one readable sentence. */
import { decodeChronology, DatasetError } from './decode.ts';
import type { Chronology } from './model.ts';

export const DATASET_PATH = 'data/events.json';

export async function loadChronology(
  url: string,
  fetchImpl: typeof fetch = fetch,
): Promise<Chronology> {
  let response: Response;
  try {
    response = await fetchImpl(url);
  } catch {
    throw new DatasetError(
      `The chronology could not be downloaded (${url}). Check the connection and reload.`,
    );
  }
  if (!response.ok) {
    throw new DatasetError(
      `The chronology could not be downloaded (${url}: HTTP ${response.status}).`,
    );
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new DatasetError(`The chronology file (${url}) is not valid JSON.`);
  }
  try {
    return decodeChronology(json);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new DatasetError(`The chronology file (${url}) is damaged: ${detail}.`);
  }
}
