import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  canvasFont,
  contrastRatio,
  DARK_THEME,
  DEFAULT_THEME,
  normalizeHex,
  paletteColor,
  readTheme,
  SERIES_PALETTE,
  textOn,
  TOKENS,
  withAlpha,
} from './theme.ts';

const SRC = join(import.meta.dirname, '..');
const SCRIPTS = join(import.meta.dirname, '../../scripts');
const appCss = readFileSync(join(SRC, 'app.css'), 'utf8');

/** app.css without its comments */
const appCssCode = appCss.replace(/\/\*[\s\S]*?\*\//g, '');
/** The blocks that define tokens: `:root`, then the dark ones (by media query and by link). */
const TOKEN_BLOCKS = {
  light: /(?<![\w)\]])(:root\s*\{[^}]*\})/,
  preferredDark:
    /@media \(prefers-color-scheme: dark\)\s*\{\s*(:root:not\(\[data-theme='light'\]\)\s*\{[^}]*\})\s*\}/,
  linkedDark: /(:root\[data-theme='dark'\]\s*\{[^}]*\})/,
};

/** The custom properties a block of app.css defines, value as written. */
function blockProperties(pattern: RegExp): Map<string, string> {
  const block = pattern.exec(appCssCode)?.[1] ?? '';
  const properties = new Map<string, string>();
  for (const [, name, value] of block.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) {
    properties.set(name!, value!.replace(/\s+/g, ' ').trim());
  }
  return properties;
}

/** Every file under `dir` whose name ends in one of `endings`. */
function filesUnder(dir: string, endings: string[]): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && endings.some((ending) => entry.name.endsWith(ending)))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('the design tokens', () => {
  it('are defined in app.css with exactly the values theme.ts falls back to', () => {
    const inCss = blockProperties(TOKEN_BLOCKS.light);
    const inCode = new Map(Object.values(TOKENS).map(([property, value]) => [property, value]));
    expect(Object.fromEntries(inCss)).toEqual(Object.fromEntries(inCode));
  });

  it('are redefined in app.css, for a dark preference and for ?theme=dark, as theme.ts gives them', () => {
    const dark = Object.fromEntries(
      Object.values(TOKENS).flatMap((entry) => (entry.length === 3 ? [[entry[0], entry[2]]] : [])),
    );
    expect(Object.keys(dark).length).toBeGreaterThan(20);
    expect(Object.fromEntries(blockProperties(TOKEN_BLOCKS.preferredDark))).toEqual(dark);
    expect(Object.fromEntries(blockProperties(TOKEN_BLOCKS.linkedDark))).toEqual(dark);
  });

  it('give every colour a dark value, and fonts and sizes none', () => {
    for (const [name, entry] of Object.entries(TOKENS)) {
      const colour = normalizeHex(entry[1]) !== undefined;
      expect(entry.length, name).toBe(colour ? 3 : 2);
      if (colour) expect(normalizeHex(entry[2]!), name).toBe(entry[2]);
    }
  });

  it('give every colour as #rrggbb, so drawing code can mix and measure them', () => {
    for (const [property, value] of Object.values(TOKENS)) {
      if (property.startsWith('--font') || value.endsWith('px')) continue;
      expect(normalizeHex(value), property).toBe(value);
    }
  });

  it('are the only colours written in the styles and the code of the page', () => {
    const files = [
      ...filesUnder(SRC, ['.svelte', '.css', '.ts']),
      ...filesUnder(SCRIPTS, ['.ts']),
    ].filter((file) => !file.endsWith('.test.ts') && !file.endsWith('theme.ts'));
    const copied = files.flatMap((file) => {
      let text = readFileSync(file, 'utf8');
      if (file.endsWith('app.css')) {
        for (const pattern of Object.values(TOKEN_BLOCKS)) text = text.replace(pattern, '');
      }
      return [...text.matchAll(/#[0-9a-f]{6}\b|#[0-9a-f]{3}\b|rgba?\(\s*\d/gi)].map(
        (match) => `${file}: ${match[0]}`,
      );
    });
    expect(copied).toEqual([]);
  });
});

describe('theme.ts', () => {
  it('imports nothing, so scripts, the worker and any layer can use it', () => {
    const source = readFileSync(join(import.meta.dirname, 'theme.ts'), 'utf8');
    expect(source).not.toMatch(/^\s*import\b|\bimport\(|\brequire\(/m);
  });
});

describe('readTheme', () => {
  it('falls back to the typed defaults where there is no page style', () => {
    expect(readTheme(undefined)).toEqual(DEFAULT_THEME);
    expect(DEFAULT_THEME.ink).toBe('#1b1f24');
    expect(readTheme({ getPropertyValue: () => '' }).band).toBe('#f3f1ec');
  });

  it('takes what the page defines now, so redefining a property restyles the drawings', () => {
    const page = new Map([
      ['--ink', ' #eeeeee'],
      ['--panel', '#111111 '],
    ]);
    const theme = readTheme({ getPropertyValue: (property) => page.get(property) ?? '' });
    expect(theme.ink).toBe('#eeeeee');
    expect(theme.panel).toBe('#111111');
    expect(theme.accent).toBe(DEFAULT_THEME.accent);
  });

  it('reads the custom properties of the document when there is one', () => {
    document.documentElement.style.setProperty('--accent', '#123456');
    try {
      expect(readTheme().accent).toBe('#123456');
    } finally {
      document.documentElement.style.removeProperty('--accent');
    }
  });
});

describe('colour helpers', () => {
  it('builds canvas fonts in the theme family', () => {
    expect(canvasFont(DEFAULT_THEME)).toBe(`11px ${DEFAULT_THEME.fontSans}`);
    expect(canvasFont(DEFAULT_THEME, '16px', 600)).toBe(`600 16px ${DEFAULT_THEME.fontSans}`);
  });

  it('writes a colour at an opacity as a canvas fill style', () => {
    expect(withAlpha('#0b4f6c', 0.07)).toBe('rgba(11, 79, 108, 0.07)');
    expect(() => withAlpha('teal', 0.5)).toThrow(RangeError);
  });

  it('reads #rgb and #rrggbb, and nothing else', () => {
    expect(normalizeHex('#0B4F6C')).toBe('#0b4f6c');
    expect(normalizeHex('#abc')).toBe('#aabbcc');
    expect(normalizeHex('0b4f6c')).toBeUndefined();
    expect(normalizeHex('#0b4f6c80')).toBeUndefined();
    expect(normalizeHex('red')).toBeUndefined();
  });

  it('measures contrast as WCAG 2.1 does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#0b4f6c', '#0b4f6c')).toBe(1);
  });

  it('writes white on dark fills and ink on light ones', () => {
    expect(textOn('#0b4f6c')).toBe('#ffffff');
    expect(textOn('#edc948')).toBe(DEFAULT_THEME.ink);
  });

  it('writes dark text on light fills in the dark scheme, where the ink is light', () => {
    expect(textOn('#edc948', DARK_THEME)).toBe(DARK_THEME.onDark);
    expect(textOn('#0b4f6c', DARK_THEME)).toBe(DARK_THEME.ink);
  });

  it('gives the groups of an imported chronology distinct colours, in order, then again', () => {
    const first = SERIES_PALETTE.map((_, position) => paletteColor(position));
    expect(new Set(first).size).toBe(SERIES_PALETTE.length);
    expect(paletteColor(0)).toBe('#4e79a7');
    expect(paletteColor(SERIES_PALETTE.length)).toBe(paletteColor(0));
  });
});
