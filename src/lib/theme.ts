/**
 * The design tokens: colours, fonts and sizes, and the one way drawing code (canvas, map style,
 * PNG exports) gets them.
 *
 * The page's CSS custom properties in app.css are the live values; TOKENS below are the same
 * values, typed, for places without a document (unit tests, scripts/, the import worker).
 * Every colour has a light and a dark value: app.css gives the light ones in `:root` and the dark
 * ones in a `prefers-color-scheme: dark` block and a `[data-theme='dark']` block (a link's
 * `?theme=`); theme.test.ts fails when app.css and TOKENS differ. readTheme() reads whatever the
 * page defines now, so colours are never copied into code.
 *
 * Core module: imports nothing else of the app.
 */

export const TOKENS = {
  ink: ['--ink', '#1b1f24', '#e8eaed'],
  inkSoft: ['--ink-soft', '#4a525c', '#b9c0c8'],
  /** city names of the map that no event in view took place in */
  inkQuiet: ['--ink-quiet', '#5c646d', '#9ba3ac'],
  paper: ['--paper', '#fbfaf7', '#121619'],
  /** panels, fields, and the hollow of online marks */
  panel: ['--panel', '#ffffff', '#1a1f24'],
  /** every other lane of the timeline */
  band: ['--band', '#f3f1ec', '#232a30'],
  rule: ['--rule', '#d9d6cf', '#3b444c'],
  fieldBorder: ['--field-border', '#8a8f96', '#7f8892'],
  accent: ['--accent', '#0b4f6c', '#7cc3e2'],
  accentSoft: ['--accent-soft', '#e3eff4', '#1c3541'],
  /** text on ink or accent fills */
  onDark: ['--on-dark', '#ffffff', '#0e1316'],
  warn: ['--warn', '#8a4b00', '#f2b66b'],
  warnSoft: ['--warn-soft', '#fff1dc', '#3b2b14'],
  focus: ['--focus', '#c2410c', '#ff8f52'],
  /** the presentation's backdrop and its text, also the social cards' */
  stage: ['--stage', '#10222c', '#0a1419'],
  onStage: ['--on-stage', '#f6f4ef', '#f6f4ef'],
  onStageSoft: ['--on-stage-soft', '#c9d6dd', '#c9d6dd'],
  mapSea: ['--map-sea', '#dce8ee', '#13222b'],
  mapLand: ['--map-land', '#f4f2ec', '#283039'],
  mapBorder: ['--map-border', '#9aa3ab', '#5c6772'],
  mapCity: ['--map-city', '#12303f', '#cde5f1'],
  /** around map labels and city circles */
  mapHalo: ['--map-halo', '#ffffff', '#121619'],
  mapParticipant: ['--map-participant', '#d9822b', '#8a5124'],
  mapCountLow: ['--map-count-low', '#e4eef2', '#1f3642'],
  mapCountHigh: ['--map-count-high', '#7ea8bd', '#41809d'],
  /** system fonts only: the app loads nothing from other hosts */
  fontSans: [
    '--font-sans',
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif",
  ],
  fontMono: ['--font-mono', "ui-monospace, 'DejaVu Sans Mono', monospace"],
  /** labels drawn on the timeline's canvas */
  canvasTextSize: ['--canvas-text-size', '11px'],
  /** the title of an exported picture */
  exportTitleSize: ['--export-title-size', '16px'],
  mapLabelSize: ['--map-label-size', '12px'],
  mapCountrySize: ['--map-country-size', '11px'],
} as const satisfies Record<
  string,
  readonly [`--${string}`, string] | readonly [`--${string}`, string, string]
>;

export type TokenName = keyof typeof TOKENS;
export type Theme = { readonly [name in TokenName]: string };
export type ColorScheme = 'light' | 'dark';

/** The values of one scheme, as TOKENS gives them (tokens without a dark value are shared). */
export function themeFor(scheme: ColorScheme): Theme {
  const theme = {} as Record<TokenName, string>;
  for (const [name, entry] of Object.entries(TOKENS) as [TokenName, readonly string[]][]) {
    theme[name] = (scheme === 'dark' ? entry[2] : undefined) ?? entry[1]!;
  }
  return theme;
}

/**
 * Colours for the groups of an imported chronology, given in the order the groups first appear
 * (Tableau 10). Not custom properties: a series' colour is data, carried by the Series itself,
 * and it is chosen in the import worker, where there is no document.
 */
export const SERIES_PALETTE: readonly string[] = [
  '#4e79a7',
  '#f28e2c',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc949',
  '#af7aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ab',
];

/** The colour of the `position`-th group of an imported chronology. */
export function paletteColor(position: number): string {
  return SERIES_PALETTE[position % SERIES_PALETTE.length]!;
}

/** Where custom properties are read from: a computed style, or anything answering like one. */
export interface TokenSource {
  getPropertyValue(property: string): string;
}

function documentTokens(): TokenSource | undefined {
  if (typeof document === 'undefined' || typeof getComputedStyle === 'undefined') return undefined;
  return getComputedStyle(document.documentElement);
}

/**
 * The theme as the page defines it now; outside a page, or for a token the page does not
 * define, the typed default.
 */
export function readTheme(source: TokenSource | undefined = documentTokens()): Theme {
  const theme = {} as Record<TokenName, string>;
  for (const [name, [property, fallback]] of Object.entries(TOKENS) as [
    TokenName,
    readonly string[],
  ][]) {
    theme[name] = source?.getPropertyValue(property!).trim() || fallback!;
  }
  return theme;
}

/** The tokens' light values, as app.css `:root` defines them. */
export const DEFAULT_THEME: Theme = readTheme(undefined);
/** The tokens' dark values. */
export const DARK_THEME: Theme = themeFor('dark');

/** A canvas font in the theme's sans-serif family, e.g. canvasFont(theme, theme.canvasTextSize, 600). */
export function canvasFont(theme: Theme, size = theme.canvasTextSize, weight?: number): string {
  return `${weight === undefined ? '' : `${weight} `}${size} ${theme.fontSans}`;
}

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

/** #rgb or #rrggbb as lowercase #rrggbb; undefined for anything else. */
export function normalizeHex(color: string): string | undefined {
  if (!HEX.test(color)) return undefined;
  const digits = color.slice(1).toLowerCase();
  return digits.length === 3
    ? `#${[...digits].map((digit) => digit + digit).join('')}`
    : `#${digits}`;
}

function channels(hex: string): [number, number, number] {
  const value = Number.parseInt(normalizeHex(hex)?.slice(1) ?? 'x', 16);
  if (!Number.isFinite(value)) throw new RangeError(`not a hex colour: ${hex}`);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** A hex colour at some opacity, as a canvas fill style. */
export function withAlpha(hex: string, alpha: number): string {
  return `rgba(${channels(hex).join(', ')}, ${alpha})`;
}

/** WCAG 2.1 relative luminance of a hex colour (0 black – 1 white). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex).map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.1 contrast ratio of two hex colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}

/** The theme's ink or its text for dark fills, whichever reads better on a fill of `hex`. */
export function textOn(hex: string, theme: Theme = DEFAULT_THEME): string {
  if (normalizeHex(hex) === undefined) return theme.ink;
  return contrastRatio(hex, theme.ink) >= contrastRatio(hex, theme.onDark)
    ? theme.ink
    : theme.onDark;
}

/** Marks and their labels need 3:1 against what they are drawn on (WCAG 1.4.11). */
export const MIN_MARK_CONTRAST = 3;

function toHsl(hex: string): [number, number, number] {
  const [r, g, b] = channels(hex).map((channel) => channel / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const lightness = (max + min) / 2;
  const chroma = max - min;
  if (chroma === 0) return [0, 0, lightness];
  const saturation = chroma / (1 - Math.abs(2 * lightness - 1));
  const hue =
    max === r
      ? ((g - b) / chroma + 6) % 6
      : max === g
        ? (b - r) / chroma + 2
        : (r - g) / chroma + 4;
  return [hue * 60, saturation, lightness];
}

function fromHsl([hue, saturation, lightness]: [number, number, number]): string {
  const chroma = (1 - Math.abs(2 * lightness - 1)) * saturation;
  const part = chroma * (1 - Math.abs(((hue / 60) % 2) - 1));
  const sector = Math.floor(hue / 60) % 6;
  const [r, g, b] = [
    [chroma, part, 0],
    [part, chroma, 0],
    [0, chroma, part],
    [0, part, chroma],
    [part, 0, chroma],
    [chroma, 0, part],
  ][sector]!;
  const offset = lightness - chroma / 2;
  return `#${[r!, g!, b!]
    .map((value) =>
      Math.round(Math.min(1, Math.max(0, value + offset)) * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

const readable = new Map<string, string>();

/**
 * The colour, or the nearest shade of its hue that has `minimum` contrast against every one of
 * the backgrounds: lighter on dark backgrounds, darker on light ones. A series' colour is chosen
 * for the light lanes; on the dark ones the same hue is lifted until its marks read.
 */
export function readableOn(
  color: string,
  backgrounds: readonly string[],
  minimum = MIN_MARK_CONTRAST,
): string {
  const key = `${color} ${backgrounds.join(' ')} ${minimum}`;
  const known = readable.get(key);
  if (known) return known;
  const passes = (candidate: string) =>
    backgrounds.every((background) => contrastRatio(candidate, background) >= minimum);
  const lighten =
    backgrounds.reduce((sum, background) => sum + relativeLuminance(background), 0) /
      backgrounds.length <
    0.18;
  const [hue, saturation, lightness] = toHsl(color);
  let found = normalizeHex(color)!;
  for (let step = 0; step <= 100 && !passes(found); step += 1) {
    const shifted = lighten
      ? lightness + (step / 100) * (1 - lightness)
      : lightness * (1 - step / 100);
    found = fromHsl([hue, saturation, shifted]);
  }
  readable.set(key, found);
  return found;
}

/** Text needs 4.5:1 against its background (WCAG 1.4.3). */
export const MIN_TEXT_CONTRAST = 4.5;

/**
 * A series' colour as drawn on the lanes (panel and band) of `theme`: its marks, and its lane's
 * name, which is text, so at text contrast. Our series' colours already have it on the light lanes.
 */
export function seriesColorOn(color: string, theme: Theme): string {
  return readableOn(color, [theme.panel, theme.band], MIN_TEXT_CONTRAST);
}
