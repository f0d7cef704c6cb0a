import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleChronology } from '../../../tests/unit/sample-chronology.ts';
import { decodeViewState } from '../url/view-state.ts';
import { AppState } from './app-state.svelte.ts';
import { bridgeToHost, fullChronologyUrl, keptFileOf, syncWithUrl } from './url-sync.svelte.ts';

/** A window whose address bar and history are plain arrays. */
function fakeWindow(search: string, parent?: { posted: unknown[] }) {
  const entries = [search];
  /** each entry's history state */
  const states: unknown[] = [null];
  let at = 0;
  const listeners = new Map<string, ((event: unknown) => void)[]>();
  const win = {
    reloads: 0,
    location: {
      reload: () => win.reloads++,
      pathname: '/',
      hash: '',
      get search() {
        return entries[at]!;
      },
    },
    document: { title: '' },
    history: {
      pushState: (state: unknown, __: string, url: string) => {
        entries.splice(at + 1, Infinity, new URL(url, 'http://x').search);
        states.splice(at + 1, Infinity, state);
        at++;
      },
      replaceState: (state: unknown, __: string, url: string) => {
        entries[at] = new URL(url, 'http://x').search;
        states[at] = state;
      },
      get state() {
        return states[at];
      },
    },
    addEventListener: (type: string, listener: (event: unknown) => void) =>
      listeners.set(type, [...(listeners.get(type) ?? []), listener]),
    removeEventListener: () => {},
    /** callbacks waiting for a frame, then for a timeout: run by `drawn()` */
    waiting: [] as (() => void)[],
    requestAnimationFrame: (callback: () => void) => win.waiting.push(callback),
    cancelAnimationFrame: (id: number) => (win.waiting[id - 1] = () => {}),
    setTimeout: (callback: () => void) => (callback(), 0),
    clearTimeout: () => {},
    drawn() {
      const due = win.waiting.splice(0);
      due.forEach((callback) => callback());
    },
    back() {
      at--;
      for (const listener of listeners.get('popstate') ?? []) listener({});
    },
    forward() {
      at++;
      for (const listener of listeners.get('popstate') ?? []) listener({});
    },
    emit(type: string, event: unknown) {
      for (const listener of listeners.get(type) ?? []) listener(event);
    },
    parent: parent ? { postMessage: (data: unknown) => parent.posted.push(data) } : undefined,
    entries,
    states,
  };
  if (!parent) win.parent = win as never;
  return win;
}

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((cleanup) => cleanup());
  cleanups = [];
});

function start(search: string, parent?: { posted: unknown[] }) {
  const win = fakeWindow(search, parent);
  const app = new AppState();
  app.load(sampleChronology());
  app.applyView(decodeViewState(search));
  cleanups.push(
    $effect.root(() => {
      syncWithUrl(app, win as unknown as Window);
      bridgeToHost(app, win as unknown as Window);
    }),
  );
  flushSync();
  return { win, app };
}

describe('syncWithUrl', () => {
  it('opens a link to an old id on the event, without adding a history entry', () => {
    const { win, app } = start('?event=2023-12-06-pgc-13-ha-noi');
    expect(app.selection.selectedId).toBe('2023-12-06-pgc-13-hanoi');
    expect(win.entries).toEqual(['?event=2023-12-06-pgc-13-hanoi']);
    expect(win.document.title).toMatch(/^13th Prosecutors-General Conference/);
  });

  it('adds an entry per selection, and Back shows the previous event', () => {
    const { win, app } = start('?event=2021-04-arf-webinar');
    app.selection.select('2023-12-06-pgc-13-hanoi');
    flushSync();
    expect(win.entries).toEqual(['?event=2021-04-arf-webinar', '?event=2023-12-06-pgc-13-hanoi']);
    win.back();
    flushSync();
    expect(app.selection.selectedId).toBe('2021-04-arf-webinar');
    expect(win.entries).toHaveLength(2);
  });

  it('keeps a link’s ?theme= in the address after a selection', () => {
    const { win, app } = start('?theme=dark');
    app.selection.select('2023-12-06-pgc-13-hanoi');
    flushSync();
    expect(win.entries).toEqual(['?theme=dark', '?event=2023-12-06-pgc-13-hanoi&theme=dark']);
    win.back();
    flushSync();
    expect(app.display.theme).toBe('dark');
  });

  it('writes a chosen language into the address without a new entry, and keeps the view', () => {
    const { win, app } = start('?event=2023-12-06-pgc-13-hanoi&series=pgc');
    app.display.lang = 'km';
    flushSync();
    expect(win.entries).toEqual(['?event=2023-12-06-pgc-13-hanoi&series=pgc&lang=km']);
    expect(app.selection.selectedId).toBe('2023-12-06-pgc-13-hanoi');
    expect(app.filters.series).toEqual(['pgc']);
  });

  it('keeps a link’s ?lang= in the address after a selection', () => {
    const { win, app } = start('?lang=vi');
    app.selection.select('2023-12-06-pgc-13-hanoi');
    flushSync();
    expect(win.entries).toEqual(['?lang=vi', '?event=2023-12-06-pgc-13-hanoi&lang=vi']);
  });

  it('makes opening a file a new entry without an address, and Back loads the link before', () => {
    const { win, app } = start('?event=2021-04-arf-webinar');
    app.showImported(sampleChronology(), { fileName: 'mine.json' });
    flushSync();
    // written once the page has drawn the file: adding an entry is slow in Chromium
    expect(win.entries).toEqual(['?event=2021-04-arf-webinar']);
    win.drawn();
    expect(win.entries).toEqual(['?event=2021-04-arf-webinar', '']);
    // a selection in the file makes no entry: it has no link
    app.selection.select('2023-12-06-pgc-13-hanoi');
    flushSync();
    expect(win.entries).toEqual(['?event=2021-04-arf-webinar', '']);
    win.back();
    flushSync();
    // our chronology is loaded afresh from its link, not its event applied to the file
    expect(win.reloads).toBe(1);
    expect(app.shown.sourceFile).toBe('mine.json');
  });

  it('keeps the id of a file kept in this browser in its entry; Forward to it loads it afresh', () => {
    const { win, app } = start('?event=2021-04-arf-webinar');
    app.showImported(sampleChronology(), { fileName: 'mine.csv', keptFile: 'k1' });
    flushSync();
    win.drawn();
    expect(win.states).toEqual([null, { keptFile: 'k1' }]);
    expect(keptFileOf(win.history.state)).toBe('k1');
    win.back();
    flushSync();
    expect(win.reloads).toBe(1);
    // after the reload ours is shown; Forward finds the entry of the kept file
    const ours = start('?event=2021-04-arf-webinar');
    ours.win.history.pushState({ keptFile: 'k1' }, '', '/');
    ours.win.back();
    flushSync();
    expect(ours.win.reloads).toBe(0);
    ours.win.forward();
    flushSync();
    expect(ours.win.reloads).toBe(1);
    expect(ours.app.shown.sourceFile).toBeUndefined();
  });

  it('makes opening an address a new entry with its ?data=, and Back loads the link before', () => {
    const { win, app } = start('?event=2021-04-arf-webinar');
    app.showImported(sampleChronology(), { url: '/theirs.json' });
    flushSync();
    win.drawn();
    expect(win.entries).toHaveLength(2);
    expect(decodeViewState(win.entries[1]!).data).toBe('/theirs.json');
    app.selection.select('2023-12-06-pgc-13-hanoi');
    flushSync();
    expect(win.entries).toHaveLength(3);
    win.back(); // to the address's first entry: the same chronology, shown as it was
    flushSync();
    expect(win.reloads).toBe(0);
    expect(app.selection.selectedId).toBeUndefined();
    win.back(); // to ours
    flushSync();
    expect(win.reloads).toBe(1);
  });

  it('still adds the opened chronology’s entry when the view changes before the page is drawn', () => {
    const { win, app } = start('?event=2021-04-arf-webinar');
    app.showImported(sampleChronology(), { url: '/theirs.json' });
    flushSync();
    app.filters.setQuery('hanoi');
    flushSync();
    win.drawn();
    expect(win.entries).toHaveLength(2);
    expect(decodeViewState(win.entries[1]!)).toMatchObject({ data: '/theirs.json', q: 'hanoi' });
  });

  it('only replaces the entry when a filter changes', () => {
    const { win, app } = start('');
    app.filters.setQuery('hanoi');
    flushSync();
    expect(win.entries).toEqual(['?q=hanoi']);
  });

  it('never adds entries inside an embed, whose history is the host page’s', () => {
    const { win, app } = start('?embed=1');
    app.selection.select('2023-12-06-pgc-13-hanoi');
    flushSync();
    expect(win.entries).toEqual(['?event=2023-12-06-pgc-13-hanoi&embed=1']);
  });
});

describe('bridgeToHost', () => {
  it('tells the host what is selected and selects what the host asks for, once', () => {
    const host = { posted: [] as unknown[] };
    const { win, app } = start('?embed=1', host);
    app.selection.select('2021-04-arf-webinar');
    flushSync();
    expect(host.posted).toEqual([{ type: 'chronology:select', id: '2021-04-arf-webinar' }]);
    win.emit('message', {
      source: win.parent,
      data: { type: 'chronology:select', id: '2023-12-06-pgc-13-hanoi' },
    });
    flushSync();
    expect(app.selection.selectedId).toBe('2023-12-06-pgc-13-hanoi');
    expect(host.posted).toHaveLength(1);
    win.emit('message', {
      source: {},
      data: { type: 'chronology:select', id: '2021-04-arf-webinar' },
    });
    flushSync();
    expect(app.selection.selectedId).toBe('2023-12-06-pgc-13-hanoi');
  });

  it('links an embed to the same event and filters on the full page, without embed or map', () => {
    const app = new AppState({ embed: true, map: true });
    app.load(sampleChronology());
    app.applyView(decodeViewState('?embed=1&map=1&event=2021-04-arf-webinar&q=webinar'));
    const url = fullChronologyUrl(app, '/chronology/');
    expect(url.startsWith('/chronology/?')).toBe(true);
    expect(decodeViewState(url.slice('/chronology/'.length))).toMatchObject({
      event: '2021-04-arf-webinar',
      q: 'webinar',
      embed: false,
      map: false,
    });
  });
});
