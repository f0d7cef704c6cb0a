/**
 * The parts of the page few readers need at first, each loaded the first time it is wanted, so the
 * first paint never waits for them (App.svelte shows each once it is here):
 * - after the first paint, one per idle moment, in this order, each in a short task of its own:
 *   the share bar, the map panel (its picture; MapLibre once the reader reaches for it), the
 *   card's code (so that a first tap on an event finds it), the printed handout and the timeline's
 *   still picture (the handout renders inside the browser's `beforeprint`, which cannot wait for
 *   code to arrive);
 * - the presentation, when asked for;
 * - the notices above the page (a link's missing event, a chronology not ours), when there is one
 *   to give (main.ts fetches them ahead for a link naming an event, which may be missing).
 * Call during App's setup.
 */
import { loadCard } from './components/card/card-loaders.ts';
import type { AppState } from './lib/state/app-state.svelte.ts';
import { idleTurns } from './lib/state/idle-turns.ts';
import { loadWhen } from './lib/state/load-when.svelte.ts';

/** The notices' code, also fetched ahead by main.ts for a link naming an event. */
export const loadPageNotices = () => import('./components/PageNotices.svelte');

export function laterParts({
  viewport,
  display,
  selection,
  shown,
}: Pick<AppState, 'viewport' | 'display' | 'selection' | 'shown'>) {
  const afterFirstPaint = idleTurns();
  const drawn = () => viewport.drawn;
  const shareBar = loadWhen(drawn, () => import('./components/ShareBar.svelte'), afterFirstPaint);
  const mapPanel = loadWhen(drawn, () => import('./lib/map/MapPanel.svelte'), afterFirstPaint);
  $effect(() => {
    if (!viewport.drawn) return;
    const variant = display.embed ? 'compact' : 'full';
    afterFirstPaint(() => loadCard(variant)).catch(() => {});
  });
  const printHandout = loadWhen(
    drawn,
    () => import('./components/PrintHandout.svelte'),
    afterFirstPaint,
  );
  const timelineStill = loadWhen(
    drawn,
    () => import('./lib/timeline/TimelineStill.svelte'),
    afterFirstPaint,
  );
  const presentation = loadWhen(
    () => display.present,
    () => import('./components/Presentation.svelte'),
  );
  const pageNotices = loadWhen(
    () => selection.missingEventId || shown.dataUrl || shown.sourceFile,
    loadPageNotices,
  );
  return { shareBar, mapPanel, printHandout, timelineStill, presentation, pageNotices };
}
