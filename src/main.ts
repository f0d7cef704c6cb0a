import { mount } from 'svelte';
import App from './App.svelte';
import { loadCard } from './components/card/card-loaders.ts';
import { loadPageNotices } from './later-parts.svelte.ts';
import { DATASET_PATH, loadChronology } from './lib/chronology/load.ts';
import { DEFAULT_LANG, type Lang } from './lib/i18n/languages.ts';
import { chooseLanguage } from './lib/i18n/negotiate.ts';
import { AppState } from './lib/state/app-state.svelte.ts';
import { followLinkedTheme, writeThemeAttribute } from './lib/state/color-scheme.svelte.ts';
import { ImportState } from './lib/state/import.svelte.ts';
import {
  followLinkedLanguage,
  Language,
  loadLanguage,
  rememberedLanguage,
  type LanguageParts,
} from './lib/state/language.svelte.ts';
import { keptFileOf } from './lib/state/url-sync.svelte.ts';
import { decodeViewState } from './lib/url/view-state.ts';
import './app.css';
import './page.css';

// Display modes are known before the data, so an embed never flashes the full page.
const initialView = decodeViewState(location.search);
// The scheme a link asks for is set before the first paint, so a dark page never flashes light.
writeThemeAttribute(document.documentElement, initialView.theme);
const app = new AppState(initialView);
followLinkedTheme(() => app.display.theme, document.documentElement);
const importer = new ImportState(app);

// The interface's language: the link's, else the reader's earlier choice, else their browser's.
// `<html lang>` is set before anything is painted; the page mounts once its messages and its way of
// writing dates and names have arrived, fetched side by side (and, for ours, the chronology, within
// CHRONOLOGY_WAIT_MS).
const lang = chooseLanguage({
  linked: initialView.lang,
  remembered: rememberedLanguage(),
  preferred: navigator.languages,
});
document.documentElement.lang = lang;
const parts = loadLanguage(lang).then(
  (found) => ({ lang, found }),
  () => loadLanguage(DEFAULT_LANG).then((found) => ({ lang: DEFAULT_LANG, found })),
);
/**
 * How long the first render waits, once the language is here, for our chronology (and a linked
 * event's card) to arrive. The page is drawn once, whole, rather than as a loading line replaced a
 * moment later by everything in one long task (the chronology is preloaded by early-theme.js, so
 * it is usually here first).
 */
const CHRONOLOGY_WAIT_MS = 1000;

function mountApp({ lang, found }: { lang: Lang; found: LanguageParts }) {
  const language = new Language(lang, found);
  followLinkedLanguage(() => app.display.lang, language, document.documentElement);
  mount(App, { target: document.getElementById('app')!, props: { app, importer, language } });
}

function showOurs(): Promise<void> {
  return loadChronology(import.meta.env.BASE_URL + DATASET_PATH).then(
    (data) => {
      // a chronology the reader opened meanwhile wins
      if (importer.busy || app.shown.imported) return;
      // The benchmark's clock starts when parsed events are handed over (shared/bench contract).
      performance.mark('bench:data-start');
      app.load(data);
      app.applyView({ ...initialView, data: undefined });
    },
    (error: unknown) => app.shown.failWith(error),
  );
}

/** A file opened in this tab before Back, Forward or a reload, kept in this browser. */
async function reopenKeptFile(id: string) {
  const { findKeptFile } = await import('./lib/import/kept-files.ts');
  const kept = await findKeptFile(id).catch(() => undefined);
  const shown =
    kept &&
    (await importer.open(
      { kind: 'file', file: kept.file, encoding: kept.encoding },
      undefined,
      id,
    ));
  // forgotten, or given way to newer files: ours instead
  if (!shown && !importer.busy && !app.shown.chronology) showOurs();
}

// `?data=` (already checked to be an http(s) URL) names a chronology to show instead of ours; if
// it cannot be read, ours is shown under the message saying why.
const keptId = keptFileOf(history.state);
if (keptId) {
  void parts.then(mountApp);
  void reopenKeptFile(keptId);
} else if (initialView.data) {
  void parts.then(mountApp);
  const url = new URL(initialView.data, location.href).href;
  void importer.open({ kind: 'url', url }, initialView).then((shown) => {
    // not when it gave way to a file the reader opened meanwhile
    if (!shown && !importer.busy && !app.shown.chronology) showOurs();
  });
} else {
  const ours = showOurs();
  // a linked event's card is part of that first render too
  const card =
    initialView.event && loadCard(initialView.embed ? 'compact' : 'full').catch(() => undefined);
  // and the notice of a linked event that is missing
  const notices =
    initialView.event && !initialView.embed && loadPageNotices().catch(() => undefined);
  void parts.then(async (language) => {
    const ready = Promise.all([ours, card, notices]);
    await Promise.race([ready, new Promise((waited) => setTimeout(waited, CHRONOLOGY_WAIT_MS))]);
    mountApp(language);
  });
}
