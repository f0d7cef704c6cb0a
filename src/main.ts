import { mount } from 'svelte';
import App from './App.svelte';
import { DATASET_PATH, loadChronology } from './lib/chronology/load.ts';
import { ChronologyState } from './lib/state/chronology.svelte.ts';
import { ImportState } from './lib/state/import.svelte.ts';
import { decodeViewState } from './lib/url/view-state.ts';
import './app.css';

const chronology = new ChronologyState();
const importer = new ImportState(chronology);
// Display modes are known before the data, so an embed never flashes the full page.
const initialView = decodeViewState(location.search);
chronology.embed = initialView.embed;
chronology.showMap = initialView.map;
chronology.present = initialView.present;
mount(App, { target: document.getElementById('app')!, props: { chronology, importer } });

function showOurs() {
  loadChronology(import.meta.env.BASE_URL + DATASET_PATH).then(
    (data) => {
      // a chronology the reader opened meanwhile wins
      if (importer.busy || chronology.imported) return;
      // The benchmark's clock starts when parsed events are handed over (shared/bench contract).
      performance.mark('bench:data-start');
      chronology.load(data);
      chronology.applyView({ ...initialView, data: undefined });
    },
    (error: unknown) => chronology.fail(error instanceof Error ? error.message : String(error)),
  );
}

// `?data=` (already checked to be an http(s) URL) names a chronology to show instead of ours; if
// it cannot be read, ours is shown under the message saying why.
if (initialView.data) {
  const url = new URL(initialView.data, location.href).href;
  void importer.open({ kind: 'url', url }, initialView).then((shown) => {
    // not when it gave way to a file the reader opened meanwhile
    if (!shown && !importer.busy && !chronology.chronology) showOurs();
  });
} else {
  showOurs();
}
