/**
 * The 1200×630 PNG card shown where a link is posted (Open Graph, Twitter, oEmbed thumbnails),
 * drawn here with resvg and the DejaVu fonts: nothing is asked of an outside service.
 */
import { english } from '../src/lib/i18n/english.ts';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { APP_TITLE } from '../src/lib/chronology/about.ts';
import { placeLabel } from '../src/lib/chronology/describe.ts';
import type { ChronologyEvent } from '../src/lib/chronology/model.ts';
import { DEFAULT_THEME as THEME } from '../src/lib/theme.ts';
import { escapeHtml } from './escape-html.ts';

const require = createRequire(import.meta.url);
const FONT_DIR = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** Breaks text into lines of at most `width` characters, at spaces. */
export function wrap(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    lines.length = maxLines;
    const last = lines[maxLines - 1]!;
    // room for the ellipsis: drop the last word if the line is full
    lines[maxLines - 1] = (last.length + 2 <= width ? last : last.replace(/\s+\S+$/, '')) + ' …';
  }
  return lines;
}

/** A card's words: a small line above the title, the title, and a line below it. */
export interface CardText {
  kicker: string;
  title: string;
  line: string;
}

export function cardSvg({ kicker, title, line }: CardText, site: string): string {
  const titleLines = wrap(title, 34, 4);
  const titleTop = 190;
  const lineHeight = 64;
  const text = (x: number, y: number, size: number, weight: number, fill: string, value: string) =>
    `<text x="${x}" y="${y}" font-family="DejaVu Sans" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeHtml(value)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${THEME.stage}"/>`,
    `<rect x="0" y="0" width="18" height="${CARD_HEIGHT}" fill="${THEME.mapParticipant}"/>`,
    text(80, 110, 30, 700, THEME.onStageSoft, kicker.toUpperCase()),
    ...titleLines.map((words, i) =>
      text(80, titleTop + i * lineHeight, 52, 700, THEME.onStage, words),
    ),
    text(80, titleTop + titleLines.length * lineHeight + 30, 34, 400, THEME.onStage, line),
    text(80, 585, 26, 400, THEME.onStageSoft, `${APP_TITLE} · ${site}`),
    '</svg>',
  ].join('\n');
}

/** An event's card: its series, its title, its date and place. */
export function eventCardText(event: ChronologyEvent): CardText {
  return {
    kicker: event.series.label,
    title: event.title,
    line: `${event.dateLabel} · ${placeLabel(event, english)}`,
  };
}

export function renderCard(text: CardText, site: string): Buffer {
  const resvg = new Resvg(cardSvg(text, site), {
    font: {
      loadSystemFonts: false,
      fontFiles: [join(FONT_DIR, 'DejaVuSans.ttf'), join(FONT_DIR, 'DejaVuSans-Bold.ttf')],
      defaultFontFamily: 'DejaVu Sans',
    },
  });
  return resvg.render().asPng();
}
