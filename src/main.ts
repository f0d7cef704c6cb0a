import { mount } from 'svelte';
import App from './App.svelte';
import { DatasetError } from './lib/dataset/decode.ts';
import { DATASET_PATH, loadChronology } from './lib/dataset/load.ts';
import type { Chronology } from './lib/dataset/model.ts';
import { readTimelineJs } from './lib/import/timelinejs-json.ts';
import { ChronologyState } from './lib/state/chronology.svelte.ts';
import { decodeViewState } from './lib/url/view-state.ts';
import './app.css';

const chronology = new ChronologyState();
// Display modes are known before the data, so an embed never flashes the full page.
const initialView = decodeViewState(location.search);
chronology.embed = initialView.embed;
chronology.showMap = initialView.map;
chronology.present = initialView.present;
mount(App, { target: document.getElementById('app')!, props: { chronology } });

async function loadTimelineJs(url: string): Promise<Chronology> {
  let json: unknown;
  try {
    const response = await fetch(url);
    if (!response.ok) throw new DatasetError(`${url} answered HTTP ${response.status}`);
    json = await response.json();
  } catch (error) {
    if (error instanceof DatasetError) throw error;
    throw new DatasetError(`The data file ${url} could not be read as JSON.`);
  }
  return readTimelineJs(json).chronology;
}

// `?data=` (already checked to be an http(s) URL) names a TimelineJS file to show instead of ours.
const loading = initialView.data
  ? loadTimelineJs(new URL(initialView.data, location.href).href)
  : loadChronology(import.meta.env.BASE_URL + DATASET_PATH);
loading.then(
  (data) => {
    // The benchmark's clock starts when parsed events are handed over (shared/bench contract).
    performance.mark('bench:data-start');
    chronology.load(data);
    chronology.applyView(initialView);
  },
  (error: unknown) => chronology.fail(error instanceof Error ? error.message : String(error)),
);
