/**
 * Opening a chronology of the reader's own: from a chosen or dropped file, or from `?data=`. The
 * worker does the reading; this keeps what the page shows about it (progress, the one-sentence
 * failure, the problems found in rows) and hands a good result to the chronology state. A failed or
 * cancelled import leaves the chronology that was shown in place.
 */
import type { ImportSource, ImportStage } from '../import/import-messages.ts';
import type { ImportFormat } from '../import/imported-chronology.ts';
import type { TextEncoding } from '../import/text-encoding.ts';
import type { ImportProblem } from '../import/problems.ts';
import type { ViewState } from '../url/view-state.ts';
import { said, type Said } from '../i18n/translate.ts';
import type { AppState } from './app-state.svelte.ts';

export class ImportState {
  /** what is being read (a file name or an address); undefined when nothing is */
  reading = $state<string | undefined>();
  fraction = $state(0);
  stage = $state<ImportStage>('starting');
  /** why the last import failed, in one sentence (said in the reader's language when shown) */
  error = $state.raw<Said | undefined>();
  /** what the failed import was reading, and whether a chronology was shown when it began */
  failedSource = $state('');
  keptPrevious = $state(false);
  /** the rows of the shown import that had problems */
  problems = $state.raw<ImportProblem[]>([]);
  /** the file the problems were found in */
  problemsIn = $state('');
  format = $state<ImportFormat | undefined>();
  /** whether the file shown is kept in this browser now (shown.keptFile names it) */
  kept = $state(false);
  /** the encoding the shown import was read in */
  encoding = $state.raw<TextEncoding | undefined>();

  /** what the shown import was read from, to read it again in another encoding */
  #shown: { source: ImportSource; view?: ViewState; keptId?: string } | undefined;

  #app: AppState;
  #cancel: (() => void) | undefined;

  constructor(app: AppState) {
    this.#app = app;
  }

  get busy(): boolean {
    return this.reading !== undefined;
  }

  /**
   * Reads the source in the worker and shows it. `view` is the link the page was opened with, for
   * `?data=` (its event, range and filters apply to the imported chronology). A file is kept in
   * this browser, under `keptId` when it is kept already, so that Back and reload find it again.
   * Resolves to whether the chronology is now shown.
   */
  async open(source: ImportSource, view?: ViewState, keptId?: string): Promise<boolean> {
    const previous = this.#cancel;
    this.#cancel = undefined;
    previous?.();
    const name = source.kind === 'file' ? source.file.name : source.url;
    this.reading = name;
    const hadChronology = this.#app.shown.chronology !== undefined;
    this.fraction = 0;
    this.stage = 'starting';
    this.error = undefined;
    // Cancel is offered at once, while the reader's code may still be loading.
    let cancelledEarly = false;
    const cancelEarly = () => {
      cancelledEarly = true;
      this.#cancel = undefined;
      this.reading = undefined;
    };
    this.#cancel = cancelEarly;
    // kept while it is read; shown without waiting, and said to be kept once it is
    const kept = source.kind === 'file' ? (keptId ?? newKeptId()) : undefined;
    const keeping =
      source.kind === 'file'
        ? import('../import/kept-files.ts').then((files) =>
            files.keepIfPossible(kept!, source.file, source.encoding),
          )
        : undefined;
    const { runImport, ImportCancelled, ImportError } = await import('../import/run-import.ts');
    if (cancelledEarly) return false;
    const task = runImport(source, (fraction, stage) => {
      this.fraction = fraction;
      this.stage = stage;
    });
    this.#cancel = task.cancel;
    try {
      const reading = await task.result;
      // The benchmark's clock starts when parsed events are handed over (shared/bench contract).
      performance.mark('bench:data-start');
      const app = this.#app;
      if (source.kind === 'url') {
        const origin = { url: view?.data ?? source.url };
        app.showImported(reading.chronology, origin, view, reading.prepared);
      } else {
        const origin = { fileName: source.file.name, keptFile: kept };
        app.showImported(reading.chronology, origin, undefined, reading.prepared);
        this.kept = false;
        const shown = app.shown;
        void keeping?.then((ok) => {
          if (shown.keptFile !== kept) return;
          // private windows and full disks keep nothing: the file is shown all the same
          if (ok) this.kept = true;
          else shown.keptFile = undefined;
        });
      }
      this.problems = reading.problems;
      this.problemsIn = name;
      this.format = reading.format;
      this.encoding = reading.encoding;
      this.#shown = { source, view, keptId: kept };
      return true;
    } catch (error) {
      if (!(error instanceof ImportCancelled)) {
        this.error =
          error instanceof ImportError
            ? error.said
            : said('importErrors.unreadable', {
                detail: error instanceof Error ? error.message : String(error),
              });
        this.failedSource = name;
        this.keptPrevious = hadChronology;
      }
      return false;
    } finally {
      if (this.#cancel === task.cancel) {
        this.#cancel = undefined;
        this.reading = undefined;
      }
    }
  }

  cancel() {
    this.#cancel?.();
  }

  /** Reads the shown import again, in the encoding the reader chose. */
  readIn(encoding: string): Promise<boolean> {
    const shown = this.#shown;
    if (!shown) return Promise.resolve(false);
    return this.open({ ...shown.source, encoding }, shown.view, shown.keptId);
  }

  dismissError() {
    this.error = undefined;
  }

  dismissProblems() {
    this.problems = [];
  }
}

const newKeptId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
