/** Colours of the series lanes, shared by the canvas, the list and the legend. */
/** Tableau 10, for groups of imported chronologies. */
const CATEGORICAL = [
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

const NAMED: Record<string, string> = {
  pgc: '#0b4f6c',
  ammtc: '#7a3e9d',
  somtc: '#a05a2c',
  aseanapol: '#1d6b3a',
  arf: '#b1224b',
  telmin: '#51606f',
  summit: '#8a6100',
  agreement: '#0f766e',
  other: '#5f5f5f',
};

/** A series' colour: ours by name, an imported group's by its position. */
export function seriesColor(key: string, position: number): string {
  return NAMED[key] ?? CATEGORICAL[position % CATEGORICAL.length]!;
}

export const INK = '#1b1f24';
export const INK_SOFT = '#4a525c';
export const RULE = '#d9d6cf';
export const BAND = '#f3f1ec';
export const FOCUS = '#c2410c';

/** Ink or white, whichever reads better on a fill of `hex` (#rrggbb) at full strength. */
export function textOn(hex: string): string {
  const value = Number.parseInt(hex.slice(1, 7), 16);
  if (!Number.isFinite(value)) return INK;
  const channel = (shift: number) => {
    const c = ((value >> shift) & 255) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0);
  return luminance > 0.3 ? INK : '#ffffff';
}
