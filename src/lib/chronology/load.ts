/**
 * Fetches and decodes the compiled dataset, turning every failure into one readable sentence: in
 * English as the error's message, and as a message the page says in the reader's language.
 */
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
      { key: 'loadErrors.unreachable', params: { url } },
    );
  }
  if (!response.ok) {
    const status = String(response.status);
    throw new DatasetError(`The chronology could not be downloaded (${url}: HTTP ${status}).`, {
      key: 'loadErrors.http',
      params: { url, status },
    });
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new DatasetError(`The chronology file (${url}) is not valid JSON.`, {
      key: 'loadErrors.notJson',
      params: { url },
    });
  }
  try {
    return decodeChronology(json);
  } catch (error) {
    // what is wrong inside the file is for whoever compiled it, and stays as the decoder says it
    const detail = error instanceof Error ? error.message : String(error);
    throw new DatasetError(`The chronology file (${url}) is damaged: ${detail}.`, {
      key: 'loadErrors.damaged',
      params: { url, detail },
    });
  }
}
