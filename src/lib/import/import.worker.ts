/**
 * Reads an imported chronology off the main thread, so a 100,000-row file never freezes the page:
 * fetch or read the bytes, decode, parse, check every row, lay the events out in timeline order.
 * Reports progress as it goes; the page cancels by terminating the worker.
 */
import { said } from '../i18n/translate.ts';
import { ImportError } from './imported-chronology.ts';
import type { ImportRequest, ImportResponse, ImportStage } from './import-messages.ts';
import { readImportBytes } from './read-import.ts';
import { packReading } from './transport.ts';

const post = (message: ImportResponse) => postMessage(message);

/** Progress at most every 50 ms: enough for a smooth bar, few enough messages. */
let lastReport = 0;
function progress(fraction: number, stage: ImportStage) {
  const now = performance.now();
  if (now - lastReport < 50 && fraction < 1) return;
  lastReport = now;
  post({ type: 'progress', fraction: Math.min(1, Math.max(0, fraction)), stage });
}

async function readBody(response: Response, stage: ImportStage): Promise<Uint8Array> {
  const total = Number(response.headers.get('content-length')) || 0;
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.length;
    if (total > 0) progress((loaded / total) * 0.2, stage);
  }
  const bytes = new Uint8Array(loaded);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new ImportError(said('importErrors.cors', { url }));
  }
  if (!response.ok) {
    throw new ImportError(said('importErrors.http', { url, status: String(response.status) }));
  }
  return readBody(response, 'downloading');
}

/**
 * The next chunk waits until the page has taken in the last one. Posted all at once, the chunks
 * queue up in the page, which may then copy several in one task; one at a time, the page draws
 * and answers the reader between them.
 */
let chunkTaken: (() => void) | undefined;
const pageHasTaken = () => new Promise<void>((resolve) => (chunkTaken = resolve));

onmessage = async (event: MessageEvent<ImportRequest>) => {
  if (event.data.type === 'taken') {
    chunkTaken?.();
    return;
  }
  const { source } = event.data;
  try {
    progress(0, source.kind === 'url' ? 'downloading' : 'opening');
    const bytes =
      source.kind === 'url'
        ? await fetchBytes(source.url)
        : await readBody(new Response(source.file), 'opening');
    const reading = readImportBytes(
      bytes,
      (fraction, stage) => progress(0.2 + fraction * 0.75, stage),
      source.encoding,
    );
    progress(0.95, 'layingOut');
    for (const message of packReading(reading)) {
      post(message);
      if (message.type === 'events') await pageHasTaken();
    }
    post({ type: 'done' });
  } catch (error) {
    const why =
      error instanceof ImportError
        ? error.said
        : said('importErrors.unreadable', {
            detail: error instanceof Error ? error.message : String(error),
          });
    post({ type: 'failed', said: why });
  }
};
