/**
 * The design tokens: colours, fonts and sizes, and the one way drawing code (canvas, map style,
 * PNG exports) gets them.
 *
 * The page's CSS custom properties in app.css `:root` are the live values; TOKENS below are the
 * same values, typed, for places without a document (unit tests, scripts/, the import worker).
 * theme.test.ts fails when the two differ. Redefining a custom property (for example in a later
 * `prefers-color-scheme: dark` block) changes what readTheme() returns on the page, so colours
 * are never copied into code.
 *
 * Core module: imports nothing else of the app.
 */

/** name used in code → [CSS custom property, value]; colours are #rrggbb */
export const TOKENS = {
  ink: ['--ink', '#1b1f24'],
  inkSoft: ['--ink-soft', '#4a525c'],
  /** city names of the map that no event in view took place in */
  inkQuiet: ['--ink-quiet', '#5c646d'],
  paper: ['--paper', '#fbfaf7'],
  /** panels, fields, and the hollow of online marks */
  panel: ['--panel', '#ffffff'],
  /** every other lane of the timeline */
  band: ['--band', '#f3f1ec'],
  rule: ['--rule', '#d9d6cf'],
  fieldBorder: ['--field-border', '#8a8f96'],
  accent: ['--accent', '#0b4f6c'],
  accentSoft: ['--accent-soft', '#e3eff4'],
  /** text on ink or accent fills */
  onDark: ['--on-dark', '#ffffff'],
  warn: ['--warn', '#8a4b00'],
  warnSoft: ['--warn-soft', '#fff1dc'],
  focus: ['--focus', '#c2410c'],
  /** the presentation's backdrop and its text, also the social cards' */
  stage: ['--stage', '#10222c'],
  onStage: ['--on-stage', '#f6f4ef'],
  onStageSoft: ['--on-stage-soft', '#c9d6dd'],
  mapSea: ['--map-sea', '#dce8ee'],
  mapLand: ['--map-land', '#f4f2ec'],
  mapBorder: ['--map-border', '#9aa3ab'],
  mapCity: ['--map-city', '#12303f'],
  /** around map labels and city circles */
  mapHalo: ['--map-halo', '#ffffff'],
  mapParticipant: ['--map-participant', '#d9822b'],
  mapCountLow: ['--map-count-low', '#e4eef2'],
  mapCountHigh: ['--map-count-high', '#7ea8bd'],
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
} as const satisfies Record<string, readonly [`--${string}`, string]>;

export type TokenName = keyof typeof TOKENS;
export type Theme = { readonly [name in TokenName]: string };

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
    readonly [string, string],
  ][]) {
    theme[name] = source?.getPropertyValue(property).trim() || fallback;
  }
  return theme;
}

/** The tokens' own values, as app.css defines them. */
export const DEFAULT_THEME: Theme = readTheme(undefined);

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

/** Ink or white, whichever reads better on a fill of `hex` at full strength. */
export function textOn(hex: string, theme: Theme = DEFAULT_THEME): string {
  if (normalizeHex(hex) === undefined) return theme.ink;
  return relativeLuminance(hex) > 0.3 ? theme.ink : theme.onDark;
}
