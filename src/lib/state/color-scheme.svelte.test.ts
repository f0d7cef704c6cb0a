import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { DARK_THEME, DEFAULT_THEME, type ColorScheme } from '../theme.ts';
import { followLinkedTheme, ShownScheme, writeThemeAttribute } from './color-scheme.svelte.ts';

/** A `prefers-color-scheme: dark` query whose answer the test changes. */
function preference(dark: boolean) {
  const listeners: ((event: { matches: boolean }) => void)[] = [];
  return {
    matches: dark,
    addEventListener: (_: string, listener: (event: { matches: boolean }) => void) =>
      listeners.push(listener),
    change(to: boolean) {
      this.matches = to;
      listeners.forEach((listener) => listener({ matches: to }));
    },
  };
}

function scheme(linked: () => ColorScheme | undefined, query: ReturnType<typeof preference>) {
  return new ShownScheme(linked, query as unknown as MediaQueryList);
}

describe('ShownScheme', () => {
  it('follows the reader’s preference, also when it changes', () => {
    const query = preference(false);
    const shown = scheme(() => undefined, query);
    expect(shown.dark).toBe(false);
    expect(shown.theme).toEqual(DEFAULT_THEME);
    query.change(true);
    expect(shown.dark).toBe(true);
    expect(shown.theme).toEqual(DARK_THEME);
  });

  it('shows the scheme a link asks for over the reader’s preference', () => {
    expect(scheme(() => 'light', preference(true)).dark).toBe(false);
    expect(scheme(() => 'dark', preference(false)).dark).toBe(true);
  });

  it('is light outside a browser', () => {
    expect(new ShownScheme(() => undefined, undefined).dark).toBe(false);
  });
});

describe('the data-theme attribute', () => {
  it('names the scheme a link asks for, and is gone when it asks for none', () => {
    const root = document.createElement('html');
    writeThemeAttribute(root, 'dark');
    expect(root.getAttribute('data-theme')).toBe('dark');
    writeThemeAttribute(root, undefined);
    expect(root.hasAttribute('data-theme')).toBe(false);
  });

  it('follows the link’s scheme as it changes', () => {
    const root = document.createElement('html');
    let linked = $state<ColorScheme | undefined>('light');
    const stop = followLinkedTheme(() => linked, root);
    flushSync();
    expect(root.dataset.theme).toBe('light');
    linked = 'dark';
    flushSync();
    expect(root.dataset.theme).toBe('dark');
    stop();
  });
});
