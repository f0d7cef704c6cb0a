import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  contrastRatio,
  DARK_THEME,
  DEFAULT_THEME,
  MIN_MARK_CONTRAST,
  readableOn,
  relativeLuminance,
  SERIES_PALETTE,
  seriesColorOn,
  themeFor,
  type Theme,
  type TokenName,
} from './theme.ts';

const seriesYaml = readFileSync(join(import.meta.dirname, '../../data/series.yaml'), 'utf8');
const SERIES_COLORS = (parse(seriesYaml) as { key: string; color: string }[]).map(
  ({ key, color }) => [key, color] as const,
);

/** Text and what it is written on, as the page's styles pair them. */
const TEXT_PAIRS: [TokenName, TokenName][] = [
  ['ink', 'paper'],
  ['ink', 'panel'],
  ['ink', 'band'],
  ['ink', 'accentSoft'],
  ['ink', 'warnSoft'],
  ['inkSoft', 'paper'],
  ['inkSoft', 'panel'],
  ['inkSoft', 'band'],
  ['inkQuiet', 'panel'],
  ['accent', 'paper'],
  ['accent', 'panel'],
  ['accent', 'accentSoft'],
  ['onDark', 'accent'],
  ['onDark', 'ink'],
  ['warn', 'panel'],
  ['warn', 'warnSoft'],
  ['onStage', 'stage'],
  ['onStageSoft', 'stage'],
  ['ink', 'mapLand'],
  ['inkSoft', 'mapLand'],
  ['ink', 'mapHalo'],
];

/** Marks, outlines and focus rings, and what they are drawn on. */
const MARK_PAIRS: [TokenName, TokenName][] = [
  ['focus', 'paper'],
  ['focus', 'panel'],
  ['fieldBorder', 'panel'],
  ['mapCity', 'mapLand'],
  ['ink', 'mapParticipant'],
];

/** Hue in degrees, to see that a lifted colour is still the same colour. */
function hueOf(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255) as [
    number,
    number,
    number,
  ];
  const max = Math.max(r, g, b);
  const chroma = max - Math.min(r, g, b);
  if (chroma === 0) return 0;
  const sector =
    max === r
      ? ((g - b) / chroma + 6) % 6
      : max === g
        ? (b - r) / chroma + 2
        : (r - g) / chroma + 4;
  return sector * 60;
}

function hueDistance(a: number, b: number): number {
  const distance = Math.abs(a - b) % 360;
  return Math.min(distance, 360 - distance);
}

describe.each([
  ['light', DEFAULT_THEME],
  ['dark', DARK_THEME],
] as [string, Theme][])('the %s scheme', (scheme, theme) => {
  it('writes text with at least 4.5:1 contrast on what it is written on (WCAG AA)', () => {
    const low = TEXT_PAIRS.map(([text, ground]) => [
      `${text} on ${ground}`,
      Math.floor(contrastRatio(theme[text], theme[ground]) * 100) / 100,
    ]).filter(([, ratio]) => (ratio as number) < 4.5);
    expect(low).toEqual([]);
  });

  it('draws marks and outlines with at least 3:1 contrast', () => {
    const low = MARK_PAIRS.filter(
      ([mark, ground]) => contrastRatio(theme[mark], theme[ground]) < MIN_MARK_CONTRAST,
    );
    expect(low).toEqual([]);
  });

  it('draws every series of data/series.yaml readable, its lane’s name too, on both lanes', () => {
    for (const [key, color] of SERIES_COLORS) {
      const drawn = seriesColorOn(color, theme);
      expect(contrastRatio(drawn, theme.panel), `${key} on panel`).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(drawn, theme.band), `${key} on band`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('draws every colour of the imported groups readable, names too, on both lanes', () => {
    for (const color of SERIES_PALETTE) {
      const drawn = seriesColorOn(color, theme);
      expect(contrastRatio(drawn, theme.panel), color).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(drawn, theme.band), color).toBeGreaterThanOrEqual(4.5);
    }
  });

  it(`has a ${scheme} page background`, () => {
    const luminance = relativeLuminance(theme.paper);
    if (scheme === 'dark') expect(luminance).toBeLessThan(0.05);
    else expect(luminance).toBeGreaterThan(0.8);
  });
});

describe('series colours on the dark lanes', () => {
  it('are kept as they are on the light lanes, which the compiler checks them against', () => {
    for (const [, color] of SERIES_COLORS) expect(seriesColorOn(color, DEFAULT_THEME)).toBe(color);
  });

  it('are lifted to a lighter shade of the same hue', () => {
    for (const [key, color] of SERIES_COLORS) {
      const lifted = seriesColorOn(color, DARK_THEME);
      expect(relativeLuminance(lifted), key).toBeGreaterThan(relativeLuminance(color));
      if (key !== 'other') expect(hueDistance(hueOf(lifted), hueOf(color)), key).toBeLessThan(8);
    }
  });

  it('stay apart from each other', () => {
    const lifted = SERIES_COLORS.map(([, color]) => seriesColorOn(color, DARK_THEME));
    expect(new Set(lifted).size).toBe(SERIES_COLORS.length);
  });
});

describe('readableOn', () => {
  it('leaves a colour that already reads as it is', () => {
    expect(readableOn('#0b4f6c', ['#ffffff'])).toBe('#0b4f6c');
  });

  it('darkens a colour on light backgrounds and lightens it on dark ones', () => {
    const onLight = readableOn('#edc949', ['#ffffff', '#f3f1ec']);
    expect(contrastRatio(onLight, '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(relativeLuminance(onLight)).toBeLessThan(relativeLuminance('#edc949'));
    const onDark = readableOn('#0b4f6c', ['#1a1f24']);
    expect(contrastRatio(onDark, '#1a1f24')).toBeGreaterThanOrEqual(3);
    expect(relativeLuminance(onDark)).toBeGreaterThan(relativeLuminance('#0b4f6c'));
  });

  it('reaches a higher contrast when asked for one', () => {
    expect(
      contrastRatio(readableOn('#0b4f6c', ['#1a1f24'], 4.5), '#1a1f24'),
    ).toBeGreaterThanOrEqual(4.5);
  });
});

describe('themeFor', () => {
  it('gives the light and the dark values, and the same fonts and sizes in both', () => {
    expect(themeFor('light')).toEqual(DEFAULT_THEME);
    expect(themeFor('dark').paper).not.toBe(DEFAULT_THEME.paper);
    expect(themeFor('dark').fontSans).toBe(DEFAULT_THEME.fontSans);
    expect(themeFor('dark').canvasTextSize).toBe(DEFAULT_THEME.canvasTextSize);
  });
});

describe('index.html', () => {
  const html = readFileSync(join(import.meta.dirname, '../../index.html'), 'utf8');

  it('tells the browser the page has a light and a dark scheme', () => {
    expect(html).toContain('<meta name="color-scheme" content="light dark" />');
  });

  it('colours the browser chrome with the page background of each scheme', () => {
    expect(html).toContain(
      `<meta name="theme-color" content="${DEFAULT_THEME.paper}" media="(prefers-color-scheme: light)" />`,
    );
    expect(html).toContain(
      `<meta name="theme-color" content="${DARK_THEME.paper}" media="(prefers-color-scheme: dark)" />`,
    );
  });
});
