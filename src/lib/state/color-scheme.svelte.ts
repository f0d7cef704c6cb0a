/**
 * The colour scheme the page shows: the one a link asks for (`?theme=`), else the reader's
 * preference. Inside an iframe that preference is the host's: a frame's `prefers-color-scheme`
 * follows the color-scheme of the element that embeds it. Drawing code that is not CSS (the map's
 * style, series colours set inline) follows `theme`; CSS follows the `data-theme` attribute and
 * the media query in app.css.
 */
import { themeFor, type ColorScheme, type Theme } from '../theme.ts';

const PREFERS_DARK = '(prefers-color-scheme: dark)';

export class ShownScheme {
  #prefersDark = $state(false);
  /** whether the page is dark now */
  readonly dark: boolean = $derived.by(() => {
    const linked = this.linked();
    return linked === undefined ? this.#prefersDark : linked === 'dark';
  });
  /** the colours of the scheme shown, as theme.ts tables them */
  readonly theme: Theme = $derived(themeFor(this.dark ? 'dark' : 'light'));

  /**
   * @param linked the scheme the link asks for, if any
   * @param query the reader's preference; none outside a browser
   */
  constructor(
    private readonly linked: () => ColorScheme | undefined,
    query: MediaQueryList | undefined = typeof matchMedia === 'function'
      ? matchMedia(PREFERS_DARK)
      : undefined,
  ) {
    if (!query) return;
    this.#prefersDark = query.matches;
    // the page lives as long as the state: the listener is never removed
    query.addEventListener?.('change', (event) => (this.#prefersDark = event.matches));
  }
}

/** Marks the page's root with the scheme a link asks for, which app.css's dark blocks read. */
export function writeThemeAttribute(root: HTMLElement, theme: ColorScheme | undefined): void {
  if (theme === undefined) delete root.dataset.theme;
  else if (root.dataset.theme !== theme) root.dataset.theme = theme;
}

/** Keeps the root's attribute in step with the link's scheme (Back to a link with another one). */
export function followLinkedTheme(
  linked: () => ColorScheme | undefined,
  root: HTMLElement,
): () => void {
  return $effect.root(() => {
    $effect.pre(() => writeThemeAttribute(root, linked()));
  });
}
