/**
 * The chronology on screen: ours or one the reader opened, where it came from, and what is worked
 * out once from all of its events (the time index, the kinds of mark, lookups by id). It is shown
 * in the interface's language (dates, names of states, series, translated texts), worked out once
 * per chronology and language; codes, keys and ids stay as recorded, so filters and links hold.
 */
import { APP_TITLE } from '../chronology/about.ts';
import { DatasetError } from '../chronology/decode.ts';
import type { Said } from '../i18n/translate.ts';
import { indexById } from '../chronology/filter.ts';
import type { Chronology, ChronologyEvent } from '../chronology/model.ts';
import { prepareEvents, type PreparedEvents } from '../chronology/prepared-events.ts';
import type { LocaleFormat } from '../i18n/intl/locale-format.ts';
import type { ChronologyLocalizer } from '../i18n/intl/localize-chronology.ts';

/** The interface's language, as far as the chronology is concerned (state/language.svelte.ts). */
export interface ShownLanguage {
  readonly format: LocaleFormat;
  /** none for English, in which the chronology is shown as recorded */
  readonly localizer?: ChronologyLocalizer;
}

export class ShownChronology {
  /** as its records give it, in English: what citations and downloads quote */
  recorded = $state.raw<Chronology | undefined>();
  /** the interface's language: App hands it over before anything is shown */
  #language = $state.raw<ShownLanguage>();
  /** as the reader sees it, in the interface's language */
  chronology: Chronology | undefined = $derived.by(() => {
    const language = this.#language;
    return this.recorded && language?.localizer
      ? language.localizer.localizeChronology(this.recorded, language.format)
      : this.recorded;
  });
  loadError = $state<string | undefined>();
  /** URL of an imported chronology, kept in links to it */
  dataUrl = $state<string | undefined>();
  /** name of a file opened from the reader's computer: such a chronology has no link */
  sourceFile = $state<string | undefined>();
  /** the id that file is kept under in this browser (kept-files.ts), for Back and reload */
  keptFile = $state<string | undefined>();

  /** whether it is someone else's, opened from a file or an address */
  imported = $derived(this.dataUrl !== undefined || this.sourceFile !== undefined);
  /** what it calls itself, in titles and exported pictures */
  /** what ours and an untitled import are called, in the interface's language (App sets them) */
  names = $state({ ours: APP_TITLE, untitled: 'An imported chronology' });
  title = $derived(this.imported ? this.chronology?.title || this.names.untitled : this.names.ours);
  allEvents: ChronologyEvent[] = $derived(this.chronology?.events ?? []);
  laneKeys = $derived((this.recorded?.series ?? []).map((series) => series.key));

  #byId = $derived(indexById(this.allEvents));
  /** what came worked out with the chronology (an import works it out as its events arrive) */
  #given = $state.raw<{ chronology: Chronology; prepared: PreparedEvents } | undefined>();
  /** worked out once per chronology, whatever the language */
  #recordedPrepared: PreparedEvents = $derived(
    this.#given && this.#given.chronology === this.recorded
      ? this.#given.prepared
      : prepareEvents(this.recorded?.events ?? [], this.laneKeys),
  );
  #prepared: PreparedEvents = $derived.by(() => {
    const localizer = this.#language?.localizer;
    const recorded = this.#recordedPrepared;
    return localizer && this.recorded
      ? localizer.localizePrepared(recorded, this.recorded.events, this.allEvents)
      : recorded;
  });
  /** every event in lanes: the lanes' heights come from it, so a filter never makes them jump */
  fullIndex = $derived(this.#prepared.index);
  /** the kinds of mark the events are drawn with, which the legend explains */
  marks = $derived(this.#prepared.marks);

  /**
   * `prepared`: worked out already from the chronology's events, lanes in its series' order.
   * `origin`: where an imported chronology came from (none for ours).
   */
  load(
    chronology: Chronology,
    prepared?: PreparedEvents,
    origin: { url?: string; fileName?: string; keptFile?: string } = {},
  ) {
    this.recorded = chronology;
    this.#given = prepared && { chronology, prepared };
    this.loadError = undefined;
    this.dataUrl = origin.url;
    this.sourceFile = origin.fileName;
    this.keptFile = origin.keptFile;
  }

  fail(message: string) {
    this.loadError = message;
  }

  /** How the interface's language writes dates and names: the chronology's, the axis's. */
  get format(): LocaleFormat {
    return this.#language!.format;
  }

  /** Shows the chronology in the interface's language, and follows it when it changes. */
  localizeWith(language: ShownLanguage) {
    this.#language = language;
  }

  event(id: string): ChronologyEvent | undefined {
    return this.#byId.get(id);
  }

  /** The current id of an event: itself, or where a renamed id now points. */
  resolveId(id: string): string | undefined {
    if (this.#byId.has(id)) return id;
    const renamed = this.chronology?.aliases.get(id);
    return renamed !== undefined && this.#byId.has(renamed) ? renamed : undefined;
  }

  /** Whether the chronology knows this state (the map has more countries than we have states). */
  hasState(code: string): boolean {
    return this.chronology?.states.some((state) => state.code === code) ?? false;
  }

  hasSeries(key: string): boolean {
    return this.chronology?.series.some((series) => series.key === key) ?? false;
  }

  hasPlace(key: string): boolean {
    return this.chronology?.places.some((place) => place.key === key) ?? false;
  }

  /** why loading failed, to say in the reader's language (`loadError` has it in English) */
  loadProblem = $state.raw<Said | undefined>();

  /** Says why loading failed: a DatasetError in the reader's language, anything else as it reads. */
  failWith(error: unknown) {
    this.loadProblem = error instanceof DatasetError ? error.said : undefined;
    this.fail(error instanceof Error ? error.message : String(error));
  }
}
