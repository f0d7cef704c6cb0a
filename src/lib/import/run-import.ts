/** Starts the import worker for one file or address; the task can be cancelled at any moment. */
import { said } from '../i18n/translate.ts';
import { ImportError } from './imported-chronology.ts';
import type {
  ImportRequest,
  ImportResponse,
  ImportSource,
  ImportStage,
} from './import-messages.ts';
import { ReadingAssembler, type AssembledReading } from './transport.ts';

export class ImportCancelled extends Error {
  override name = 'ImportCancelled';
}

export interface ImportTask {
  result: Promise<AssembledReading>;
  cancel(): void;
}

export function runImport(
  source: ImportSource,
  onProgress: (fraction: number, stage: ImportStage) => void,
): ImportTask {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  let settle: { resolve: (reading: AssembledReading) => void; reject: (error: Error) => void };
  const result = new Promise<AssembledReading>((resolve, reject) => (settle = { resolve, reject }));
  const finish = () => worker.terminate();
  const assembler = new ReadingAssembler();
  worker.onmessage = (event: MessageEvent<ImportResponse>) => {
    const message = event.data;
    switch (message.type) {
      case 'progress':
        onProgress(message.fraction, message.stage);
        break;
      case 'header':
      case 'problems':
        assembler.add(message);
        break;
      case 'events':
        assembler.add(message);
        worker.postMessage({ type: 'taken' } satisfies ImportRequest);
        // the last stretch of the bar is the events arriving
        onProgress(0.95 + (0.05 * assembler.received) / assembler.total, 'layingOut');
        break;
      case 'done':
        finish();
        settle.resolve(assembler.finish());
        break;
      case 'failed':
        finish();
        settle.reject(new ImportError(message.said));
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    finish();
    settle.reject(
      new ImportError(
        said('importErrors.unreadable', {
          detail: event.message || said('importErrors.readerStopped'),
        }),
      ),
    );
  };
  worker.postMessage({ type: 'open', source } satisfies ImportRequest);
  return {
    result,
    cancel() {
      finish();
      settle.reject(new ImportCancelled('Import cancelled'));
    },
  };
}
export { ImportError } from './imported-chronology.ts';
