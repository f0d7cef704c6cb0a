import { mount } from 'svelte';
import App from './App.svelte';
import { DATASET_PATH, loadChronology } from './lib/dataset/load.ts';
import { ChronologyState } from './lib/state/chronology.svelte.ts';
import './app.css';

const chronology = new ChronologyState();
mount(App, { target: document.getElementById('app')!, props: { chronology } });

loadChronology(import.meta.env.BASE_URL + DATASET_PATH).then(
  (data) => chronology.load(data),
  (error: unknown) => chronology.fail(error instanceof Error ? error.message : String(error)),
);
