/**
 * After `vite build`: a static share page for every event at dist/event/<id>/index.html — real
 * HTML a person can read with JavaScript off and a crawler can index, with Open Graph and Twitter
 * card meta and a 1200×630 PNG card drawn here (no outside service) — plus a page for every old id
 * in data/aliases.yaml that forwards to the event's new page.
 *
 * Links in meta tags must be absolute: set SITE_URL to where the site is published
 * (default http://localhost:4173, what `npm start` serves).
 */
import { english } from '../src/lib/i18n/english.ts';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { APP_TITLE } from '../src/lib/chronology/about.ts';
import { decodeChronology } from '../src/lib/chronology/decode.ts';
import {
  participantsLabel,
  placeLabel,
  reliabilityLabel,
  sourceByline,
} from '../src/lib/chronology/describe.ts';
import type { ChronologyEvent } from '../src/lib/chronology/model.ts';
import { DARK_THEME as DARK, DEFAULT_THEME as THEME } from '../src/lib/theme.ts';
import { readSiteUrl } from './site-url.ts';

const ROOT = join(fileURLToPath(import.meta.url), '../..');
const require = createRequire(import.meta.url);
const FONT_DIR = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!,
  );
}

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

export function cardSvg(event: ChronologyEvent, site: string): string {
  const title = wrap(event.title, 34, 4);
  const titleTop = 190;
  const lineHeight = 64;
  const text = (x: number, y: number, size: number, weight: number, fill: string, value: string) =>
    `<text x="${x}" y="${y}" font-family="DejaVu Sans" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeHtml(value)}</text>`;
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">',
    `<rect width="1200" height="630" fill="${THEME.stage}"/>`,
    `<rect x="0" y="0" width="18" height="630" fill="${THEME.mapParticipant}"/>`,
    text(80, 110, 30, 700, THEME.onStageSoft, event.series.label.toUpperCase()),
    ...title.map((line, i) => text(80, titleTop + i * lineHeight, 52, 700, THEME.onStage, line)),
    text(
      80,
      titleTop + title.length * lineHeight + 30,
      34,
      400,
      THEME.onStage,
      `${event.dateLabel} · ${placeLabel(event, english)}`,
    ),
    text(80, 585, 26, 400, THEME.onStageSoft, `${APP_TITLE} · ${site}`),
    '</svg>',
  ].join('\n');
}

export function renderCard(event: ChronologyEvent, site: string): Buffer {
  const resvg = new Resvg(cardSvg(event, site), {
    font: {
      loadSystemFonts: false,
      fontFiles: [join(FONT_DIR, 'DejaVuSans.ttf'), join(FONT_DIR, 'DejaVuSans-Bold.ttf')],
      defaultFontFamily: 'DejaVu Sans',
    },
  });
  return resvg.render().asPng();
}

export function sharePage(event: ChronologyEvent, siteUrl: string): string {
  const site = siteUrl.replace(/\/$/, '');
  const pageUrl = `${site}/event/${event.id}/`;
  const appUrl = `/?event=${encodeURIComponent(event.id)}`;
  const description = `${event.dateLabel}, ${placeLabel(event, english)}. ${event.summary}`;
  const meta = (attribute: 'property' | 'name', key: string, value: string) =>
    `    <meta ${attribute}="${key}" content="${escapeHtml(value)}" />`;
  const sources = event.sources
    .map((source) => {
      const title = escapeHtml(source.title);
      const linked = source.url
        ? `<a href="${escapeHtml(source.url)}" rel="external noopener">${title}</a>`
        : title;
      return `        <li>${linked} <small>${escapeHtml(sourceByline(source, english))}</small></li>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <title>${escapeHtml(event.title)} — ${escapeHtml(APP_TITLE)}</title>
    <meta name="description" content="${escapeHtml(description)}" />
    <link rel="canonical" href="${escapeHtml(pageUrl)}" />
${meta('property', 'og:type', 'article')}
${meta('property', 'og:site_name', APP_TITLE)}
${meta('property', 'og:title', event.title)}
${meta('property', 'og:description', description)}
${meta('property', 'og:url', pageUrl)}
${meta('property', 'og:image', `${pageUrl}card.png`)}
${meta('property', 'og:image:width', '1200')}
${meta('property', 'og:image:height', '630')}
${meta('property', 'og:image:alt', `${event.title}, ${event.dateLabel}`)}
${meta('name', 'twitter:card', 'summary_large_image')}
${meta('name', 'twitter:title', event.title)}
${meta('name', 'twitter:description', description)}
${meta('name', 'twitter:image', `${pageUrl}card.png`)}
    <style>
      body { font: 1.05rem/1.55 system-ui, sans-serif; color: ${THEME.ink}; background: ${THEME.paper};
        max-width: 46rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
      a { color: ${THEME.accent}; } dt { font-weight: 600; } dd { margin: 0 0 0.5rem; }
      .series { text-transform: uppercase; letter-spacing: 0.03em; font-weight: 600; color: ${THEME.accent}; }
      .open { display: inline-block; margin: 1rem 0; padding: 0.5rem 0.9rem; border: 1px solid ${THEME.accent};
        border-radius: 0.4rem; text-decoration: none; }
      @media (prefers-color-scheme: dark) {
        body { color: ${DARK.ink}; background: ${DARK.paper}; }
        a, .series { color: ${DARK.accent}; } .open { border-color: ${DARK.accent}; }
      }
    </style>
  </head>
  <body>
    <main>
      <p class="series">${escapeHtml(event.series.label)}</p>
      <h1>${escapeHtml(event.title)}</h1>
      <dl>
        <dt>Date</dt><dd><time datetime="${event.start}">${escapeHtml(event.dateLabel)}</time></dd>
        <dt>Place</dt><dd>${escapeHtml(placeLabel(event, english))}</dd>
        <dt>Participating states</dt><dd>${escapeHtml(participantsLabel(event, english))}</dd>
        <dt>Reliability</dt><dd>${escapeHtml(reliabilityLabel(event.confidence, english))}</dd>
      </dl>
      <p>${escapeHtml(event.summary)}</p>
      <h2>Sources</h2>
      <ol>
${sources}
      </ol>
${event.notes ? `      <h2>Notes on the sources</h2>\n      <p>${escapeHtml(event.notes)}</p>\n` : ''}      <p><a class="open" href="${escapeHtml(appUrl)}">Open this event in the interactive chronology</a></p>
      <p><small>Permanent id: <code>${escapeHtml(event.id)}</code> · ${escapeHtml(APP_TITLE)}</small></p>
    </main>
    <script>location.replace(${JSON.stringify(appUrl)});</script>
  </body>
</html>
`;
}

export function aliasPage(oldId: string, event: ChronologyEvent, siteUrl: string): string {
  const target = `${siteUrl.replace(/\/$/, '')}/event/${event.id}/`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${escapeHtml(event.title)}</title>
    <link rel="canonical" href="${escapeHtml(target)}" />
    <meta http-equiv="refresh" content="0; url=/event/${escapeHtml(event.id)}/" />
  </head>
  <body>
    <p>The event <code>${escapeHtml(oldId)}</code> is now
      <a href="/event/${escapeHtml(event.id)}/">${escapeHtml(event.title)}</a>.</p>
  </body>
</html>
`;
}

function writeAtomic(path: string, content: string | Buffer) {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, path);
}

function main() {
  const dist = join(ROOT, 'dist');
  const siteUrl = readSiteUrl();
  const chronology = decodeChronology(
    JSON.parse(readFileSync(join(dist, 'data/events.json'), 'utf8')),
  );
  rmSync(join(dist, 'event'), { recursive: true, force: true });
  const site = new URL(siteUrl).host;
  for (const event of chronology.events) {
    writeAtomic(join(dist, 'event', event.id, 'index.html'), sharePage(event, siteUrl));
    writeAtomic(join(dist, 'event', event.id, 'card.png'), renderCard(event, site));
  }
  for (const [oldId, newId] of chronology.aliases) {
    const event = chronology.events.find((item) => item.id === newId)!;
    writeAtomic(join(dist, 'event', oldId, 'index.html'), aliasPage(oldId, event, siteUrl));
  }
  console.log(
    `share pages: ${chronology.events.length} events, ${chronology.aliases.size} renamed → dist/event/`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
