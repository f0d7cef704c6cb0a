/**
 * The share pages' stylesheet, small enough to inline (no second request on a slow phone): the
 * app's design tokens (src/lib/theme.ts) as custom properties, light by default and dark when the
 * reader prefers it.
 */
import { DARK_THEME as DARK, DEFAULT_THEME as LIGHT, type Theme } from '../src/lib/theme.ts';

const COLOURS = ['ink', 'inkSoft', 'paper', 'rule', 'accent', 'accentSoft'] as const;
const property = (name: string) => `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
const colours = (theme: Theme) =>
  COLOURS.map((name) => `${property(name)}: ${theme[name]};`).join(' ');

export function sharePageStyle(): string {
  return `      :root { ${colours(LIGHT)} }
      @media (prefers-color-scheme: dark) {
        :root { ${colours(DARK)} }
      }
      body { font: 1.05rem/1.55 ${LIGHT.fontSans}; color: var(--ink); background: var(--paper);
        max-width: 46rem; margin: 0 auto; padding: 1rem 1rem 2rem; }
      a { color: var(--accent); }
      header { padding-bottom: 0.5rem; border-bottom: 1px solid var(--rule); font-size: 0.95rem; }
      header a { text-decoration: none; font-weight: 600; }
      h1 { line-height: 1.2; margin: 0.2rem 0 1rem; }
      dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
      dt { font-weight: 600; } dd { margin: 0; }
      .series { margin: 1.5rem 0 0; text-transform: uppercase; letter-spacing: 0.03em;
        font-weight: 600; color: var(--accent); }
      .open { display: inline-block; padding: 0.6rem 1rem; border-radius: 0.4rem;
        background: var(--accent); color: var(--paper); text-decoration: none; font-weight: 600; }
      li small, footer { color: var(--ink-soft); }
      nav { display: flex; justify-content: space-between; gap: 1rem; margin: 2rem 0 1rem;
        padding-top: 1rem; border-top: 1px solid var(--rule); }
      nav a { display: grid; max-width: 48%; text-decoration: none; font-weight: 600; }
      nav a[rel='next'] { text-align: right; margin-left: auto; }
      nav span { font-weight: 400; color: var(--ink); }
      @media (max-width: 30rem) { dl { grid-template-columns: 1fr; } dd { margin-bottom: 0.4rem; } }`;
}
