import { describe, expect, it } from 'vitest';
import { sampleChronology } from '../../../tests/unit/sample-chronology.ts';
import { EMPTY_VIEW } from '../url/view-state.ts';
import { AppState } from './app-state.svelte.ts';

function loaded() {
  const app = new AppState();
  app.load(sampleChronology());
  app.viewport.setWidth(1000);
  return app;
}

describe('AppState', () => {
  it('shows a linked event with about a year on either side', () => {
    const app = loaded();
    app.applyView({ ...EMPTY_VIEW, event: '2021-04-arf-webinar' });
    const event = app.selection.selected!;
    const [from, to] = app.viewport.visibleRange;
    expect(from).toBeLessThan(event.startMs);
    expect(to).toBeGreaterThan(event.endMs);
    expect(to - from).toBeLessThan(4 * 365 * 86_400_000);
  });

  it('shows the range a link gives', () => {
    const app = loaded();
    app.applyView({ ...EMPTY_VIEW, from: '2008', to: '2010' });
    const [from, to] = app.viewport.visibleRange;
    expect(new Date(from).getUTCFullYear()).toBe(2008);
    expect(new Date(to - 1).getUTCFullYear()).toBe(2010);
  });

  it('presents the first event of the filter when a presenting link names none', () => {
    const app = loaded();
    app.applyView({ ...EMPTY_VIEW, present: true, series: ['arf'] });
    expect(app.display.present).toBe(true);
    expect(app.selection.selectedId).toBe(app.filters.events[0]!.id);
    expect(app.selection.selected?.series.key).toBe('arf');
  });

  it('opens an imported chronology from its start, without the filters of the one before', () => {
    const app = loaded();
    app.filters.setQuery('hanoi');
    app.selection.select('2021-04-arf-webinar');
    app.showImported(sampleChronology(), { fileName: 'mine.json' });
    expect(app.shown.imported).toBe(true);
    expect(app.shown.sourceFile).toBe('mine.json');
    expect(app.filters.filtering).toBe(false);
    expect(app.selection.selectedId).toBeUndefined();
    expect(app.viewport.whole).toBe(true);
  });
});
